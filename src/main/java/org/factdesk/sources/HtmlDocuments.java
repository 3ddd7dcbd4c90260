package org.factdesk.sources;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReader;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;

/**
 * Article pages and text files as documents, read by the foundation's {@link ArticleReader}: title,
 * site name, publication time and main text.
 */
public final class HtmlDocuments {
  private HtmlDocuments() {}

  /**
   * A page or text file as a document, read by the article reader ({@link ArticleReader}): title,
   * site name, publication time, main text. Null when it has no text.
   *
   * @throws org.factdesk.InputException when the reader refuses it
   */
  public static EvidenceDocument fromHtml(
      String content, String url, String fallbackSource, Instant ingested) {
    String name = url == null ? "page" : url;
    Article a =
        ArticleReader.fromBytes(
            content.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", name, url);
    return fromArticle(a, url, fallbackSource, ingested);
  }

  /** A plain-text file as a document (see {@link #fromHtml}). */
  public static EvidenceDocument fromText(
      String content, String url, String fallbackSource, Instant ingested) {
    Article a =
        ArticleReader.fromBytes(
            content.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", url, null);
    return fromArticle(a, url, fallbackSource, ingested);
  }

  /** An article as a document; null when it has no text. */
  public static EvidenceDocument fromArticle(
      Article a, String url, String fallbackSource, Instant ingested) {
    if (a.text().isBlank()) {
      return null;
    }
    Map<String, String> meta = new LinkedHashMap<>();
    if (a.author() != null) {
      meta.put("author", a.author());
    }
    if (a.language() != null) {
      meta.put("language", a.language());
    }
    return new EvidenceDocument(
        url != null ? url : a.url(),
        a.title(),
        a.siteName() != null && !a.siteName().isBlank() ? a.siteName() : fallbackSource,
        a.published(),
        ingested,
        EvidenceCollection.NEWS,
        a.text(),
        meta);
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
}
