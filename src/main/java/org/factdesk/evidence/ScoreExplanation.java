package org.factdesk.evidence;

import java.util.List;
import java.util.Locale;

/**
 * Why a hit scored what it did: its place and score in the BM25 ranking and in the vector ranking,
 * and how the fusion combined them.
 *
 * @param bm25 the BM25 score, or null if the passage was not in the lexical candidates
 * @param bm25Rank its 1-based rank in the lexical candidates, or null
 * @param cosine cosine similarity of the query and passage embeddings, or null if not a vector
 *     candidate
 * @param vectorRank its 1-based rank in the vector candidates, or null
 * @param bm25Part the part of the final score that the lexical ranking gave
 * @param vectorPart the part of the final score that the vector ranking gave
 * @param fusion how the parts were combined, e.g. "rrf(k=60, w_bm25=1.0, w_vector=1.0)"
 * @param terms per-term BM25 contributions ("warm = 2.31"), filled only when asked to explain
 */
public record ScoreExplanation(
    Double bm25,
    Integer bm25Rank,
    Double cosine,
    Integer vectorRank,
    double bm25Part,
    double vectorPart,
    String fusion,
    List<String> terms) {

  public ScoreExplanation {
    if (fusion == null || fusion.isBlank()) {
      throw new IllegalArgumentException("fusion must not be blank");
    }
    terms = terms == null ? List.of() : List.copyOf(terms);
  }

  /** The final score: the sum of the parts. */
  public double total() {
    return bm25Part + vectorPart;
  }

  /** One readable line. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%.6f = ", total()));
    s.append(
        bm25 == null
            ? "bm25: not a candidate"
            : String.format(
                Locale.ROOT, "bm25 %.6f (bm25 %.3f, rank %d)", bm25Part, bm25, bm25Rank));
    s.append(" + ");
    s.append(
        cosine == null
            ? "vector: not a candidate"
            : String.format(
                Locale.ROOT, "vector %.6f (cosine %.3f, rank %d)", vectorPart, cosine, vectorRank));
    s.append(" by ").append(fusion);
    if (!terms.isEmpty()) {
      s.append("; terms: ").append(String.join(", ", terms));
    }
    return s.toString();
  }
}
