package org.factdesk.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Sentence;
import org.factdesk.nlp.SentenceSplitter;

/**
 * Cuts a document into passages: windows of consecutive sentences, at most {@code maxSentences}
 * sentences and about {@code maxChars} characters each (a single longer sentence is cut at a word
 * boundary).
 */
public final class PassageSplitter {
  private final int maxSentences;
  private final int maxChars;

  public PassageSplitter(int maxSentences, int maxChars) {
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be >= 1, got " + maxSentences);
    }
    if (maxChars < 40) {
      throw new IllegalArgumentException("maxChars must be >= 40, got " + maxChars);
    }
    this.maxSentences = maxSentences;
    this.maxChars = maxChars;
  }

  /** The passage texts of a document, in order. */
  public List<String> split(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder window = new StringBuilder();
    int count = 0;
    for (Sentence s : SentenceSplitter.split(text, 0)) {
      for (String piece : cut(s.text().replaceAll("\\s+", " ").strip())) {
        if (piece.isEmpty()) {
          continue;
        }
        boolean full =
            count >= maxSentences
                || (window.length() > 0 && window.length() + 1 + piece.length() > maxChars);
        if (full) {
          out.add(window.toString());
          window.setLength(0);
          count = 0;
        }
        if (window.length() > 0) {
          window.append(' ');
        }
        window.append(piece);
        count++;
      }
    }
    if (window.length() > 0) {
      out.add(window.toString());
    }
    return out;
  }

  private List<String> cut(String sentence) {
    List<String> pieces = new ArrayList<>();
    String rest = sentence;
    while (rest.length() > maxChars) {
      int at = rest.lastIndexOf(' ', maxChars);
      if (at < maxChars / 2) {
        at = maxChars;
      }
      pieces.add(rest.substring(0, at).strip());
      rest = rest.substring(at).strip();
    }
    pieces.add(rest);
    return pieces;
  }
}
