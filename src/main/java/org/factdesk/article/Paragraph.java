package org.factdesk.article;

import java.util.List;

/**
 * A paragraph of an article: its span {@code [start, end)} in the article text and its sentences.
 */
public record Paragraph(int start, int end, List<Sentence> sentences) {
  public Paragraph {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
    sentences = List.copyOf(sentences);
    for (Sentence s : sentences) {
      if (s.start() < start || s.end() > end) {
        throw new IllegalArgumentException(
            "sentence "
                + s.start()
                + ".."
                + s.end()
                + " lies outside paragraph "
                + start
                + ".."
                + end);
      }
    }
  }
}
