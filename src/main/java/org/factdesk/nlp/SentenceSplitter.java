package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.article.Sentence;

/**
 * Rule-based English sentence splitting that knows abbreviations (U.S., Gen., Dr., No.), initials,
 * decimals, closing quotes and ellipses. Offsets are kept exactly.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or an ellipsis (with any closing quotes and
 * brackets after it) followed by white space, and at a blank line. A full stop does not end one
 * after a title (Gen., Dr.), before a number after "No." or a month, or after an initial. After an
 * abbreviation that can also end a sentence (U.S., Inc., a.m., etc.) it ends one only when the next
 * word is a usual sentence opener ("The", "He", "In", ...). Nothing ends before a lower-case word.
 */
public final class SentenceSplitter {
  /** Abbreviations that never end a sentence: titles and Latin. */
  private static final Set<String> NEVER_END =
      Set.of(
          "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "gens", "col", "lt", "lieut",
          "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "gov", "sen", "sens",
          "rep", "reps", "pres", "supt", "insp", "rev", "hon", "fr", "amb", "atty", "mt", "ft",
          "vs", "cf", "viz", "e.g", "i.e", "approx", "dept", "univ", "assn", "gov't");

  /** Abbreviations that do not end a sentence before a number. */
  private static final Set<String> BEFORE_NUMBER =
      Set.of(
          "no", "nos", "nr", "vol", "vols", "p", "pp", "fig", "figs", "art", "sec", "ch", "op",
          "ed", "ca", "tel", "ext", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec");

  /** Abbreviations that often end a sentence too. */
  private static final Set<String> MAY_END =
      Set.of(
          "etc", "inc", "ltd", "corp", "co", "jr", "sr", "bros", "plc", "llc", "st", "al", "ave",
          "blvd", "rd", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec");

  /** Words that usually open a sentence, used after an abbreviation that may end one. */
  private static final Set<String> OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "its",
          "their",
          "our",
          "this",
          "that",
          "these",
          "those",
          "there",
          "in",
          "on",
          "at",
          "but",
          "and",
          "so",
          "yet",
          "if",
          "when",
          "while",
          "after",
          "before",
          "meanwhile",
          "however",
          "still",
          "then",
          "also",
          "many",
          "some",
          "most",
          "according",
          "what",
          "why",
          "how",
          "who",
          "where",
          "last",
          "earlier",
          "later",
          "since",
          "during",
          "despite",
          "although",
          "though",
          "both",
          "now",
          "today",
          "yesterday",
          "officials",
          "critics",
          "experts");

  private SentenceSplitter() {}

  /** Splits {@code text}; returned offsets are {@code offset} plus positions within the text. */
  public static List<Sentence> split(String text, int offset) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (isTerminal(c)) {
        int end = i + 1;
        while (end < n && (isTerminal(text.charAt(end)) || isCloser(text.charAt(end)))) {
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
      if (c == '\n' && blankLineFollows(text, i)) {
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

  private static boolean blankLineFollows(String text, int newline) {
    for (int j = newline + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isBoundary(String text, int mark, int after) {
    int next = skipSpace(text, after);
    if (next >= text.length()) {
      return true;
    }
    int wordStart = next;
    while (wordStart < text.length() && isOpener(text.charAt(wordStart))) {
      wordStart++;
    }
    if (wordStart >= text.length()) {
      return true;
    }
    char following = text.charAt(wordStart);
    if (Character.isLowerCase(following)) {
      return false;
    }
    if (wordStart == next && (following == ',' || following == ';' || following == ':')) {
      return false;
    }
    char m = text.charAt(mark);
    boolean ellipsis =
        m == '…' || (m == '.' && mark + 1 < text.length() && text.charAt(mark + 1) == '.');
    if (m != '.' || ellipsis) {
      return true;
    }
    String word = wordBefore(text, mark);
    if (word.isEmpty()) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String nextWord = wordAt(text, wordStart).toLowerCase(Locale.ROOT);
    boolean opener = OPENERS.contains(nextWord);
    if (Character.isDigit(following) && BEFORE_NUMBER.contains(lower)) {
      return false;
    }
    if (NEVER_END.contains(lower)) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return opener; // an initial: "J. Smith", "George W. Bush"
    }
    if (MAY_END.contains(lower) || lower.indexOf('.') > 0) {
      return opener; // "U.S.", "Inc.", "a.m.", "Ph.D."
    }
    return true;
  }

  private static String wordBefore(String text, int mark) {
    int s = mark;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    while (s < mark && text.charAt(s) == '.') {
      s++;
    }
    return text.substring(s, mark);
  }

  private static String wordAt(String text, int i) {
    int e = i;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(i, e);
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«';
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
