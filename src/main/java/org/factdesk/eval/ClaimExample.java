package org.factdesk.eval;

import java.util.List;

/**
 * One labelled claim with its evidence passages (claim-level data sets: Climate-FEVER, AVeriTeC).
 *
 * @param gold the data set's own label, e.g. "DISPUTED" or "Conflicting Evidence/Cherrypicking"
 */
public record ClaimExample(String claim, List<String> evidence, String gold, String where) {
  public ClaimExample {
    if (claim == null || claim.isBlank()) {
      throw new IllegalArgumentException("claim must not be blank at " + where);
    }
    evidence = List.copyOf(evidence);
    if (gold == null || gold.isBlank()) {
      throw new IllegalArgumentException("gold must not be blank at " + where);
    }
  }
}
