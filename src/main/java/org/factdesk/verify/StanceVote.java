package org.factdesk.verify;

/**
 * One passage's stance with the weight of its voice (1 for an independent, recent source; less for
 * a copy of a story already counted or an old one).
 */
public record StanceVote(StanceResult stance, double weight) {
  public StanceVote {
    if (stance == null) {
      throw new IllegalArgumentException("stance must not be null");
    }
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in [0, 1], got " + weight);
    }
  }
}
