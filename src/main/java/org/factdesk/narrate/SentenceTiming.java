package org.factdesk.narrate;

/**
 * When one sentence is spoken: its character span {@code [start, end)} in the article text and its
 * time span {@code [startMs, endMs)} in the audio (speech only, without the pause after it).
 *
 * @param index position among the spoken sentences, from 0
 * @param paragraph index of its paragraph in the article, or -1 for a headline not in the text
 * @param start first character in the article text, or -1 for a headline not in the text
 * @param end one past the last character, or -1 for a headline not in the text
 * @param startMs where its speech starts in the audio
 * @param endMs where its speech ends in the audio
 * @param kind "headline" or "sentence"
 */
public record SentenceTiming(
    int index, int paragraph, int start, int end, double startMs, double endMs, String kind) {
  public SentenceTiming {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be >= start, got " + start + ".." + end);
    }
    if (!(startMs >= 0) || endMs < startMs) {
      throw new IllegalArgumentException(
          "time span must satisfy 0 <= startMs <= endMs, got " + startMs + ".." + endMs);
    }
    if (!"headline".equals(kind) && !"sentence".equals(kind)) {
      throw new IllegalArgumentException("kind must be headline or sentence, got " + kind);
    }
  }
}
