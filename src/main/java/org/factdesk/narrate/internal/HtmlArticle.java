package org.factdesk.narrate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.article.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A stop-gap reader for HTML input until the shared {@code ArticleReader} lands: the headline
 * ({@code <h1>}, else {@code <title>}) and the paragraphs and subheads of {@code <article>} (else
 * of {@code <main>}, else of the body), skipping bylines, navigation, asides and comments.
 */
public final class HtmlArticle {
  private HtmlArticle() {}

  /** True when {@code text} starts like an HTML document. */
  public static boolean looksLikeHtml(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
  }

  private static Element mainElement(Document doc) {
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    return root != null ? root : doc.body();
  }

  public static Article of(String html, String name) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, nav, aside, footer, header, form, .comments, .byline").remove();
    Element root = mainElement(doc);
    Element h1 = root.selectFirst("h1");
    String title = h1 != null ? h1.text() : doc.title();
    List<String> paragraphs = new ArrayList<>();
    for (Element e : root.select("p, h2, h3, blockquote, li")) {
      if (e.parents().stream().anyMatch(p -> p.is("blockquote, li"))) {
        continue; // counted with its container
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
    return Article.of(
        title == null || title.isBlank() ? null : title.strip(),
        name,
        null,
        null,
        null,
        lang == null || lang.isBlank() ? null : lang,
        paragraphs,
        List.of());
  }
}
