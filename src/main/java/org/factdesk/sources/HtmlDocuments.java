package org.factdesk.sources;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.sources.internal.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article pages and text files as documents: title, site name, publication time and main text (the
 * paragraphs of {@code <article>} or {@code <main>}, else of the body, without navigation, scripts
 * and forms).
 */
public final class HtmlDocuments {
  private HtmlDocuments() {}

  /** A page as a document; null when it has no text. */
  public static EvidenceDocument fromHtml(
      String html, String url, String fallbackSource, Instant ingested) {
    Document page = Jsoup.parse(html, url == null ? "" : url);
    String title = meta(page, "og:title");
    if (title == null) {
      title = page.title().isBlank() ? null : page.title().strip();
    }
    String site = meta(page, "og:site_name");
    String published = meta(page, "article:published_time");
    if (published == null) {
      Element time = page.selectFirst("time[datetime]");
      published = time == null ? null : time.attr("datetime");
    }
    page.select("script, style, nav, header, footer, aside, form, noscript, iframe, button")
        .remove();
    Element main = page.selectFirst("article");
    if (main == null) {
      main = page.selectFirst("main");
    }
    if (main == null) {
      main = page.body();
    }
    List<String> paragraphs = new ArrayList<>();
    if (main != null) {
      for (Element p : main.select("p, h2, h3, li, blockquote")) {
        String t = p.text().strip();
        if (!t.isEmpty()) {
          paragraphs.add(t);
        }
      }
      if (paragraphs.isEmpty() && !main.text().isBlank()) {
        paragraphs.add(main.text().strip());
      }
    }
    if (paragraphs.isEmpty()) {
      return null;
    }
    return new EvidenceDocument(
        url,
        title,
        site != null ? site : fallbackSource,
        Dates.parse(published),
        ingested,
        EvidenceCollection.NEWS,
        String.join("\n\n", paragraphs),
        Map.of());
  }

  /** A plain-text file as a document: the first line is its title when short. */
  public static EvidenceDocument fromText(
      String text, String url, String source, Instant ingested) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    int nl = t.indexOf('\n');
    String title = nl > 0 && nl < 200 ? t.substring(0, nl).strip() : null;
    return new EvidenceDocument(
        url, title, source, null, ingested, EvidenceCollection.NEWS, t, Map.of());
  }

  /** The host of a URL as a source name ("example.org"), or the URL itself. */
  public static String hostOf(String url) {
    try {
      String h = URI.create(url).getHost();
      if (h != null) {
        return h.startsWith("www.") ? h.substring(4) : h;
      }
    } catch (IllegalArgumentException e) {
      // fall through
    }
    return url;
  }

  private static String meta(Document page, String property) {
    Element m = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    if (m == null || m.attr("content").isBlank()) {
      return null;
    }
    return m.attr("content").strip();
  }
}
