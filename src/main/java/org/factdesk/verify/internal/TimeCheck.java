package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;

/**
 * Durations resolved against the article's date: "for the first time in more than six years" is
 * refuted by a passage saying it last happened (or stopped) four years before publication. Both the
 * duration and the passage's dates are read by the shared {@link TimeExtractor}.
 */
public final class TimeCheck {
  private static final Pattern FIRST_IN = Pattern.compile("(?i)\\bfirst(?: time)? in\\s+$");

  /** A date written out with a year, a month or a day number (not "Thursday" or "yesterday"). */
  private static final Pattern WRITTEN_DATE =
      Pattern.compile("\\d|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b");

  private static final Set<String> CUES =
      Set.of(
          "last",
          "since",
          "closed",
          "suspended",
          "halted",
          "shut",
          "previous",
          "previously",
          "stopped",
          "ended",
          "until");

  private TimeCheck() {}

  /** What the passage says about the claimed time since something last happened, if anything. */
  public static Optional<Finding> check(String claim, String passage, LocalDate articleDate) {
    if (articleDate == null) {
      return Optional.empty();
    }
    TimeExpression duration = null;
    for (TimeExpression t : TimeExtractor.extract(claim, articleDate)) {
      if (t.kind() == TimeExpression.Kind.DURATION
          && FIRST_IN.matcher(claim.substring(Math.max(0, t.start() - 20), t.start())).find()) {
        duration = t;
        break;
      }
    }
    if (duration == null) {
      return Optional.empty();
    }
    String unit = unit(duration.text());
    double n = inUnit(duration.duration(), unit);
    Approx approx = duration.approx() == Approx.EXACT ? Approx.ABOUT : duration.approx();
    Optional<LocalDate> last = lastDate(passage, articleDate);
    if (last.isEmpty() || n <= 0) {
      return Optional.empty();
    }
    double days = ChronoUnit.DAYS.between(last.get(), articleDate);
    double gap =
        switch (unit) {
          case "year" -> days / 365.25;
          case "decade" -> days / 3652.5;
          case "month" -> days / 30.44;
          case "week" -> days / 7;
          default -> days;
        };
    Quantity claimed = new Quantity(n, n, 1, unit, approx, Set.of(), duration.text());
    Quantity found = new Quantity(gap, gap, 0.1, unit, Approx.EXACT, Set.of(), "");
    boolean agrees = claimed.compareValue(found) == Quantity.Comparison.AGREES;
    String detail =
        String.format(
            Locale.ROOT,
            "The claim says \"first time in %s\"; the evidence dates the last time to %s, %.1f"
                + " %ss before the article's date %s.",
            duration.text(),
            last.get(),
            gap,
            unit,
            articleDate);
    return Optional.of(new Finding("time", agrees ? "agrees" : "disagrees", detail));
  }

  /** The unit a duration is written in: "more than six years" is "year". */
  private static String unit(String text) {
    String w = text.toLowerCase(Locale.ROOT).replaceAll(".*[^a-z]", "");
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** A period in the unit it was written in ("P6Y" in years is 6, "P14D" in weeks is 2). */
  private static double inUnit(Period p, String unit) {
    double days = p.getYears() * 365.25 + p.getMonths() * 30.44 + p.getDays();
    return switch (unit) {
      case "year" -> p.getYears() + p.getMonths() / 12.0;
      case "decade" -> (p.getYears() + p.getMonths() / 12.0) / 10;
      case "month" -> p.getYears() * 12 + p.getMonths();
      case "week" -> days / 7;
      default -> days;
    };
  }

  /**
   * The latest date on or before {@code ref} that follows a cue word ("last", "since", "closed"); a
   * month or a year counts as its middle day.
   */
  static Optional<LocalDate> lastDate(String passage, LocalDate ref) {
    LocalDate best = null;
    for (TimeExpression t : TimeExtractor.extract(passage, ref)) {
      if (t.from() == null
          || t.to() == null
          || t.anchor() != null
          || !WRITTEN_DATE.matcher(t.text()).find()) {
        continue; // "Thursday" in an older passage is not the Thursday before the article
      }
      String before =
          passage.substring(Math.max(0, t.start() - 60), t.start()).toLowerCase(Locale.ROOT);
      boolean cued = false;
      for (String w : before.split("[^a-z]+")) {
        cued |= CUES.contains(w);
      }
      if (!cued) {
        continue;
      }
      LocalDate d = t.from().plusDays(ChronoUnit.DAYS.between(t.from(), t.to()) / 2);
      if (!d.isAfter(ref) && (best == null || d.isAfter(best))) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The UTC date of an instant, or null. */
  public static LocalDate date(java.time.Instant t) {
    return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC);
  }
}
