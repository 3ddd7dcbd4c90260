package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.internal.Finds;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;
import org.factdesk.report.Finding;

/**
 * Moves of a measure on one day: "shares rose 6% on Wednesday" is one of many rises and falls of
 * the same shares, so a passage that dates its move to another time ("rose 4% in October", or a
 * later report's own "on Wednesday", a week after the claim's) reports another move, not a
 * different figure for the claim's: an {@code event} note (no evidence either way) instead of a
 * disagreement.
 */
public final class ChangeDays {
  /** A verb of a move of a measure, in a form of the past or present. */
  private static final Pattern MOVE =
      Pattern.compile(
          "(?i)\\b(?:rose|rises|risen|fell|falls|fallen|jump(?:ed|s)|climb(?:ed|s)|dropp(?:ed)"
              + "|drops|slipp(?:ed)|slips|gain(?:ed|s)|slid|slides|soar(?:ed|s)|plunge[ds]"
              + "|tumble[ds]|surge[ds]|edged (?:up|down)|lost(?!\\s+(?:their|his|her)\\s+li(?:fe|ves)))\\b");

  private ChangeDays() {}

  /**
   * A note when the claim dates a move of a measure to one day and the passage's sentence with a
   * move dates it to a time that does not hold that day.
   *
   * @param articleDate the article's day (the claim's weekday is resolved against it), or null
   * @param published the passage's day (its weekdays are resolved against it), or null
   */
  public static Optional<Finding> anotherDay(
      String claim, String passage, LocalDate articleDate, LocalDate published) {
    if (articleDate == null || published == null || !Finds.in(MOVE, claim)) {
      return Optional.empty();
    }
    LocalDate day = EventCheck.oneDay(claim, articleDate);
    if (day == null) {
      return Optional.empty();
    }
    // every time the claim gives: in "rose to 6.2% in October, the office said on Thursday" the
    // weekday is the report's and the month the move's, so a passage's October is the claim's
    List<TimeExpression> claimTimes =
        TimeExtractor.extract(claim, articleDate).stream().filter(ChangeDays::placed).toList();
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      if (!MOVE.matcher(sentence).find()) {
        continue;
      }
      for (TimeExpression t : TimeExtractor.extract(sentence, published)) {
        if (!placed(t)
            || claimTimes.stream()
                .anyMatch(c -> !t.from().isAfter(c.to()) && !t.to().isBefore(c.from()))) {
          continue;
        }
        if (day.isBefore(t.from()) || day.isAfter(t.to())) {
          return Optional.of(
              new Finding(
                  "event",
                  "note",
                  "The evidence reports a move on another day (\""
                      + t.text()
                      + "\", not "
                      + day
                      + "): \""
                      + sentence.strip()
                      + "\""));
        }
      }
    }
    return Optional.empty();
  }

  /** A date or interval placed on the calendar (not "the day after the vote"). */
  private static boolean placed(TimeExpression t) {
    return (t.kind() == TimeExpression.Kind.DATE || t.kind() == TimeExpression.Kind.INTERVAL)
        && t.from() != null
        && t.to() != null
        && t.anchor() == null;
  }
}
