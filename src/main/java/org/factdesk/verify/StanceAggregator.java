package org.factdesk.verify;

import java.util.List;

/**
 * Turns passage stances into a verdict. The support of the claim is the strongest weighted SUPPORTS
 * probability among the passages, its refutation the strongest weighted REFUTES probability; each
 * counts only above {@code threshold}. Both above: CONFLICTING; neither: UNVERIFIED (never a
 * guess).
 *
 * @param threshold the probability a weighted stance must reach to count
 */
public record StanceAggregator(double threshold) {
  /** The default threshold, chosen on Check-COVID dev (see docs/verify.md). */
  public static final double DEFAULT_THRESHOLD = 0.5;

  public StanceAggregator {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
  }

  /** The aggregator with {@link #DEFAULT_THRESHOLD}. */
  public static StanceAggregator standard() {
    return new StanceAggregator(DEFAULT_THRESHOLD);
  }

  /**
   * What the votes add up to.
   *
   * @param verdict the verdict
   * @param confidence how sure: the deciding strength (or, for UNVERIFIED, 1 minus the strongest)
   * @param support strongest weighted SUPPORTS probability
   * @param refute strongest weighted REFUTES probability
   * @param supportIndex the passage behind {@code support}, -1 when none
   * @param refuteIndex the passage behind {@code refute}, -1 when none
   */
  public record Outcome(
      Verdict verdict,
      double confidence,
      double support,
      double refute,
      int supportIndex,
      int refuteIndex) {}

  /** Aggregates {@code votes}; an empty list is UNVERIFIED. */
  public Outcome aggregate(List<StanceVote> votes) {
    double s = 0;
    double r = 0;
    int si = -1;
    int ri = -1;
    for (int i = 0; i < votes.size(); i++) {
      StanceVote v = votes.get(i);
      double ws = v.weight() * v.stance().supports();
      double wr = v.weight() * v.stance().refutes();
      if (ws > s) {
        s = ws;
        si = i;
      }
      if (wr > r) {
        r = wr;
        ri = i;
      }
    }
    boolean sup = s >= threshold;
    boolean ref = r >= threshold;
    if (sup && ref) {
      return new Outcome(Verdict.CONFLICTING, Math.min(s, r), s, r, si, ri);
    }
    if (sup) {
      return new Outcome(Verdict.SUPPORTED, s, s, r, si, ri);
    }
    if (ref) {
      return new Outcome(Verdict.REFUTED, r, s, r, si, ri);
    }
    return new Outcome(Verdict.UNVERIFIED, 1 - Math.max(s, r), s, r, si, ri);
  }
}
