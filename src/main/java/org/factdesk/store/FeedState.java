package org.factdesk.store;

import java.time.Instant;

/**
 * What the watcher remembers about one feed between polls and across restarts.
 *
 * @param url the feed's URL (or path)
 * @param etag the last ETag, or null
 * @param lastModified the last Last-Modified value, or null
 * @param nextPoll when the feed is next due
 * @param failures consecutive failed polls (0 after a success); drives the backoff
 * @param lastError the last error, or null
 * @param lastSuccess the last successful poll, or null
 * @param itemsIndexed documents indexed from this feed so far
 */
public record FeedState(
    String url,
    String etag,
    String lastModified,
    Instant nextPoll,
    int failures,
    String lastError,
    Instant lastSuccess,
    long itemsIndexed) {
  public FeedState {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    if (failures < 0) {
      throw new IllegalArgumentException("failures must be >= 0, got " + failures);
    }
    if (itemsIndexed < 0) {
      throw new IllegalArgumentException("itemsIndexed must be >= 0, got " + itemsIndexed);
    }
  }

  /** A feed never polled: due now. */
  public static FeedState fresh(String url) {
    return new FeedState(url, null, null, Instant.EPOCH, 0, null, null, 0);
  }
}
