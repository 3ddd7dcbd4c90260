package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.article.Sentence;

/**
 * Rule-based English sentence splitting that knows abbreviations (U.S., Gen., Dr., No.), initials,
 * decimals, closing quotes and ellipses. Offsets are kept exactly.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "gov",
          "sen", "rep", "pres", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "fig", "approx", "dept", "est", "mt", "ft", "rev", "hon", "e.g", "i.e", "u.s", "u.k",
          "u.n", "a.m", "p.m");

  private SentenceSplitter() {}

  /** Splits {@code text}; returned offsets are {@code offset} plus positions within the text. */
  public static List<Sentence> split(String text, int offset) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < n && isTerminalOrCloser(text.charAt(end))) {
          end++;
        }
        if (end >= n || (Character.isWhitespace(text.charAt(end)) && isBoundary(text, i, end))) {
          add(out, text, start, end, offset);
          start = skipSpace(text, end);
          i = start;
          continue;
        }
        i = end;
        continue;
      }
      if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
        add(out, text, start, i, offset);
        start = skipSpace(text, i);
        i = start;
        continue;
      }
      i++;
    }
    add(out, text, start, n, offset);
    return out;
  }

  private static boolean isBoundary(String text, int mark, int after) {
    int next = skipSpace(text, after);
    if (next >= text.length()) {
      return true;
    }
    char following = text.charAt(next);
    if (text.charAt(mark) != '.') {
      return !Character.isLowerCase(following);
    }
    if (Character.isLowerCase(following)) {
      return false;
    }
    String word = wordBefore(text, mark);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. Smith"
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static String wordBefore(String text, int mark) {
    int s = mark;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    return text.substring(s, mark);
  }

  private static boolean isTerminalOrCloser(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == '”'
        || c == '’' || c == ')' || c == ']';
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(List<Sentence> out, String text, int start, int end, int offset) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(text.substring(start, end), offset + start, offset + end));
    }
  }
}
