package org.factdesk.comments.internal;

import java.util.Locale;
import java.util.Set;
import org.factdesk.article.Comment;

/** One comment made ready for the signals: analysed text, tokens, normalised text, stems. */
public final class Prepared {
  public final int index;
  public final Comment comment;
  public final String text;
  public final boolean truncated;
  public final Tokens tokens;

  /** " w1 w2 ... " lower-case words joined by single spaces, hyphens split: for phrase lookup. */
  public final String norm;

  public final Set<String> stems;

  /** Author in lower case, or null when unknown. */
  public final String author;

  public Prepared(int index, Comment comment, int maxChars) {
    this.index = index;
    this.comment = comment;
    String t = comment.text();
    this.truncated = t.length() > maxChars;
    this.text = truncated ? t.substring(0, maxChars) : t;
    this.tokens = Tokens.of(text);
    this.norm = normalise(tokens);
    this.stems = tokens.contentStems();
    String a = comment.author();
    this.author = a == null || a.isBlank() ? null : a.strip().toLowerCase(Locale.ROOT);
  }

  static String normalise(Tokens t) {
    StringBuilder b = new StringBuilder(" ");
    for (int i : t.words) {
      b.append(t.lower.get(i).replace('-', ' ')).append(' ');
    }
    return b.toString();
  }

  /** Normalises a lexicon phrase the way {@link #norm} is built, with surrounding spaces. */
  public static String phrase(String p) {
    return " " + Prepared.normalise(Tokens.of(p)).strip() + " ";
  }

  /** {@link #phrase} of each entry. */
  public static java.util.List<String> phrases(java.util.List<String> list) {
    return list.stream().map(Prepared::phrase).toList();
  }

  /** The entries of a normalised list that occur in this comment. */
  public java.util.List<String> hits(java.util.List<String> normalisedPhrases) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String p : normalisedPhrases) {
      if (norm.contains(p)) {
        out.add(p.strip());
      }
    }
    return out;
  }

  public boolean contains(String normalisedPhrase) {
    return norm.contains(normalisedPhrase);
  }

  /** True when both authors are known and equal. Unknown authors are never the same author. */
  public boolean sameAuthor(Prepared other) {
    return author != null && author.equals(other.author);
  }

  public String id() {
    return comment.id();
  }
}
