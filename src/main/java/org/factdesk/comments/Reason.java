package org.factdesk.comments;

/**
 * One signal that fired for a comment, with its contribution to the score.
 *
 * @param signal signal name, e.g. "near_duplicate"
 * @param detail human-readable evidence, e.g. "shares 9 of 11 word 3-grams with comment c7"
 * @param weight the signed contribution to the comment's score (negative counts toward
 *     authenticity)
 */
public record Reason(String signal, String detail, double weight) {
  public Reason {
    if (signal == null || signal.isBlank()) {
      throw new IllegalArgumentException("signal must not be blank, got '" + signal + "'");
    }
    if (detail == null) {
      throw new IllegalArgumentException("detail of signal " + signal + " must not be null");
    }
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight of " + signal + " must be finite, got " + weight);
    }
  }
}
