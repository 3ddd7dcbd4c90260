package org.factdesk.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.report.Finding;
import org.factdesk.verify.internal.AttributionCheck;
import org.factdesk.verify.internal.QuantityCheck;
import org.factdesk.verify.internal.RoleCheck;
import org.factdesk.verify.internal.TimeCheck;

/**
 * The structured checks of one claim against one passage: quantities, times, titles and roles,
 * attribution. Each says what it found; {@link #adjust} lets a finding override the model.
 */
public final class StructuredChecks {
  private StructuredChecks() {}

  /** The findings for this pair (empty when no check applies). */
  public static List<Finding> run(String claim, String passage, LocalDate articleDate) {
    List<Finding> out = new ArrayList<>();
    QuantityCheck.check(claim, passage).ifPresent(out::add);
    TimeCheck.check(claim, passage, articleDate).ifPresent(out::add);
    RoleCheck.check(claim, passage).ifPresent(out::add);
    AttributionCheck.check(claim, passage).ifPresent(out::add);
    return out;
  }

  /**
   * The model's stance adjusted by the findings: any disagreement makes the passage refute the
   * claim (REFUTES at least 0.85); agreement on every check that applied raises SUPPORTS to at
   * least 0.75 unless the model refutes the pair.
   */
  public static StanceResult adjust(StanceResult model, List<Finding> findings) {
    if (findings.isEmpty()) {
      return model;
    }
    boolean disagrees = findings.stream().anyMatch(f -> f.outcome().equals("disagrees"));
    boolean agrees = findings.stream().anyMatch(f -> f.outcome().equals("agrees"));
    String note = findings.get(0).detail();
    if (disagrees) {
      double r = Math.max(model.refutes(), 0.85);
      double rest = 1 - r;
      double s = rest * 0.2;
      return StanceResult.of(new double[] {s, r, rest - s}, note);
    }
    if (agrees && model.stance() != Stance.REFUTES) {
      double s = Math.max(model.supports(), 0.75);
      double rest = 1 - s;
      double r = Math.min(model.refutes(), rest * 0.5);
      return StanceResult.of(new double[] {s, r, rest - r}, note);
    }
    return model;
  }
}
