package org.factdesk.evidence;

/**
 * What one atomic {@link EvidenceIndex#add} did.
 *
 * @param documents documents newly indexed (including replaced ones)
 * @param passages passages newly indexed
 * @param duplicates documents skipped because the same document was already indexed
 * @param nearDuplicates documents recognised as near-duplicates of an indexed one: not indexed
 *     again, their source and URL recorded on the original
 * @param replaced documents whose URL was indexed with other content, replaced by the new content
 */
public record AddResult(
    int documents, int passages, int duplicates, int nearDuplicates, int replaced) {
  public AddResult {
    if (documents < 0 || passages < 0 || duplicates < 0 || nearDuplicates < 0 || replaced < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, got "
              + documents
              + "/"
              + passages
              + "/"
              + duplicates
              + "/"
              + nearDuplicates
              + "/"
              + replaced);
    }
  }

  public static final AddResult EMPTY = new AddResult(0, 0, 0, 0, 0);

  public AddResult plus(AddResult o) {
    return new AddResult(
        documents + o.documents,
        passages + o.passages,
        duplicates + o.duplicates,
        nearDuplicates + o.nearDuplicates,
        replaced + o.replaced);
  }
}
