package org.factdesk.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Turns passage stances into a verdict. The support of the claim is the strongest weighted SUPPORTS
 * probability among the passages, its refutation the strongest weighted REFUTES probability; each
 * counts only when it reaches its threshold. Both: CONFLICTING; neither: UNVERIFIED (never a
 * guess).
 *
 * @param supportThreshold the weighted SUPPORTS probability that counts as support
 * @param refuteThreshold the weighted REFUTES probability that counts as refutation
 */
public record StanceAggregator(double supportThreshold, double refuteThreshold) {
  public StanceAggregator {
    for (double t : new double[] {supportThreshold, refuteThreshold}) {
      if (!(t > 0 && t < 1)) {
        throw new IllegalArgumentException("thresholds must be in (0, 1), got " + t);
      }
    }
  }

  /**
   * The shipped thresholds, tuned on Check-COVID dev by {@code factdesk eval train-stance} (0.5
   * each when the settings file is missing).
   */
  public static StanceAggregator standard() {
    try (InputStream s = StanceAggregator.class.getResourceAsStream(StanceModel.SETTINGS)) {
      if (s == null) {
        return new StanceAggregator(0.5, 0.5);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(s, StandardCharsets.UTF_8));
      return new StanceAggregator(
          Double.parseDouble(p.getProperty("support_threshold", "0.5")),
          Double.parseDouble(p.getProperty("refute_threshold", "0.5")));
    } catch (IOException | IllegalArgumentException e) {
      return new StanceAggregator(0.5, 0.5);
    }
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
    boolean sup = s >= supportThreshold;
    boolean ref = r >= refuteThreshold;
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
