package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;

/**
 * Whether a date is of a planned event ("will host the championships in 2033", "is to reopen in
 * 2029", "won the right to host them in 2031") or of one that took place ("last hosted the
 * championships in 2015"). A past event dated before a planned one of the same nouns is an earlier
 * occurrence, not the planned one told with another year, so their dates are not compared.
 */
final class PlannedDates {
  private PlannedDates() {}

  /** Words that put what follows in the future. */
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "’ll");

  /**
   * True when the clause of {@code text} before offset {@code at} (a date) puts its verb in the
   * future: "will", "shall", or "to" before a verb ("is to host", "plans to open", "the right to
   * host").
   */
  static boolean planned(String text, int at) {
    return PLANNED.get(new At(text, at));
  }

  /** An offset of a text. */
  private record At(String text, int at) {}

  /** Lately read dates: the date check reads the claim's again for every passage. */
  private static final TextMemo<At, Boolean> PLANNED =
      new TextMemo<>(
          "planned dates", 4_096, a -> a.text().length(), a -> plannedAnew(a.text(), a.at()));

  private static boolean plannedAnew(String text, int at) {
    int[] span = Subject.clauseSpan(text, at);
    List<Token> tokens = Tagger.shared().tag(text.substring(span[0], at));
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(w)) {
        return true;
      }
      if (w.equals("to") && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("VERB")) {
        // a verb's base form: "to host"; not "to passengers", which the tagger may call a verb
        Token next = tokens.get(i + 1);
        String word = next.text().toLowerCase(Locale.ROOT);
        if (word.equals(next.lemma().toLowerCase(Locale.ROOT))
            && !word.endsWith("ed")
            && !word.endsWith("ing")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when one date is of a planned event and the other of one that took place before it: a
   * planned {@code claimYear} against a past {@code passageYear} that is earlier, or a past claim
   * year against a planned later one.
   */
  static boolean earlierOccurrence(
      String claim, int claimAt, int claimYear, String passage, int passageAt, int passageYear) {
    boolean claimPlanned = planned(claim, claimAt);
    boolean passagePlanned = planned(passage, passageAt);
    if (claimPlanned == passagePlanned) {
      return false;
    }
    return claimPlanned ? passageYear < claimYear : claimYear < passageYear;
  }
}
