package org.factdesk.narrate.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Does a text look English? Two cheap signals: the share of letters in the Latin script, and (for
 * texts of 20 words or more) the share of words that are common English function words, which is
 * about 0.4 in English news and under 0.1 in other languages written in Latin script.
 */
public final class LanguageCheck {
  /** The verdict and the numbers behind it. */
  public record Result(boolean english, double latinShare, double stopwordShare, int words) {
    /** One line saying why. */
    public String reason() {
      return String.format(
          Locale.ROOT,
          "%.0f%% of letters are Latin, %.0f%% of %d words are common English words",
          latinShare * 100,
          stopwordShare * 100,
          words);
    }
  }

  static final double MIN_LATIN = 0.8;
  static final double MIN_STOPWORDS = 0.12;
  static final int MIN_WORDS_FOR_STOPWORDS = 20;

  private static final Set<String> STOPWORDS =
      Set.of(
          "the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "was", "as", "by",
          "at", "it", "from", "he", "she", "they", "his", "her", "their", "be", "been", "have",
          "has", "had", "are", "were", "this", "which", "who", "not", "an", "or", "but", "will",
          "would", "said", "after", "about", "more", "than", "into", "its", "we", "you", "i",
          "there", "also", "can", "when", "what", "over", "if", "no", "out", "up", "all");

  private LanguageCheck() {}

  public static Result check(String text) {
    long letters = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    double latinShare = letters == 0 ? 1 : latin / (double) letters;
    int words = 0;
    int stop = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (STOPWORDS.contains(w)) {
        stop++;
      }
    }
    double stopShare = words == 0 ? 0 : stop / (double) words;
    boolean english =
        latinShare >= MIN_LATIN && (words < MIN_WORDS_FOR_STOPWORDS || stopShare >= MIN_STOPWORDS);
    return new Result(english, latinShare, stopShare, words);
  }
}
