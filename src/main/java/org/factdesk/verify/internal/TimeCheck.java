package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;

/**
 * Durations resolved against the article's date: "for the first time in more than six years" is
 * refuted by a passage saying it last happened (or stopped) four years before publication.
 */
public final class TimeCheck {
  private static final String NUM =
      "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";
  private static final Pattern CLAIM =
      Pattern.compile(
          "\\bfirst(?: time)? in (?:(more than|over|nearly|almost|about|at least) )?"
              + NUM
              + " (years?|months?|weeks?|days?|decades?)",
          Pattern.CASE_INSENSITIVE);
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2}) " + MONTHS + "(?:,? (\\d{4}))?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTHS + " (\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\bin (\\d{4})\\b");
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
    Matcher c = CLAIM.matcher(claim);
    if (!c.find()) {
      return Optional.empty();
    }
    double n = number(c.group(2));
    String unit = c.group(3).toLowerCase(Locale.ROOT).replaceAll("s$", "");
    Approx approx = c.group(1) == null ? Approx.ABOUT : QuantityParser.approx(c.group(1));
    Optional<LocalDate> last = lastDate(passage, articleDate);
    if (last.isEmpty()) {
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
    Quantity claimed = new Quantity(n, n, 1, unit, approx, Set.of(), c.group());
    Quantity found = new Quantity(gap, gap, 0.1, unit, Approx.EXACT, Set.of(), "");
    boolean agrees = claimed.compareValue(found) == Quantity.Comparison.AGREES;
    String detail =
        String.format(
            Locale.ROOT,
            "The claim says \"%s\"; the evidence dates the last time to %s, %.1f %ss before the"
                + " article's date %s.",
            c.group(),
            last.get(),
            gap,
            unit,
            articleDate);
    return Optional.of(new Finding("time", agrees ? "agrees" : "disagrees", detail));
  }

  /** The latest date before {@code ref} that follows a cue word ("last", "since", "closed"). */
  static Optional<LocalDate> lastDate(String passage, LocalDate ref) {
    LocalDate best = null;
    for (Pattern p : new Pattern[] {DAY_MONTH, MONTH_DAY, MONTH_YEAR, YEAR}) {
      Matcher m = p.matcher(passage);
      while (m.find()) {
        String before =
            passage.substring(Math.max(0, m.start() - 40), m.start()).toLowerCase(Locale.ROOT);
        boolean cued = false;
        for (String w : before.split("[^a-z]+")) {
          cued |= CUES.contains(w);
        }
        if (!cued) {
          continue;
        }
        LocalDate d = resolve(p, m, ref);
        if (d != null && !d.isAfter(ref) && (best == null || d.isAfter(best))) {
          best = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static LocalDate resolve(Pattern p, Matcher m, LocalDate ref) {
    try {
      if (p == YEAR) {
        return LocalDate.of(Integer.parseInt(m.group(1)), 7, 1);
      }
      if (p == MONTH_YEAR) {
        return LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 15);
      }
      int day = Integer.parseInt(p == DAY_MONTH ? m.group(1) : m.group(2));
      int month = month(p == DAY_MONTH ? m.group(2) : m.group(1));
      String y = m.group(3);
      if (y != null) {
        return LocalDate.of(Integer.parseInt(y), month, day);
      }
      LocalDate d = LocalDate.of(ref.getYear(), month, day);
      return d.isAfter(ref) ? d.minusYears(1) : d;
    } catch (RuntimeException e) {
      return null; // "31 February" and the like: not a date
    }
  }

  private static int month(String name) {
    return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
  }

  static double number(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      case "fifteen" -> 15;
      case "twenty" -> 20;
      default -> Double.parseDouble(s);
    };
  }

  /** The UTC date of an instant, or null. */
  public static LocalDate date(java.time.Instant t) {
    return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC);
  }
}
