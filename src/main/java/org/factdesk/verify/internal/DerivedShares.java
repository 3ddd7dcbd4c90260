package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.Currencies;
import org.factdesk.verify.Quantity;

/**
 * Shares a sentence states as a part of a whole: "27,600 of the country's 46,000 farmers", "make up
 * 21 of the 84 finds", "29 out of 84", "Of the 84 finds ..., 29 are shards of pottery" state 60%,
 * 25% and 34.5%, which meet a claim's "more than half", "a quarter" or "about 35 per cent".
 */
final class DerivedShares {
  private DerivedShares() {}

  /** "27,600 of the country's 46,000": the words between a part and its whole. */
  private static final Pattern PART_OF =
      Pattern.compile(
          "^\\s+(?:out\\s+)?of\\s+(?:(?:the|its|their|all|his|her)\\s+)?(?:[\\p{L}'’]+\\s+){0,2}$");

  /** "Of the 84 finds": the whole named first, at the start of its sentence or clause. */
  private static final Pattern WHOLE_FIRST =
      Pattern.compile("(?:^|[.;:]\\s+)of\\s+(?:the|its|their|all)\\s+$");

  /** ", 29 are": the words between a whole named first and its part, with no figure between. */
  private static final Pattern TO_PART = Pattern.compile("^[^.;:\\d]{0,60},\\s+$");

  /** Words right after a part named after its whole: "29 are", "21 were". */
  private static final Pattern PART_VERB = Pattern.compile("^\\s+(?:are|were|is|was|came|come)\\b");

  /** Things a part and a whole are not counted in: shares, sums, ratios, years. */
  private static final Set<String> NOT_COUNTS = Set.of("%", "percentage point", "time", "year");

  /** How a share's shown words end. */
  private static final String MARK = ", a share)";

  /** True for a share this class derived. */
  static boolean isShare(Quantity q) {
    return !q.source().equals(q.text()) && q.text().endsWith(MARK);
  }

  /** The shares {@code text} states as a part of a whole, to add to its figures. */
  static void of(String text, List<DerivedFigures.Placed> figures, List<Quantity> out) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i + 1 < figures.size(); i++) {
      DerivedFigures.Placed a = figures.get(i);
      DerivedFigures.Placed b = figures.get(i + 1);
      if (a.found().end() > b.found().start() || !counts(a.figure()) || !counts(b.figure())) {
        continue;
      }
      String between = lower.substring(a.found().end(), b.found().start());
      String before = lower.substring(Math.max(0, a.found().start() - 20), a.found().start());
      if (!b.figure().thing().isEmpty() && PART_OF.matcher(between).matches()) {
        // a part is followed by "of" right away, so its noun is the whole's (the extractor may
        // give it the noun after "of the": "27,600 country")
        add(text, a, b, a, b, out); // "27,600 of the country's 46,000 farmers", "29 out of 84"
      } else if (!a.figure().thing().isEmpty()
          && b.figure().thing().isEmpty()
          && WHOLE_FIRST.matcher(before).find()
          && TO_PART.matcher(between).matches()
          && PART_VERB.matcher(lower.substring(b.found().end())).find()) {
        add(text, a, b, b, a, out); // "Of the 84 finds from the site, 29 are shards"
      }
    }
  }

  /** True for a count: a figure of no unit, sum, share or ratio, and no bound. */
  private static boolean counts(Quantity q) {
    return !NOT_COUNTS.contains(q.thing())
        && !Currencies.isName(q.thing())
        && Units.of(q.thing(), "").isEmpty()
        && (q.approx() == Approx.EXACT || q.approx() == Approx.ABOUT)
        && q.value() > 0;
  }

  /**
   * Adds the share {@code part} is of {@code whole}, read from the words of {@code a} to {@code b}.
   */
  private static void add(
      String text,
      DerivedFigures.Placed a,
      DerivedFigures.Placed b,
      DerivedFigures.Placed part,
      DerivedFigures.Placed whole,
      List<Quantity> out) {
    double p = part.figure().value();
    double w = whole.figure().value();
    if (p >= w) {
      return; // "12 of the 9" names no part
    }
    double share = 100 * p / w;
    // a share computed from counts is given to the whole per cent: 29 of 84 is 34.5%, 34 to 35
    double step = 1;
    String shown =
        String.format(Locale.ROOT, "%.1f%% (", share)
            + part.found().text()
            + " of "
            + whole.figure().text()
            + MARK;
    out.add(
        new Quantity(
            share,
            share,
            step,
            "%",
            Approx.EXACT,
            whole.figure().context(),
            shown,
            // a share of the whole's things: 19 of 35 seats is no share of the vote
            whole.figure().thing(),
            text.substring(a.found().start(), DerivedFigures.writtenEnd(text, b))));
  }
}
