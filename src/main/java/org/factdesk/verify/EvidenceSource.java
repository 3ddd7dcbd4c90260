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

  /**
   * Called once per article with all its claims before they are searched one by one, so that work
   * can be batched (e.g. embedding every claim in one call). The default does nothing.
   */
  default void prepare(List<String> claims) {}

  /** True when there is nothing to search. */
  default boolean isEmpty() {
    return false;
  }
}
