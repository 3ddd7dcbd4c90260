package org.factdesk.article.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.article.Comment;
import org.factdesk.internal.Dates;
import org.factdesk.internal.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata from JSON-LD: the first {@code NewsArticle} / {@code Article} / {@code BlogPosting} node
 * (top level, in arrays or in {@code @graph}), with {@code @id} references resolved; its comments;
 * the site name from its publisher or a {@code WebSite} node. Broken JSON is skipped.
 */
public final class JsonLd {
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "ReviewNewsArticle",
          "BlogPosting",
          "LiveBlogPosting",
          "Report",
          "TechArticle",
          "ScholarlyArticle");

  private JsonLd() {}

  public static PageMetadata extract(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(Json.mapper().readTree(script.data()), nodes, 0);
      } catch (JsonProcessingException | RuntimeException e) {
        // a broken JSON-LD block says nothing; the page's other metadata still counts
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode n : nodes) {
      if (n.hasNonNull("@id") && n.size() > 1) {
        byId.putIfAbsent(n.get("@id").asText(), n);
      }
    }
    JsonNode article = null;
    String website = null;
    for (JsonNode n : nodes) {
      Set<String> types = types(n);
      if (article == null && types.stream().anyMatch(ARTICLE_TYPES::contains)) {
        article = n;
      }
      if (website == null && types.contains("WebSite")) {
        website = text(n.get("name"));
      }
    }
    if (article == null) {
      return website == null
          ? PageMetadata.EMPTY
          : new PageMetadata(null, null, null, null, website, null, null, List.of());
    }
    String title = first(text(article.get("headline")), text(article.get("name")));
    String url = first(text(article.get("url")), idOrText(article.get("mainEntityOfPage")));
    String published = first(text(article.get("datePublished")), text(article.get("dateCreated")));
    String author = names(resolve(article.get("author"), byId), byId);
    JsonNode publisher = resolve(article.get("publisher"), byId);
    String site = first(publisher == null ? null : name(publisher), website);
    JsonNode lang = article.get("inLanguage");
    String language =
        lang == null
            ? null
            : lang.isObject() ? first(text(lang.get("alternateName")), name(lang)) : text(lang);
    List<Comment> comments = new ArrayList<>();
    comments(article.get("comment"), null, comments, byId, 0);
    return new PageMetadata(
        title,
        url,
        Dates.parse(published),
        author,
        site,
        Language.normalise(language),
        text(article.get("articleBody")),
        comments);
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 20) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collect(c, out, depth + 1);
      }
    } else if (n.isObject()) {
      out.add(n);
      collect(n.get("@graph"), out, depth + 1);
    }
  }

  private static Set<String> types(JsonNode n) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode t = n.get("@type");
    if (t != null && t.isArray()) {
      t.forEach(x -> types.add(stripSchema(x.asText())));
    } else if (t != null) {
      types.add(stripSchema(t.asText()));
    }
    return types;
  }

  private static String stripSchema(String type) {
    int slash = type.lastIndexOf('/');
    return slash >= 0 ? type.substring(slash + 1) : type;
  }

  private static JsonNode resolve(JsonNode n, Map<String, JsonNode> byId) {
    if (n != null && n.isObject() && n.size() == 1 && n.hasNonNull("@id")) {
      return byId.getOrDefault(n.get("@id").asText(), n);
    }
    return n;
  }

  private static String names(JsonNode n, Map<String, JsonNode> byId) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      List<String> all = new ArrayList<>();
      for (JsonNode c : n) {
        String s = names(resolve(c, byId), byId);
        if (s != null) {
          all.add(s);
        }
      }
      return all.isEmpty() ? null : String.join(", ", all);
    }
    return n.isObject() ? name(n) : text(n);
  }

  private static String name(JsonNode n) {
    return text(n.get("name"));
  }

  private static String idOrText(JsonNode n) {
    if (n == null) {
      return null;
    }
    return n.isObject() ? first(text(n.get("@id")), text(n.get("url"))) : text(n);
  }

  static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static void comments(
      JsonNode n, String parent, List<Comment> out, Map<String, JsonNode> byId, int depth) {
    if (n == null || depth > 50) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        comments(c, parent, out, byId, depth);
      }
      return;
    }
    JsonNode c = resolve(n, byId);
    if (!c.isObject()) {
      return;
    }
    String text = text(c.get("text"));
    if (text == null) {
      return;
    }
    String id = "c" + (out.size() + 1);
    out.add(
        new Comment(
            id,
            text,
            names(resolve(c.get("author"), byId), byId),
            Dates.parse(first(text(c.get("dateCreated")), text(c.get("datePublished")))),
            parent));
    comments(c.get("comment"), id, out, byId, depth + 1);
  }
}
