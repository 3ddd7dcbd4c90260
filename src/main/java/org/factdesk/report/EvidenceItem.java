package org.factdesk.report;

import java.time.Instant;

/**
 * One passage a verdict rests on, with its stance towards the claim and its weight.
 *
 * @param stance SUPPORTS, REFUTES or NEUTRAL
 * @param score how strongly it bears on the verdict, in [0, 1]
 * @param note what the model or a structured check saw in it (may be empty)
 */
public record EvidenceItem(
    String url,
    String title,
    String source,
    Instant published,
    String passage,
    String stance,
    double score,
    String note) {
  public EvidenceItem {
    if (passage == null) {
      throw new IllegalArgumentException("passage must not be null");
    }
    if (!"SUPPORTS".equals(stance) && !"REFUTES".equals(stance) && !"NEUTRAL".equals(stance)) {
      throw new IllegalArgumentException(
          "stance must be SUPPORTS, REFUTES or NEUTRAL, got " + stance);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    if (note != null && note.isEmpty()) {
      note = null;
    }
  }
}
