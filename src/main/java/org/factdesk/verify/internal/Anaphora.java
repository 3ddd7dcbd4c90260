package org.factdesk.verify.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Evidence sentences that point back: "Their last strike, in 2019, lasted five days." says nothing
 * on its own of whose strike; read with the sentence before it ("Teslin train drivers voted to
 * strike from Monday.") it dates the drivers' last strike. The checks and the stance model read
 * such a sentence together with the one before it, and {@link EventSubject} takes a subject that
 * opens with such a word for the subject of the sentence before.
 */
public final class Anaphora {
  /** Opening words that refer to what the sentence before named. */
  private static final Set<String> POINTING =
      Set.of("it", "its", "they", "their", "them", "he", "his", "she", "her", "this", "these");

  private Anaphora() {}

  /**
   * The sentence {@code sentence} as the checks should read it: after {@code previous} when it
   * opens with a word that points back and {@code previous} is not empty; else as it is.
   */
  public static String withAntecedent(String previous, String sentence) {
    if (previous == null || previous.isBlank() || !pointsBack(sentence)) {
      return sentence;
    }
    return previous.strip() + " " + sentence;
  }

  /** True when the sentence's first word refers back ("It", "Their", "This"). */
  static boolean pointsBack(String sentence) {
    String s = sentence.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return end > 0 && POINTING.contains(s.substring(0, end).toLowerCase(Locale.ROOT));
  }
}
