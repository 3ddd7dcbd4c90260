package org.factdesk.verify.internal;

import java.util.List;
import java.util.Optional;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;

/**
 * Quantities: the claim's figure against the passage's figure for the same thing, respecting the
 * qualifier ("nearly 1.3 million" agrees with 1,280,000; "214" does not agree with "124"). A figure
 * for something else ("214 kilometres") is not evidence.
 */
public final class QuantityCheck {
  private QuantityCheck() {}

  /** What the passage's figures say about the claim's, if any is for the same thing. */
  public static Optional<Finding> check(String claim, String passage) {
    List<Quantity> cq = QuantityParser.parse(claim);
    if (cq.isEmpty()) {
      return Optional.empty();
    }
    List<Quantity> pq = QuantityParser.parse(passage);
    Finding agreement = null;
    Finding disagreement = null;
    for (Quantity c : cq) {
      Quantity agreed = null;
      Quantity disagreed = null;
      for (Quantity p : pq) {
        Quantity.Comparison cmp = c.compareWith(p);
        if (cmp == Quantity.Comparison.AGREES && agreed == null) {
          agreed = p;
        } else if (cmp == Quantity.Comparison.DISAGREES && disagreed == null) {
          disagreed = p;
        }
      }
      if (agreed != null && agreement == null) {
        agreement =
            new Finding(
                "quantity",
                "agrees",
                "The claim's \""
                    + c.text()
                    + "\" agrees with \""
                    + agreed.text()
                    + "\" in the evidence.");
      } else if (agreed == null && disagreed != null && disagreement == null) {
        disagreement =
            new Finding(
                "quantity",
                "disagrees",
                "The claim says \""
                    + c.text()
                    + "\" but the evidence says \""
                    + disagreed.text()
                    + "\".");
      }
    }
    return Optional.ofNullable(disagreement != null ? disagreement : agreement);
  }
}
