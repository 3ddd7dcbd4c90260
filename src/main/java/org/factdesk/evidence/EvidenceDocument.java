package org.factdesk.evidence;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One document to index: an article, a feed item, a corpus line or a fact-check. It is split into
 * passages by the index.
 *
 * @param url where it was found; null when unknown (the content hash then identifies it)
 * @param title headline, or null
 * @param source name of the publication or feed that carried it
 * @param published publication time, or null when unknown
 * @param ingested when it was ingested
 * @param collection news or fact-checks
 * @param text the main text
 * @param metadata other fields of the source (kept, not searched)
 */
public record EvidenceDocument(
    String url,
    String title,
    String source,
    Instant published,
    Instant ingested,
    EvidenceCollection collection,
    String text,
    Map<String, String> metadata) {

  public EvidenceDocument {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank (document " + url + ")");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank, got '" + source + "'");
    }
    if (ingested == null) {
      throw new IllegalArgumentException("ingested must not be null");
    }
    if (collection == null) {
      throw new IllegalArgumentException("collection must not be null");
    }
    if (url != null && url.isBlank()) {
      url = null;
    }
    if (title != null && title.isBlank()) {
      title = null;
    }
    metadata = metadata == null ? Map.of() : Map.copyOf(new TreeMap<>(metadata));
  }

  /** A news document without metadata. */
  public static EvidenceDocument news(
      String url, String title, String source, Instant published, Instant ingested, String text) {
    return new EvidenceDocument(
        url, title, source, published, ingested, EvidenceCollection.NEWS, text, Map.of());
  }
}
