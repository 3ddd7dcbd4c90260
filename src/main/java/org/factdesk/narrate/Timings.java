package org.factdesk.narrate;

import java.util.List;

/**
 * The timings JSON written beside the audio: which engine spoke, the audio's length, and where each
 * sentence and paragraph lies in both the article text and the audio.
 *
 * @param engine engine name
 * @param voice voice name
 * @param rate speaking rate (1.0 normal)
 * @param sampleRate sample rate of the audio in Hz
 * @param durationMs length of the whole audio
 * @param sentences one entry per spoken sentence, in order
 * @param paragraphs one entry per spoken paragraph, in order
 */
public record Timings(
    String engine,
    String voice,
    double rate,
    int sampleRate,
    double durationMs,
    List<SentenceTiming> sentences,
    List<ParagraphTiming> paragraphs) {
  public Timings {
    if (engine == null || voice == null) {
      throw new IllegalArgumentException("engine and voice must not be null");
    }
    if (sampleRate <= 0 || durationMs < 0) {
      throw new IllegalArgumentException(
          "sampleRate must be > 0 and durationMs >= 0, got " + sampleRate + ", " + durationMs);
    }
    sentences = List.copyOf(sentences);
    paragraphs = List.copyOf(paragraphs);
  }
}
