package org.factdesk.article;

/**
 * A sentence of an article, with its character span {@code [start, end)} in {@link Article#text()}.
 * {@code text} is exactly {@code article.text().substring(start, end)}.
 */
public record Sentence(String text, int start, int end) {
  public Sentence {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0, got " + start);
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "end - start must equal text length " + text.length() + ", got " + start + ".." + end);
    }
  }
}
