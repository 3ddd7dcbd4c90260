package org.factdesk.evidence;

import java.time.Instant;
import java.util.Set;

/**
 * A search of the evidence index.
 *
 * @param query the text to find evidence for
 * @param k how many hits to return
 * @param after only passages published at or after this time (null: no bound)
 * @param before only passages published strictly before this time (null: no bound)
 * @param sources only passages carried by one of these sources (empty: any)
 * @param collection only this collection (null: all)
 * @param mode lexical, vector or hybrid ranking
 * @param explain whether hits carry a detailed explanation of their score
 * @param depth candidates taken from each ranking before a hybrid search fuses them (0: the index's
 *     {@link Fusion#depth()}; at least {@code k} are always taken). A smaller depth makes the
 *     search cheaper (fewer BM25 hits scored and sorted, a narrower HNSW search) and can change
 *     which passages rank in the top {@code k}.
 */
public record SearchRequest(
    String query,
    int k,
    Instant after,
    Instant before,
    Set<String> sources,
    EvidenceCollection collection,
    Mode mode,
    boolean explain,
    int depth) {

  /** The largest k accepted. */
  public static final int MAX_K = 1000;

  /** How hits are ranked. */
  public enum Mode {
    /** BM25 only. */
    LEXICAL,
    /** Sentence-embedding cosine only. */
    VECTOR,
    /** Both, fused. */
    HYBRID
  }

  /** A request with the index's fusion depth. */
  public SearchRequest(
      String query,
      int k,
      Instant after,
      Instant before,
      Set<String> sources,
      EvidenceCollection collection,
      Mode mode,
      boolean explain) {
    this(query, k, after, before, sources, collection, mode, explain, 0);
  }

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("query must not be blank");
    }
    if (k < 1 || k > MAX_K) {
      throw new IllegalArgumentException("k must be in 1.." + MAX_K + ", got " + k);
    }
    if (after != null && before != null && !after.isBefore(before)) {
      throw new IllegalArgumentException(
          "after must be before 'before', got after=" + after + " before=" + before);
    }
    if (depth < 0 || depth > MAX_K * 10) {
      throw new IllegalArgumentException("depth must be in 0.." + MAX_K * 10 + ", got " + depth);
    }
    sources = sources == null ? Set.of() : Set.copyOf(sources);
    mode = mode == null ? Mode.HYBRID : mode;
  }

  /** A hybrid search for the top {@code k} with no filters. */
  public static SearchRequest of(String query, int k) {
    return new SearchRequest(query, k, null, null, Set.of(), null, Mode.HYBRID, false);
  }

  public SearchRequest withMode(Mode m) {
    return new SearchRequest(query, k, after, before, sources, collection, m, explain, depth);
  }

  public SearchRequest withTimeRange(Instant from, Instant until) {
    return new SearchRequest(query, k, from, until, sources, collection, mode, explain, depth);
  }

  public SearchRequest withSources(Set<String> names) {
    return new SearchRequest(query, k, after, before, names, collection, mode, explain, depth);
  }

  public SearchRequest withCollection(EvidenceCollection c) {
    return new SearchRequest(query, k, after, before, sources, c, mode, explain, depth);
  }

  public SearchRequest withExplain(boolean e) {
    return new SearchRequest(query, k, after, before, sources, collection, mode, e, depth);
  }

  /** This request with {@code d} candidates per ranking before fusion (0: the index's default). */
  public SearchRequest withDepth(int d) {
    return new SearchRequest(query, k, after, before, sources, collection, mode, explain, d);
  }
}
