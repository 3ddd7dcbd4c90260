package org.factdesk.nlp;

/**
 * A token of a text: its characters, span {@code [start, end)} in the text it was cut from,
 * universal part-of-speech tag (UD, e.g. {@code PROPN}, {@code NUM}) and lemma.
 */
public record Token(String text, int start, int end, String pos, String lemma) {
  public Token {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("text must not be empty, got '" + text + "'");
    }
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "span must be >= 0 and match text length "
              + text.length()
              + ", got "
              + start
              + ".."
              + end);
    }
    if (pos == null || lemma == null) {
      throw new IllegalArgumentException("pos and lemma must not be null for '" + text + "'");
    }
  }

  /** True when the first character is an upper-case letter. */
  public boolean capitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** True for proper nouns. */
  public boolean isProper() {
    return pos.equals("PROPN");
  }
}
