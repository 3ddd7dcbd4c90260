package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.ChangeWords;
import org.factdesk.verify.Quantity;

/**
 * Figures a sentence states without writing them, from a change and its base:
 *
 * <ul>
 *   <li>a change by a share from a base: "lowers next year's quota by 18.6% from this year's 51,000
 *       tonnes" states a quota of 41,514 tonnes (51,000 is another year's value, the base of the
 *       change, and the figure a claim about next year's quota speaks of is the result);
 *   <li>a change from one figure to another: "sales rose from 3,100 in April to 9,400" states that
 *       they rose 3.03 times (a claim that they "tripled").
 * </ul>
 *
 * The direction of a share comes from the change verb before it in its clause ({@link ChangeWords}:
 * "cut", "lower", "reduce" and "fall" take it off; "raise", "increase" and "rise" add it).
 */
final class DerivedFigures {
  /** A figure of the sentence with where the extractor found it. */
  record Placed(org.factdesk.nlp.Quantity found, Quantity figure) {}

  /** "by 18.6% from this year's": only words between the share and the base. */
  private static final Pattern FROM_BASE = Pattern.compile("^\\s+from\\s+[\\p{L}'’\\s]{0,40}$");

  /** "fell by 5% from a year earlier to 2,000 tonnes": the figure after "to" is the result. */
  private static final Pattern TO_RESULT = Pattern.compile("\\bto\\s*$");

  /** "from 3,100 in April to 9,400": the words between the two figures of a change. */
  private static final Pattern FROM_TO =
      Pattern.compile("^\\s+(?:(?:in|on|at|during)\\s+[\\p{L}\\s]{1,20}\\s+)?to\\s+$");

  /** "to 300,000 euros this year, from 150,000": the words between a result and its base. */
  private static final Pattern TO_FROM = Pattern.compile("^[\\p{L}\\s'’,]{0,40}\\bfrom\\s+$");

  /** "41,800 people came this year, up from 35,000": a result, then "up from" or "down from". */
  private static final Pattern UP_FROM =
      Pattern.compile("^[\\p{L}\\s'’,-]{0,80},\\s+(?:up|down)\\s+from\\s+$");

  /** How a figure stated for last year through a multiple ends as shown. */
  private static final String LAST_YEARS = ", last year's)";

  /** True for a figure stated for last year through a multiple ({@link #lastYears}). */
  static boolean ofLastYear(Quantity q) {
    return !q.source().equals(q.text()) && q.text().endsWith(LAST_YEARS);
  }

  /**
   * "18 million euros this year, twice", "300,000 euros, was twice": a figure, then its multiple.
   */
  private static final Pattern BEFORE_MULTIPLE = Pattern.compile("^[\\p{L}\\s'’,]{0,30}$");

  /** "last year's amount", "the previous year's": the period a multiple is of. */
  private static final Pattern OF_LAST_YEAR =
      Pattern.compile("\\s+(?:last|the\\s+previous)\\s+year(?:'s|’s)", Pattern.CASE_INSENSITIVE);

  private DerivedFigures() {}

