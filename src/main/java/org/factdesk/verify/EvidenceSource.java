package org.factdesk.verify;

import java.time.Instant;
import java.util.List;

/** Where the checker looks for evidence (the evidence index: {@code internal.IndexEvidence}). */
public interface EvidenceSource {
  /**
   * The best passages for {@code query}, at most {@code k}, published no later than {@code
   * notAfter} (null: any time).
   */
  List<Passage> search(String query, Instant notAfter, int k);

  /** Earlier fact-checks of claims like {@code claim}, best first. */
  default List<PriorCheck> factChecks(String claim, int k) {
    return List.of();
  }

  /** True when there is nothing to search. */
  default boolean isEmpty() {
    return false;
  }
}
