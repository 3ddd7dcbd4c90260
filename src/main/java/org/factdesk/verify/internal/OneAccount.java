package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
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

  /** Words of a report that calls its figure an update of an earlier one. */
  private static final Pattern UPDATE =
      Pattern.compile(
          "\\b(?:revis(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|correct(?:ed|s|ing)|final|latest|now"
              + "|new (?:figures?|count|toll|estimate|tally))\\b",
          Pattern.CASE_INSENSITIVE);

  /** A count to date: "have joined since it opened", "so far", "to date". */
  private static final Pattern TO_DATE =
      Pattern.compile("\\b(?:since|so far|to date|thus far)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "since" in the words just before a month or a year: "since it opened in May" counts from May to
   * now, a period that has not ended.
   */
  private static final Pattern SINCE_BEFORE =
      Pattern.compile("\\bsince\\b(?:\\s+[\\p{L}'’]+){0,4}\\s*$", Pattern.CASE_INSENSITIVE);

  /** Words of a source that name no one. */
  private static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "its", "their", "his", "her", "of", "from", "to", "figures", "data");

  private OneAccount() {}

  /**
   * The words of the named source a passage gives its account from ("About 3,000 people marched,
   * organisers said": organisers; "Police said about 2,200 took part": police), lower case; empty
   * when it names none or calls its figure an update ("revised", "final count", "latest", "now").
   */
  public static Set<String> account(String passage) {
    if (UPDATE.matcher(passage).find()) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>();
    for (Attribution a : AttributionExtractor.extract(passage, Tagger.shared().tag(passage))) {
      for (String w : a.source().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+")) {
        if (!w.isEmpty() && !NOT_NAMES.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * Whether a passage calls its figure an update of an earlier one ("revised", "final figures",
   * "now").
   */
  public static boolean update(String passage) {
    return UPDATE.matcher(passage).find();
  }

  /** Whether the claim's figure is a count to date ("have joined since it opened in May"). */
  public static boolean toDate(String claim) {
    return TO_DATE.matcher(claim).find();
  }

  /**
   * Whether a named source gives the claim's figure as its standing account ("says", "estimates",
   * "according to"; a past "said" may report a count that later reports update, such as a death
   * toll).
   */
  public static boolean attributed(String claim) {
    return ATTRIBUTED.get(claim);
  }

  /** Lately read claims, whether each gives a source for its figure. */
  private static final TextMemo<String, Boolean> ATTRIBUTED =
      new TextMemo<>("attributed claims", 1_024, String::length, OneAccount::attributedAnew);

  private static boolean attributedAnew(String claim) {
    for (Attribution a : AttributionExtractor.extract(claim, Tagger.shared().tag(claim))) {
      if (GIVES.contains(a.verb().toLowerCase(Locale.ROOT)) && !a.source().isBlank()) {
        return true;
      }
    }
    return STANDING_THAT.matcher(claim).lookingAt();
  }

  /**
   * "The council estimates that repairs will cost ...": a source at the start of the sentence
   * giving its standing account in a that-clause, which the tagger may read as a plural noun
   * ("estimates") and so the attribution extractor misses.
   */
  private static final Pattern STANDING_THAT =
      Pattern.compile(
          "\\s*(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+\\s+"
              + "(?:estimates?|reckons?|calculates?|believes?|expects?|says|say|claims?|maintains?)\\s+that\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The last day of the period of at least a month that the claim's figure counts over ("in
   * October", "last year"), when it ended before the article's day; null otherwise, and null for
   * the start of a count to date ("since it opened in May").
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
          && t.to().isBefore(day)
          && !SINCE_BEFORE.matcher(claim.substring(0, t.start())).find()) {
        return t.to();
      }
    }
    return null;
  }
}
