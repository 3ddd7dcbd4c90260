package org.factdesk.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A window of consecutive sentences of one document, as stored in the index.
 *
 * @param id stable id: the document key and the ordinal
 * @param documentKey the document's key (its URL, else its content hash)
 * @param ordinal position of the passage in its document, from 0
 * @param text the passage text
 * @param url the URL of the document that was indexed first
 * @param title the document's title, or null
 * @param source the source that carried it first
 * @param sources every source that carried this document or a near-duplicate of it, first one first
 * @param urls every URL this document or a near-duplicate was found at, first one first
 * @param published publication time, or null
 * @param ingested when it was ingested
 * @param collection news or fact-checks
 * @param contentHash SHA-256 (hex) of the passage text
 * @param metadata metadata of the document
 */
public record Passage(
    String id,
    String documentKey,
    int ordinal,
    String text,
    String url,
    String title,
    String source,
    List<String> sources,
    List<String> urls,
    Instant published,
    Instant ingested,
    EvidenceCollection collection,
    String contentHash,
    Map<String, String> metadata) {

  public Passage {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must be >= 0, got " + ordinal);
    }
    if (text == null) {
      throw new IllegalArgumentException("text must not be null (passage " + id + ")");
    }
    sources = List.copyOf(sources);
    urls = List.copyOf(urls);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }
}
