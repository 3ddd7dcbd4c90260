package org.factdesk.verify;

/**
 * One passage's stance with the weight of its voice (1 for an independent, recent source; less for
 * an old one or one whose figures are for something else), whether it is a near-copy of a passage
 * already counted, and what decided its stance.
 *
 * @param stance the passage's stance
 * @param weight the weight of its voice, in [0, 1]
 * @param copy whether it is left out of the count (shown only): a near-copy of an earlier passage,
 *     or in {@code check} a passage about another fact of the claim's story ({@code
 *     internal.FactRelevance})
 * @param authority what set the stance: the model, a structured check, or an earlier fact-check
 */
public record StanceVote(StanceResult stance, double weight, boolean copy, Authority authority) {
  /** What decided a vote's stance. */
  public enum Authority {
    /** The stance model alone. */
    MODEL,
    /** A structured check (quantity, time, role, attribution) that agreed or disagreed. */
    CHECK,
    /** An earlier fact-check of the same claim. */
    FACT_CHECK,
    /**
     * A passage that reports the claim's figure and disputes it ("X said 300 died; the ministry
     * disputes the figure"): authoritative evidence on both sides at once.
     */
    DISPUTE,
    /**
     * An earlier fact-check of the same claim with a mixed rating ("Half true", "Mixture", "Partly
     * false"): authoritative evidence on both sides at once, as {@link #DISPUTE}.
     */
    MIXED_RATING
  }

  public StanceVote {
    if (stance == null) {
      throw new IllegalArgumentException("stance must not be null");
    }
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in [0, 1], got " + weight);
    }
    if (authority == null) {
      throw new IllegalArgumentException("authority must not be null");
    }
  }

  /** An independent vote of the stance model. */
  public StanceVote(StanceResult stance, double weight) {
    this(stance, weight, false, Authority.MODEL);
  }

  /** The weighted probability of SUPPORTS. */
  public double support() {
    return weight * stance.supports();
  }

  /** The weighted probability of REFUTES. */
  public double refute() {
    return weight * stance.refutes();
  }
}
