package org.factdesk.comments;

/**
 * Limits and switches of an audit.
 *
 * @param maxComments threads with more comments are refused (bad input)
 * @param maxAnalysedChars only the first this-many characters of a comment are analysed; the
 *     finding says so
 * @param semanticLimit the semantic (embedding) signal runs only on threads up to this many
 *     comments; 0 turns it off
 * @param embedder the sentence embedder for the semantic signal and drift, or null for none
 * @param memory the cross-thread memory, or null to audit the thread on its own
 */
public record AuditOptions(
    int maxComments,
    int maxAnalysedChars,
    int semanticLimit,
    TextEmbedder embedder,
    CrossThreadMemory memory) {

  /** Documented cap on comments per thread. */
  public static final int MAX_COMMENTS = 100_000;

  /** Documented cap on characters analysed per comment. */
  public static final int MAX_ANALYSED_CHARS = 5_000;

  /** Default thread size up to which the semantic signal runs. */
  public static final int SEMANTIC_LIMIT = 500;

  public AuditOptions {
    if (maxComments < 1) {
      throw new IllegalArgumentException("maxComments must be >= 1, got " + maxComments);
    }
    if (maxAnalysedChars < 100) {
      throw new IllegalArgumentException(
          "maxAnalysedChars must be >= 100, got " + maxAnalysedChars);
    }
    if (semanticLimit < 0) {
      throw new IllegalArgumentException("semanticLimit must be >= 0, got " + semanticLimit);
    }
  }

  /** Defaults: documented caps, no embedder, no memory. */
  public static AuditOptions defaults() {
    return new AuditOptions(MAX_COMMENTS, MAX_ANALYSED_CHARS, SEMANTIC_LIMIT, null, null);
  }

  public AuditOptions withEmbedder(TextEmbedder e) {
    return new AuditOptions(maxComments, maxAnalysedChars, semanticLimit, e, memory);
  }

  public AuditOptions withMemory(CrossThreadMemory m) {
    return new AuditOptions(maxComments, maxAnalysedChars, semanticLimit, embedder, m);
  }

  public AuditOptions withSemanticLimit(int limit) {
    return new AuditOptions(maxComments, maxAnalysedChars, limit, embedder, memory);
  }
}
