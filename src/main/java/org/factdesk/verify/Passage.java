package org.factdesk.verify;

import java.time.Instant;

/**
 * A passage of evidence as the checker receives it from search.
 *
 * @param score the search score, in [0, 1] after normalisation by the source
 */
public record Passage(
    String url, String title, String source, Instant published, String text, double score) {
  public Passage {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank (passage " + url + ")");
    }
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be finite, got " + score);
    }
  }
}
