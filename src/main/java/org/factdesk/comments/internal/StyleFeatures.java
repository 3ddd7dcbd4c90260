package org.factdesk.comments.internal;

import java.util.Locale;

/**
 * Hashed features of the trained style model: character 2-5-grams of the lower-cased text, word
 * unigrams and bigrams as written, and a length bucket. Links, handles, apostrophes, byte-order
 * marks and runs of spaces are normalised first, so that how a data set stored its text is not
 * learned. Hashing works on character ranges, without building substrings.
 */
public final class StyleFeatures {
  public static final int BITS = 18;
  public static final int DIM = 1 << BITS;

  private StyleFeatures() {}

  /** Receives each feature: its hashed index and where its text is in {@code text}. */
  @FunctionalInterface
  public interface Sink {
    /**
     * @param kind 'c' character n-gram (in the lower-cased text), 'w' word n-gram, 'l' length
     */
    void accept(int index, char kind, String text, int start, int end);
  }

  /** The text as the model sees it. */
  public static String normalise(String text) {
    return text.replace("\uFEFF", "")
        .replaceAll("https?://\\S+", " U ")
        .replaceAll("@\\w+", " @ ")
        .replaceAll("['\u2018\u2019]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Calls {@code sink} for every feature of an already {@link #normalise normalised} text. */
  public static void forEach(String norm, Sink sink) {
    String lower = " " + norm.toLowerCase(Locale.ROOT) + " ";
    for (int n = 2; n <= 5; n++) {
      for (int i = 0; i + n <= lower.length(); i++) {
        sink.accept(hash('c', lower, i, i + n), 'c', lower, i, i + n);
      }
    }
    int words = 0;
    int prevStart = -1;
    int i = 0;
    while (i < norm.length()) {
      int j = norm.indexOf(' ', i);
      if (j < 0) {
        j = norm.length();
      }
      if (j > i) {
        words++;
        sink.accept(hash('w', norm, i, j), 'w', norm, i, j);
        if (prevStart >= 0) {
          sink.accept(hash('b', norm, prevStart, j), 'w', norm, prevStart, j);
        }
        prevStart = i;
      }
      i = j + 1;
    }
    int bucket = Math.min(20, words / 3);
    sink.accept(mix(0x6C656E * 31 + bucket), 'l', "", 0, 0);
  }

  /** The number of features of a normalised text (for the step size). */
  public static int count(String norm) {
    int[] n = {0};
    forEach(norm, (index, kind, text, start, end) -> n[0]++);
    return n[0];
  }

  private static int hash(char kind, String s, int start, int end) {
    int h = kind;
    for (int k = start; k < end; k++) {
      h = 31 * h + s.charAt(k);
    }
    return mix(h);
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B1;
    return (x ^ (x >>> 15)) & (DIM - 1);
  }
}
