package org.factdesk.verify.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.report.Finding;

/**
 * A claimed record that a passage says was none: "a record crowd of more than 8,000 watched the
 * parade" against "police put the crowd at the parade at about 8,000, short of the record of 9,500
 * set in 2019" (also "below the record", "not a record", "failed to beat the record"). The passage
 * sentence must be about the claim's event (half the claim's content words beside "record"). When
 * it repeats the claim's figure it confirms the figure and denies the record: a {@link
 * QuantityCheck#DISPUTE} note, evidence both ways. Without the figure it denies the record alone: a
 * {@code record} disagreement.
 */
public final class RecordDenied {
  /** "a record crowd", "record turnout", "a record-breaking number". */
  private static final Pattern CLAIMED =
      Pattern.compile("\\brecord(?:-breaking)?\\s+[\\p{L}\\d]+", Pattern.CASE_INSENSITIVE);

  /**
   * "short of the record", "below the 2019 record", "not a record", "failed to beat the record".
   */
  private static final Pattern DENIED =
      Pattern.compile(
          "\\b(?:(?:well|just|far)\\s+)?(?:short of|below|under|shy of|not"
              + "|(?:did not|didn't|failed to|could not|couldn't)\\s+(?:beat|break|match|set|top))"
              + "\\s+(?:the\\s+|a\\s+|its\\s+)?(?:[\\p{L}\\d'’-]+\\s+){0,2}?record\\b(?!-)",
          Pattern.CASE_INSENSITIVE);

  private RecordDenied() {}

  /** A dispute note or a disagreement when the passage says the claim's record was none. */
  public static Optional<Finding> check(String claim, String passage) {
    if (!CLAIMED.matcher(claim).find() || DENIED.matcher(claim).find()) {
      return Optional.empty();
    }
    Set<String> cw = new HashSet<>(StatementCheck.words(claim));
    cw.remove("record");
    if (cw.isEmpty()) {
      return Optional.empty();
    }
    List<Double> figures = TextSignals.numbersIn(claim);
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      if (!DENIED.matcher(sentence).find()) {
        continue;
      }
      Set<String> sw = StatementCheck.words(sentence);
      long shared = cw.stream().filter(sw::contains).count();
      if (shared * 2 < cw.size()) {
        continue; // another event's record
      }
      List<Double> given = TextSignals.numbersIn(sentence);
      boolean sameFigure =
          figures.stream()
              .anyMatch(f -> given.stream().anyMatch(g -> TextSignals.sameFigure(f, g)));
      if (sameFigure) {
        return Optional.of(
            new Finding(
                QuantityCheck.DISPUTE,
                "note",
                "The evidence gives the claim's figure but says it was no record (\""
                    + sentence.strip()
                    + "\")"));
      }
      return Optional.of(
          new Finding(
              "record",
              "disagrees",
              "The claim calls it a record, but the evidence says it was none (\""
                  + sentence.strip()
                  + "\")."));
    }
    return Optional.empty();
  }
}
