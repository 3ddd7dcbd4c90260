package org.factdesk.article.internal;

import java.util.Locale;
import java.util.Set;

/** Language codes: normalising declared ones and a cheap guess for undeclared English text. */
public final class Language {
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by",
          "it", "at", "from", "has", "have", "are", "be", "this", "were", "said", "an", "its",
          "their", "but", "not", "will", "which", "after", "since", "had");

  private Language() {}

  /** "en-US", "en_US", "EN" become "en"; blank or malformed values become null. */
  public static String normalise(String declared) {
    if (declared == null) {
      return null;
    }
    String primary = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /**
   * "en" when at least 15% of the first 2,000 words are common English function words (running
   * English prose has 30-45%), else null: we only claim English, the language factdesk checks.
   */
  public static String guess(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+", 2001);
    int total = 0;
    int english = 0;
    for (int i = 0; i < Math.min(words.length, 2000); i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      total++;
      if (ENGLISH.contains(words[i])) {
        english++;
      }
    }
    return total >= 20 && english >= 0.15 * total ? "en" : null;
  }
}
