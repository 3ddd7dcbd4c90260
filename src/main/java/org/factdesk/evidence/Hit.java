package org.factdesk.evidence;

import java.util.List;

/**
 * One search result.
 *
 * @param passage the passage found
 * @param score its fused score (higher is better; comparable only within one search)
 * @param rank its 1-based rank
 * @param explanation how the score came about
 * @param sentences the passage's sentence vectors stored at ingest (empty when the index holds none
 *     for it: an index built before they were stored, or a fact-check)
 */
public record Hit(
    Passage passage,
    double score,
    int rank,
    ScoreExplanation explanation,
    List<SentenceVector> sentences) {
  public Hit {
    if (passage == null) {
      throw new IllegalArgumentException("passage must not be null");
    }
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, got " + rank);
    }
    if (explanation == null) {
      throw new IllegalArgumentException("explanation must not be null");
    }
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
  }

  /** A hit without stored sentence vectors. */
  public Hit(Passage passage, double score, int rank, ScoreExplanation explanation) {
    this(passage, score, rank, explanation, List.of());
  }
}
