package org.factdesk.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.factdesk.verify.internal.PooledModel;

/**
 * Turns passage votes into a verdict, weighing all the passages (not the single strongest one).
 *
 * <ol>
 *   <li>Authority first: a structured check (quantity, time, role, attribution) or an earlier
 *       fact-check that takes a side with weighted probability >= 0.5 decides. Authoritative votes
 *       on both sides (e.g. "X said N" confirmed while N itself is contradicted), or a passage that
 *       reports the claim's figure and disputes it ({@link StanceVote.Authority#DISPUTE}), or an
 *       earlier fact-check rated "Half true" or "Mixture" ({@link
 *       StanceVote.Authority#MIXED_RATING}): CONFLICTING.
 *   <li>Otherwise a small learned model ({@link PooledModel}: multinomial logistic regression over
 *       pooled features of the independent passages: strongest and mean weighted SUPPORTS and
 *       REFUTES, and how many passages support and refute) gives calibrated probabilities of
 *       SUPPORTED, REFUTED and UNVERIFIED. Near-copies are not counted again.
 *   <li>CONFLICTING when both P(SUPPORTED) and P(REFUTED) reach {@code conflict} and at least one
 *       independent passage supports and one refutes (credible evidence both ways); UNVERIFIED when
 *       UNVERIFIED is the most probable or the most probable side stays below {@code abstain}
 *       (never a guess).
 * </ol>
 *
 * <p>Without a learned model (its parameters missing) it falls back to the rule of session 2: the
 * strongest weighted SUPPORTS and REFUTES, each counting from its threshold (0.5).
 */
public final class StanceAggregator {
  /** The shipped parameters, relative to the class path root (see MODEL.md beside them). */
  public static final String PARAMETERS = "/org/factdesk/verify/aggregator/aggregator.properties";

  /** A weighted probability from which a passage counts as supporting or refuting. */
  public static final double COUNTS = 0.5;

  private final PooledModel model;
  private final String problem;
  private final double supportThreshold;
  private final double refuteThreshold;

  /**
   * @param model the learned model, or null for the strongest-passage rule
   * @param problem why the model is missing (null when it is there or not wanted)
   */
  public StanceAggregator(PooledModel model, String problem) {
    this(model, problem, COUNTS, COUNTS);
  }

  private StanceAggregator(
      PooledModel model, String problem, double supportThreshold, double refuteThreshold) {
    for (double t : new double[] {supportThreshold, refuteThreshold}) {
      if (!(t > 0 && t < 1)) {
        throw new IllegalArgumentException("thresholds must be in (0, 1), got " + t);
      }
    }
    this.model = model;
    this.problem = problem;
    this.supportThreshold = supportThreshold;
    this.refuteThreshold = refuteThreshold;
  }

  /** The shipped aggregator; the strongest-passage rule when its parameters cannot be read. */
  public static StanceAggregator standard() {
    try (InputStream s = StanceAggregator.class.getResourceAsStream(PARAMETERS)) {
      if (s == null) {
        return new StanceAggregator(null, PARAMETERS + " is missing from the build");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(s, StandardCharsets.UTF_8));
      return new StanceAggregator(PooledModel.of(p), null);
    } catch (IOException | IllegalArgumentException e) {
      return new StanceAggregator(null, "cannot read " + PARAMETERS + ": " + e.getMessage());
    }
  }

  /**
   * The strongest-passage rule of session 2 (for comparison): the strongest weighted SUPPORTS and
   * REFUTES, counting from these thresholds. Authoritative votes still decide first.
   */
  public static StanceAggregator strongestPassage(double supportThreshold, double refuteThreshold) {
    return new StanceAggregator(null, null, supportThreshold, refuteThreshold);
  }

  /** The learned model, or null. */
  public PooledModel model() {
    return model;
  }

  /** Why the learned model is not used, or null. */
  public String problem() {
    return problem;
  }

  /** What decided a verdict. */
  public enum Basis {
    /** No evidence at all. */
    NONE,
    /** A structured check or an earlier fact-check. */
    AUTHORITY,
    /** The passages' pooled stances (the learned model). */
    POOLED,
    /** The strongest passage on each side (fallback rule). */
    STRONGEST
  }

