package org.factdesk.eval;

import org.factdesk.verify.Stance;

/** One labelled (claim, evidence) pair from a data set; {@code where} names file and line. */
public record PairExample(String claim, String evidence, Stance gold, String where) {
  public PairExample {
    if (claim == null || claim.isBlank()) {
      throw new IllegalArgumentException("claim must not be blank at " + where);
    }
    if (evidence == null) {
      throw new IllegalArgumentException("evidence must not be null at " + where);
    }
    if (gold == null) {
      throw new IllegalArgumentException("gold must not be null at " + where);
    }
  }
}
