package org.factdesk.evidence;

/**
 * One search result.
 *
 * @param passage the passage found
 * @param score its fused score (higher is better; comparable only within one search)
 * @param rank its 1-based rank
 * @param explanation how the score came about
 */
public record Hit(Passage passage, double score, int rank, ScoreExplanation explanation) {
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
  }
}
