package org.factdesk.evidence;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The evidence index: documents split into passages, searched by BM25, by sentence embeddings and
 * by the fusion of both, with filters by publication time, source and collection. Near-duplicate
 * documents are kept once, with every source that carried them.
 *
 * <p>Every implementation passes the shared contract suite ({@code EvidenceIndexContract} in the
 * tests). Implementations are safe for concurrent searches while one thread adds.
 */
public interface EvidenceIndex extends AutoCloseable {

  /**
   * Adds documents atomically and durably: when this returns, all of them are searchable and
   * survive a crash; if it throws, none of them is visible. Documents already indexed (same URL and
   * content, or same content without URL) are skipped, so adding twice does not duplicate.
   */
  default AddResult add(List<EvidenceDocument> documents) {
    return add(documents, n -> {});
  }

  /**
   * As {@link #add(List)}, telling {@code progress} how many passages were encoded as it goes
   * (before the commit).
   */
  AddResult add(List<EvidenceDocument> documents, IntConsumer progress);

  /** The best passages for the request, best first, at most {@code request.k()}. */
  List<Hit> search(SearchRequest request);

  /**
   * As {@link #search(SearchRequest)} with the query's vector already computed by the same model as
   * the index's encoder (see {@link #encoderName()}), e.g. in one batch for many queries. The
   * default ignores the vector.
   */
  default List<Hit> search(SearchRequest request, float[] queryVector) {
    return search(request);
  }

  /** The name of the encoder of the index's vectors, or null if unknown. */
  default String encoderName() {
    return null;
  }

  /**
   * Whether the collection (null: any) may hold passages without a publication time, which a time
   * filter leaves out; false only when it surely holds none. The default says true.
   */
  default boolean hasUndated(EvidenceCollection collection) {
    return true;
  }

  /**
   * Whether the collection (null: any) may hold passages; false only when it surely holds none, so
   * that a caller can skip its searches there. The default says true.
   */
  default boolean mayHold(EvidenceCollection collection) {
    return true;
  }

  /** Whether a document was indexed at this URL (or recorded as a near-duplicate there). */
  boolean containsUrl(String url);

  /** Number of passages searchable now. */
  long passageCount();

  @Override
  void close();
}
