package org.factdesk.verify.internal;

import org.factdesk.report.Finding;

/** The quantity check's outcome for a claim and a passage, for the figure tests. */
final class QuantityOutcome {
  private QuantityOutcome() {}

  /** "agrees", "disagrees", "note", or "none" when the check says nothing. */
  static String of(String claim, String passage) {
    return QuantityCheck.check(claim, passage).map(Finding::outcome).orElse("none");
  }
}