  /**
   * What the votes add up to.
   *
   * @param verdict the verdict
   * @param confidence how sure, in [0, 1]: the calibrated probability of the verdict (or, when an
   *     authority decided or for the fallback rule, the deciding vote's weighted probability)
   * @param support strongest weighted SUPPORTS probability
   * @param refute strongest weighted REFUTES probability
   * @param supportIndex the vote behind {@code support}, -1 when none
   * @param refuteIndex the vote behind {@code refute}, -1 when none
   * @param supporting independent votes that support (weighted SUPPORTS >= 0.5, above REFUTES)
   * @param refuting independent votes that refute
   * @param basis what decided
   */
  public record Outcome(
      Verdict verdict,
      double confidence,
      double support,
      double refute,
      int supportIndex,
      int refuteIndex,
      int supporting,
      int refuting,
      Basis basis) {}

  /** Aggregates {@code votes}; an empty list is UNVERIFIED. */
  public Outcome aggregate(List<StanceVote> votes) {
    double s = 0;
    double r = 0;
    int si = -1;
    int ri = -1;
    int ns = 0;
    int nr = 0;
    double as = 0;
    double ar = 0;
    int asi = -1;
    int ari = -1;
    for (int i = 0; i < votes.size(); i++) {
      StanceVote v = votes.get(i);
      double ws = v.support();
      double wr = v.refute();
      if (ws > s) {
        s = ws;
        si = i;
      }
      if (wr > r) {
        r = wr;
        ri = i;
      }
      if (v.copy()) {
        continue;
      }
      ns += ws >= COUNTS && ws > wr ? 1 : 0;
      nr += wr >= COUNTS && wr > ws ? 1 : 0;
      if (v.authority() == StanceVote.Authority.DISPUTE
          || v.authority() == StanceVote.Authority.MIXED_RATING) {
        // the figure reported and disputed in one passage, or a fact-check's mixed rating: a side
        // each way
        double w = Math.max(ws, wr);
        if (w * 2 >= COUNTS && w > as) {
          as = w;
          asi = i;
        }
        if (w * 2 >= COUNTS && w > ar) {
          ar = w;
          ari = i;
        }
      } else if (v.authority() != StanceVote.Authority.MODEL) {
        if (ws >= COUNTS && ws > wr && ws > as) {
          as = ws;
          asi = i;
        }
        if (wr >= COUNTS && wr > ws && wr > ar) {
          ar = wr;
          ari = i;
        }
      }
    }
    if (votes.isEmpty()) {
      return new Outcome(Verdict.UNVERIFIED, 1, 0, 0, -1, -1, 0, 0, Basis.NONE);
    }
    if (asi >= 0 || ari >= 0) {
      Verdict v =
          asi >= 0 && ari >= 0
              ? Verdict.CONFLICTING
              : asi >= 0 ? Verdict.SUPPORTED : Verdict.REFUTED;
      double c = v == Verdict.CONFLICTING ? Math.min(as, ar) : Math.max(as, ar);
      return new Outcome(
          v, c, s, r, asi >= 0 ? asi : si, ari >= 0 ? ari : ri, ns, nr, Basis.AUTHORITY);
    }
    if (model == null) {
      return strongest(s, r, si, ri, ns, nr);
    }
    double[] p = model.probabilities(votes);
    Verdict v;
    double c;
    if (p[0] >= model.conflict() && p[1] >= model.conflict() && ns > 0 && nr > 0) {
      v = Verdict.CONFLICTING;
      c = p[0] + p[1];
    } else if (p[2] >= Math.max(p[0], p[1]) || Math.max(p[0], p[1]) < model.abstain()) {
      v = Verdict.UNVERIFIED;
      c = p[2];
    } else if (p[0] >= p[1]) {
      v = Verdict.SUPPORTED;
      c = p[0];
    } else {
      v = Verdict.REFUTED;
      c = p[1];
    }
    return new Outcome(v, c, s, r, si, ri, ns, nr, Basis.POOLED);
  }

  private Outcome strongest(double s, double r, int si, int ri, int ns, int nr) {
    boolean sup = s >= supportThreshold;
    boolean ref = r >= refuteThreshold;
    Verdict v =
        sup && ref
            ? Verdict.CONFLICTING
            : sup ? Verdict.SUPPORTED : ref ? Verdict.REFUTED : Verdict.UNVERIFIED;
    double c =
        switch (v) {
          case CONFLICTING -> Math.min(s, r);
          case SUPPORTED -> s;
          case REFUTED -> r;
          case UNVERIFIED -> 1 - Math.max(s, r);
        };
    return new Outcome(v, c, s, r, si, ri, ns, nr, Basis.STRONGEST);
  }

  @Override
  public String toString() {
    return model == null
        ? "strongest-passage rule (" + (problem == null ? "chosen" : problem) + ")"
        : String.format(Locale.ROOT, "pooled model (%s)", model);
  }
}
