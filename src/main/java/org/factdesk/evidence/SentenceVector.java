package org.factdesk.evidence;

/**
 * The embedding of one sentence of a passage, computed at ingest and stored beside the passage, so
 * that a search's caller can judge sentences without embedding them again.
 *
 * @param text the sentence, {@code passage.text().substring(start, end)}
 * @param start offset of the sentence in the passage text
 * @param end offset just after it
 * @param vector its unit-length embedding by the index's encoder (stored as 16-bit floats, so
 *     within about 1e-3 of the encoder's output in each component)
 */
public record SentenceVector(String text, int start, int end, float[] vector) {
  public SentenceVector {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "offsets " + start + ".." + end + " do not span the text (" + text.length() + " chars)");
    }
    if (vector == null || vector.length == 0) {
      throw new IllegalArgumentException("vector must not be empty");
    }
  }
}
