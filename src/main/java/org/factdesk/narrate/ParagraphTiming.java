package org.factdesk.narrate;

/**
 * Where a paragraph starts in the audio, for "jump to paragraph".
 *
 * @param index paragraph index in the article
 * @param start first character of the paragraph in the article text
 * @param end one past its last character
 * @param startMs where its first sentence starts in the audio
 */
public record ParagraphTiming(int index, int start, int end, double startMs) {
  public ParagraphTiming {
    if (index < 0 || start < 0 || end < start || !(startMs >= 0)) {
      throw new IllegalArgumentException(
          "bad paragraph timing " + index + " " + start + ".." + end + " at " + startMs + " ms");
    }
  }
}
