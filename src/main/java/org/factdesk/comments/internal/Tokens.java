package org.factdesk.comments.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one comment: surface forms, lower-cased forms, and the skeleton form in which
 * numbers, URLs, @mentions and names are replaced by placeholders ("{@code <num>}", "{@code
 * <url>}", "{@code <user>}", "{@code <name>}"), so that templates filled with different names or
 * numbers look alike.
 */
public final class Tokens {
  private static final Pattern TOKEN =
      Pattern.compile(
          "https?://\\S+|www\\.\\S+|@[\\p{L}\\p{N}_]+|#[\\p{L}\\p{N}_]+"
              + "|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|[.!?]+|,|\\p{So}");

  /** Surface form of each token. */
  public final List<String> surface;

  /** Lower-cased form (Locale.ROOT), apostrophes normalised. */
  public final List<String> lower;

  /** Skeleton form. */
  public final List<String> skeleton;

  /** Index into {@link #lower} of every word token (punctuation and symbols excluded). */
  public final int[] words;

  private Tokens(List<String> surface, List<String> lower, List<String> skeleton, int[] words) {
    this.surface = surface;
    this.lower = lower;
    this.skeleton = skeleton;
    this.words = words;
  }

  public static Tokens of(String text) {
    List<String> surface = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    List<String> skeleton = new ArrayList<>();
    List<Integer> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    boolean sentenceStart = true;
    while (m.find()) {
      String t = m.group();
      String low = t.toLowerCase(Locale.ROOT).replace('’', '\'');
      char c = t.charAt(0);
      String skel;
      boolean word = true;
      if (c == '.' || c == '!' || c == '?' || c == ',') {
        skel = low;
        word = false;
      } else if (low.startsWith("http") || low.startsWith("www.")) {
        skel = "<url>";
      } else if (c == '@') {
        skel = "<user>";
      } else if (Character.getType(c) == Character.OTHER_SYMBOL) {
        skel = "<sym>";
        word = false;
      } else if (Character.isDigit(c)) {
        skel = "<num>";
      } else if (!sentenceStart && Character.isUpperCase(c) && !Lexicon.isStopword(low)) {
        skel = "<name>";
      } else {
        skel = low;
      }
      surface.add(t);
      lower.add(low);
      skeleton.add(skel);
      if (word) {
        words.add(lower.size() - 1);
      }
      sentenceStart = c == '.' || c == '!' || c == '?';
    }
    int[] w = new int[words.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = words.get(i);
    }
    return new Tokens(List.copyOf(surface), List.copyOf(lower), List.copyOf(skeleton), w);
  }

  /** Number of word tokens. */
  public int wordCount() {
    return words.length;
  }

  private List<String> skeletonWords;

  /** The skeleton forms of the word tokens, in order (computed once). */
  public List<String> skeletonWords() {
    if (skeletonWords == null) {
      List<String> out = new ArrayList<>(words.length);
      for (int i : words) {
        out.add(skeleton.get(i));
      }
      skeletonWords = out;
    }
    return skeletonWords;
  }

  /** Crude stems of the content words (no stopwords, no placeholders, at least 3 letters). */
  public Set<String> contentStems() {
    Set<String> out = new HashSet<>();
    for (int i : words) {
      String w = lower.get(i);
      if (w.length() >= 3
          && !Lexicon.isStopword(w)
          && Character.isLetter(w.charAt(0))
          && !w.startsWith("@")) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** A crude suffix-stripping stem: enough to match "markets" with "market". */
  public static String stem(String w) {
    String s = w;
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    for (String suffix : new String[] {"ities", "ation", "ing", "ies", "ed", "es", "ly", "s"}) {
      if (s.length() > suffix.length() + 3 && s.endsWith(suffix)) {
        return s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }
}