  /** The figures {@code text} states through a change, in order of the figures they come from. */
  static List<Quantity> of(String text, List<Placed> figures) {
    List<Quantity> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i + 1 < figures.size(); i++) {
      Placed a = figures.get(i);
      Placed b = figures.get(i + 1);
      String between = lower.substring(a.found().end(), b.found().start());
      String clause = clauseBefore(lower, a.found().start());
      int sign = direction(clause);
      if (a.figure().thing().equals("%")
          && !b.figure().thing().equals("%")
          && a.found().approx() == Approx.EXACT
          && clause.endsWith("by ")
          && sign != 0
          && FROM_BASE.matcher(between).matches()
          && !TO_RESULT.matcher(between).find()) {
        out.add(shareOfBase(text, a, b, sign));
      } else if (clause.endsWith("from ")
          // "went from 1,500 copies to 4,500 copies": a verb of change either way, the figures
          // tell which
          && (sign != 0 || ChangeWords.eitherWay(clause))
          && (FROM_TO.matcher(between).matches()
              // "from 50 cents to 30 cents": the unit's word after the first figure
              || FROM_TO.matcher(lower.substring(writtenEnd(text, a), b.found().start())).matches())
          && a.figure().value() > 0
          // "from four employees to 12": the counted noun written once
          && (a.figure().thing().equals(b.figure().thing())
              || a.figure().thing().isEmpty()
              || b.figure().thing().isEmpty())) {
        out.add(ratio(text, a, b));
        DerivedDifferences.change(text, a, b, out);
      } else if (b.figure().value() > 0
          && a.figure().thing().equals(b.figure().thing())
          && !a.figure().thing().equals("%")
          && !a.figure().thing().equals("time")
          && ((clause.endsWith("to ") && sign != 0 && TO_FROM.matcher(between).matches())
              || UP_FROM.matcher(between).matches())) {
        // "rose to 3.6 million euros from 2.4 million euros last year", "41,800 came this year,
        // up from 35,000": the first figure is the result, the second its base
        out.add(ratio(text, b, a));
        DerivedDifferences.change(text, b, a, out);
      } else if (b.figure().thing().equals("time")
          && b.figure().value() > 1
          && b.found().approx() == Approx.EXACT
          && !a.figure().thing().equals("time")
          && !a.figure().thing().equals("%")
          && BEFORE_MULTIPLE.matcher(between).matches()
          && OF_LAST_YEAR.matcher(text.substring(b.found().end())).lookingAt()) {
        // "18 million euros this year, twice last year's amount" states last year's 9 million
        out.add(lastYears(a, b));
      }
    }
    // "27,600 of the country's 46,000 farmers" states 60%; "6,120 points, with Piet Laan second on
    // 6,095" a margin of 25 points
    DerivedShares.of(text, figures, out);
    DerivedDifferences.margins(text, figures, out);
    return out;
  }

  /** Where the figure {@code a} ends with its unit's word ("50 cents"), at least its own end. */
  static int writtenEnd(String text, Placed a) {
    String written = a.figure().text();
    int at = a.found().start();
    return text.startsWith(written, at)
        ? Math.max(a.found().end(), at + written.length())
        : a.found().end();
  }

  /** The base {@code b} changed by the share {@code a} in the direction {@code sign}. */
  private static Quantity shareOfBase(String text, Placed a, Placed b, int sign) {
    Quantity share = a.figure();
    Quantity base = b.figure();
    double factor = 1 + sign * share.value() / 100;
    double value = base.value() * factor;
    double step = Math.max(base.step() * factor, base.value() * share.step() / 100);
    String shown =
        base.text()
            + (sign < 0 ? " less " : " plus ")
            + share.text()
            + " ("
            // in the unit the base was written in: "51,000 tonnes less 18.6% (41,514)"
            + String.format(Locale.ROOT, "%,.0f", b.found().low() * factor)
            + ")";
    return new Quantity(
        value,
        value,
        step,
        base.thing(),
        Approx.EXACT,
        base.context(),
        shown,
        base.of(),
        span(text, a, b));
  }

  /**
   * Last year's figure that a figure and its multiple state: "18 million euros this year, twice
   * last year's amount" states 9 million euros for last year. Its words are the multiple's
   * ("twice"), which name last year right after them, so its subject is of last year.
   */
  private static Quantity lastYears(Placed a, Placed b) {
    Quantity figure = a.figure();
    double k = b.figure().value();
    String shown =
        String.format(Locale.ROOT, "%,.0f", a.found().low() / k)
            + " ("
            + figure.text()
            + " / "
            + b.figure().text()
            + LAST_YEARS;
    return new Quantity(
        figure.value() / k,
        figure.upper() / k,
        figure.step() / k,
        figure.thing(),
        figure.approx(),
        figure.context(),
        shown,
        figure.of(),
        b.figure().text());
  }

  /**
   * How many times {@code b} is {@code a}: "from 3,100 to 9,400" is 3.03 times ({@code a} is the
   * base, {@code b} the result, in either order in the text).
   */
  private static Quantity ratio(String text, Placed a, Placed b) {
    double times = b.figure().value() / a.figure().value();
    String shown =
        String.format(Locale.ROOT, "%.2f times (", times)
            + a.figure().text()
            + " to "
            + b.figure().text()
            + ")";
    return new Quantity(
        times,
        times,
        0.01,
        "time",
        Approx.EXACT,
        b.figure().context(),
        shown,
        b.figure().of(),
        a.found().start() < b.found().start() ? span(text, a, b) : span(text, b, a));
  }

  /**
   * The words a derived figure comes from, as they stand in the text: from the first figure to the
   * end of the second ("18.6% from this year's 51,000 tonnes", "3,100 in April to 9,400").
   */
  private static String span(String text, Placed a, Placed b) {
    int end = b.found().end();
    String written = b.figure().text(); // "51,000 tonnes": the unit the extractor's span leaves out
    if (text.startsWith(written, b.found().start())) {
      end = Math.max(end, b.found().start() + written.length());
    }
    return text.substring(a.found().start(), end);
  }

  /**
   * How far back a clause is read: a change verb further from its figure does not govern it, and a
   * text with no clause ends (a 20,000-word run-on) would otherwise be read again for every figure.
   */
  private static final int CLAUSE_CHARS = 400;

  /**
   * The clause before {@code at}: from the last semicolon, colon or sentence end, at most {@link
   * #CLAUSE_CHARS} characters.
   */
  private static String clauseBefore(String lower, int at) {
    int limit = Math.max(0, at - CLAUSE_CHARS);
    int from = limit;
    for (int i = at - 1; i >= limit; i--) {
      char ch = lower.charAt(i);
      if (ch == ';' || ch == ':' || ch == '.' && i + 1 < at && lower.charAt(i + 1) == ' ') {
        from = i + 1;
        break;
      }
    }
    return lower.substring(from, at);
  }

  /**
   * -1 when the last change verb of {@code clause} takes off, +1 when it adds, 0 for none ({@link
   * ChangeWords}, the verbs the figure extractor reads as changes).
   */
  static int direction(String clause) {
    return ChangeWords.direction(clause);
  }
}
