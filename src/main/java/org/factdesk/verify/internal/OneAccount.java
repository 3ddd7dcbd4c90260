package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.AttributionExtractor;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;

/**
 * Claims whose figure does not change from one report to the next, so that a newer report with
 * another figure is another account of it (a dispute), not a newer level ({@link Recency} is not
 * asked): a figure a named source gives as its own ("the resort says the race brings 40 million
 * kroner", "according to the maker, ..."; another body's figure disputes it, it does not update
 * it), and a count over a period that had ended when every report of it was published ("cancelled
 * 310 operations in October", reported in November; a count reported while its month still ran may
 * be a partial one, which a later report completes).
 */
public final class OneAccount {
  /** Verbs of a source giving its own figure. */
  private static final Set<String> GIVES =
      Set.of("says", "say", "estimates", "estimate", "claims", "according to");

  /** The shortest period whose count is closed once it ends (a month). */
  private static final long PERIOD_DAYS = 28;

  private OneAccount() {}

  /**
   * Whether a named source gives the claim's figure as its standing account ("says", "estimates",
   * "according to"; a past "said" may report a count that later reports update, such as a death
   * toll).
   */
  public static boolean attributed(String claim) {
    for (Attribution a : AttributionExtractor.extract(claim, Tagger.shared().tag(claim))) {
      if (GIVES.contains(a.verb().toLowerCase(Locale.ROOT)) && !a.source().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last day of the period of at least a month that the claim's figure counts over ("in
   * October", "last year"), when it ended before the article's day; null otherwise.
   *
   * @param day the article's day, or null
   */
  public static LocalDate periodEnd(String claim, LocalDate day) {
    if (day == null) {
      return null;
    }
    for (TimeExpression t : TimeExtractor.extract(claim, day)) {
      if ((t.kind() == TimeExpression.Kind.DATE || t.kind() == TimeExpression.Kind.INTERVAL)
          && t.from() != null
          && t.to() != null
          && t.anchor() == null
          && ChronoUnit.DAYS.between(t.from(), t.to()) >= PERIOD_DAYS - 1
          && t.to().isBefore(day)) {
        return t.to();
      }
    }
    return null;
  }
}
