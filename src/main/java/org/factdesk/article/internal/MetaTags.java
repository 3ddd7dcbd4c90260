package org.factdesk.article.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.internal.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata from OpenGraph, article:*, Twitter, Dublin Core and plain meta tags, and the canonical
 * link.
 */
public final class MetaTags {
  private MetaTags() {}

  public static PageMetadata extract(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key =
          m.hasAttr("property")
              ? m.attr("property")
              : m.hasAttr("name") ? m.attr("name") : m.attr("http-equiv");
      String content = m.attr("content").strip();
      if (!key.isBlank() && !content.isEmpty()) {
        meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
      }
    }
    String canonical = null;
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null) {
      String abs = link.absUrl("href");
      canonical = abs.isEmpty() ? link.attr("href").strip() : abs;
      if (canonical.isEmpty()) {
        canonical = null;
      }
    }
    String author =
        first(
            meta,
            "author",
            "article:author",
            "byl",
            "dc.creator",
            "parsely-author",
            "sailthru.author");
    if (author != null && author.matches("(?i)https?://.*")) {
      author = first(meta, "author", "byl", "dc.creator", "parsely-author");
      if (author != null && author.matches("(?i)https?://.*")) {
        author = null;
      }
    }
    if (author != null) {
      author = author.replaceFirst("(?i)^by\\s+", "").strip();
    }
    String published =
        first(
            meta,
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "dc.date.issued",
            "dc.date",
            "parsely-pub-date",
            "sailthru.date");
    String language = first(meta, "og:locale", "content-language", "language", "dc.language");
    return new PageMetadata(
        first(meta, "og:title", "twitter:title", "dc.title", "parsely-title"),
        canonical != null ? canonical : first(meta, "og:url", "twitter:url"),
        Dates.parse(published),
        author,
        first(meta, "og:site_name", "application-name", "twitter:site", "publisher"),
        Language.normalise(language),
        null,
        List.of());
  }

  private static String first(Map<String, String> meta, String... keys) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
