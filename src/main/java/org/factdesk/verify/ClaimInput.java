package org.factdesk.verify;

/**
 * A claim to check (the claims finder's {@code Claim} is adapted to this).
 *
 * @param id e.g. "c1"
 * @param text the claim as checked
 * @param sentence the article sentence it came from, verbatim
 * @param start offset of the sentence in the article text
 * @param end end offset
 * @param checkworthiness in [0, 1]
 */
public record ClaimInput(
    String id, String text, String sentence, int start, int end, double checkworthiness) {
  public ClaimInput {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank (claim " + id + ")");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got " + start + ".." + end + " (claim " + id + ")");
    }
    if (!(checkworthiness >= 0 && checkworthiness <= 1)) {
      throw new IllegalArgumentException(
          "checkworthiness must be in [0, 1], got " + checkworthiness + " (claim " + id + ")");
    }
  }
}
