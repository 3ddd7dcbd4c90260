package org.factdesk.verify;

/**
 * The stance of a passage towards a claim with the model's probabilities, and a short note on the
 * surface signals that weighed in (e.g. "numbers differ: claim 214, passage 124").
 *
 * @param stance the most probable stance
 * @param supports probability of SUPPORTS
 * @param refutes probability of REFUTES
 * @param neutral probability of NEUTRAL
 * @param note what the surface signals showed, empty when nothing stood out
 */
public record StanceResult(
    Stance stance, double supports, double refutes, double neutral, String note) {
  public StanceResult {
    if (stance == null) {
      throw new IllegalArgumentException("stance must not be null");
    }
    for (double p : new double[] {supports, refutes, neutral}) {
      if (!(p >= 0 && p <= 1.000001)) {
        throw new IllegalArgumentException("probabilities must be in [0, 1], got " + p);
      }
    }
    note = note == null ? "" : note;
  }

  /** Builds a result from probabilities in {@link Stance} order, taking the most probable. */
  public static StanceResult of(double[] p, String note) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return new StanceResult(Stance.values()[best], p[0], p[1], p[2], note);
  }

  /** The probability of the chosen stance. */
  public double confidence() {
    return probability(stance);
  }

  public double probability(Stance s) {
    if (s == Stance.SUPPORTS) {
      return supports;
    }
    return s == Stance.REFUTES ? refutes : neutral;
  }
}
