package org.factdesk.evidence;

import java.util.Locale;

/**
 * How the lexical and vector rankings are fused: weighted reciprocal-rank fusion, {@code w_bm25/(k
 * + rank_bm25) + w_vector/(k + rank_vector)}, over the top {@code depth} candidates of each
 * ranking.
 *
 * @param k the RRF constant (larger flattens the rank curve)
 * @param bm25Weight weight of the lexical ranking
 * @param vectorWeight weight of the vector ranking
 * @param depth candidates taken from each ranking (at least the requested k)
 */
public record Fusion(int k, double bm25Weight, double vectorWeight, int depth) {
  public Fusion {
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    if (!(bm25Weight >= 0) || !(vectorWeight >= 0) || bm25Weight + vectorWeight == 0) {
      throw new IllegalArgumentException(
          "weights must be >= 0 and not both 0, got " + bm25Weight + ", " + vectorWeight);
    }
    if (depth < 1 || depth > 10_000) {
      throw new IllegalArgumentException("depth must be in 1..10000, got " + depth);
    }
  }

  /** The default, tuned on the retrieval benchmark's dev portion (see docs/evidence.md). */
  public static Fusion defaults() {
    return new Fusion(10, 0.85, 1.0, 100);
  }

  /** The part of the score a ranking gives at a 1-based rank. */
  public double part(double weight, Integer rank) {
    return rank == null ? 0 : weight / (k + rank);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "rrf(k=%d, w_bm25=%.2f, w_vector=%.2f, depth=%d)",
        k,
        bm25Weight,
        vectorWeight,
        depth);
  }
}
