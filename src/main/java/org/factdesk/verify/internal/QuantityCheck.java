package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.nlp.Approx;
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
    List<String> agreements = new ArrayList<>();
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
      if (agreed != null) {
        agreements.add("\"" + c.text() + "\" agrees with \"" + agreed.text() + "\"");
      } else if (disagreed != null && disagreement == null && !writtenElsewhere(c, pq)) {
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
    Finding agreement =
        agreements.isEmpty()
            ? null
            : new Finding(
                "quantity",
                "agrees",
                "The claim's " + String.join(" and ", agreements) + " in the evidence.");
    return Optional.ofNullable(disagreement != null ? disagreement : agreement);
  }

  /**
   * True when the passage has the claim's exact figure for something the parser could not tie to
   * the claim's noun ("560 discharged" beside "2,532 cases"): then a different figure for the noun
   * is no disagreement. Bounds are left out ("more than 61%" is refuted by "61%").
   */
  private static boolean writtenElsewhere(Quantity c, List<Quantity> pq) {
    if (c.approx() != Approx.EXACT && c.approx() != Approx.ABOUT) {
      return false;
    }
    return pq.stream()
        .anyMatch(
            p -> p.value() == c.value() && p.upper() == c.upper() && !p.thing().equals(c.thing()));
  }
}
