package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.verify.Quantity;

/**
 * Differences a sentence states through two figures without writing them:
 *
 * <ul>
 *   <li>a change from one level to another: "rose to 240,000 euros from 200,000 euros" states a
 *       rise of 40,000 euros and of 20%; "cut the subsidy from 50 cents to 30 cents" a cut of 20
 *       cents and of 40%;
 *   <li>a winner's total and the runner-up's: "finished on 6,120 points, with Piet Laan second on
 *       6,095" states a margin of 25 points.
 * </ul>
 *
 * A difference is compared only with a figure the claim gives as a difference or a change ("45 more
 * than the runner-up", "by 40 per cent"), never with a total (see {@link #otherDifference}).
 */
final class DerivedDifferences {
  private DerivedDifferences() {}

  /** How a difference's shown words end. */
  private static final String MARK = ", a difference)";

  /** True for a difference this class derived. */
  static boolean isDifference(Quantity q) {
    return !q.source().equals(q.text()) && q.text().endsWith(MARK);
  }

  /**
   * The difference from {@code base} to {@code result}, in their thing and, when the base is not
   * zero, as a per cent of the base. Shares, ratios and years are left out: a change of a share is
   * in points, which the claim names.
   */
  static void change(
      String text, DerivedFigures.Placed base, DerivedFigures.Placed result, List<Quantity> out) {
    Quantity b = base.figure();
    Quantity r = result.figure();
    String thing = r.thing();
    if (thing.isEmpty()
        || thing.equals("%")
        || thing.equals("percentage point")
        || thing.equals("time")
        || thing.equals("year")
        || !(b.thing().equals(thing) || b.thing().isEmpty())
        || b.value() <= 0
        || b.value() == r.value()) {
      return;
    }
    String words = "(" + b.text() + " to " + r.text() + MARK;
    double diff = Math.abs(r.value() - b.value());
    String source = span(text, base, result);
    out.add(
        new Quantity(
            diff,
            diff,
            Math.max(b.step(), r.step()),
            thing,
            Approx.EXACT,
            r.context(),
            shown(diff, r) + " " + words,
            r.of(),
            source));
    double pct = 100 * diff / b.value();
    out.add(
        new Quantity(
            pct,
            pct,
            // as precise as its figures: "from 50 cents to 30 cents" is 40%, give or take a point
            Math.max(1, 100 * Math.max(b.step(), r.step()) / b.value()),
            "%",
            Approx.EXACT,
            r.context(),
            String.format(Locale.ROOT, "%.1f%% ", pct) + words,
            "",
            source));
  }

  /**
   * A difference of {@code value} give or take {@code reach} in {@code thing}, read from the words
   * {@code source} and shown with {@code words}: the years between two dates or two ages.
   */
  static Quantity gap(
      double value,
      double reach,
      String thing,
      java.util.Set<String> context,
      String words,
      String source) {
    String number = String.format(Locale.ROOT, "%,.0f", value);
    return new Quantity(
        value,
        value,
        Math.max(2 * reach, 1e-9),
        thing,
        Approx.EXACT,
        context,
        number + " " + thing + "s (" + words + MARK,
        "",
        source);
  }

  /** Words between a winner's total and the runner-up's: "with Piet Laan second on". */
  private static final Pattern RUNNER_UP_BETWEEN =
      Pattern.compile(
          "^[^.;:\\d]{0,60}\\b(?:second|silver|runners?-up|next\\s+best|behind\\s+(?:him|her|them))"
              + "\\b[^.;:\\d]{0,30}$");

  /**
   * The margin between a total and the next figure of its sentence when the words between give the
   * next one to the runner-up: "won with 4,812 points, while Ida Marsh took silver with 4,748"
   * states a margin of 64 points.
   */
  static void margins(String text, List<DerivedFigures.Placed> figures, List<Quantity> out) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i + 1 < figures.size(); i++) {
      DerivedFigures.Placed a = figures.get(i);
      DerivedFigures.Placed b = figures.get(i + 1);
      Quantity w = a.figure();
      Quantity r = b.figure();
      if (w.thing().isEmpty()
          || w.thing().equals("%")
          || !(r.thing().isEmpty() || r.thing().equals(w.thing()))
          || w.approx() != Approx.EXACT
          || r.approx() != Approx.EXACT
          || r.value() >= w.value()
          || a.found().end() > b.found().start()
          || !RUNNER_UP_BETWEEN
              .matcher(lower.substring(a.found().end(), b.found().start()))
              .matches()) {
        continue;
      }
      double diff = w.value() - r.value();
      out.add(
          new Quantity(
              diff,
              diff,
              Math.max(w.step(), r.step()),
              w.thing(),
              Approx.EXACT,
              w.context(),
              shown(diff, w) + " (" + w.text() + " against " + r.text() + MARK,
              w.of(),
              span(text, a, b)));
    }
  }

  /** A difference as written for a reader, with the thing's word: "25 points". */
  private static String shown(double diff, Quantity like) {
    String number =
        diff == Math.rint(diff)
            ? String.format(Locale.ROOT, "%,.0f", diff)
            : String.format(Locale.ROOT, "%,.2f", diff);
    return like.thing().isEmpty() ? number : number + " " + like.thing();
  }

  /** The words from the first figure to the end of the second. */
  private static String span(String text, DerivedFigures.Placed a, DerivedFigures.Placed b) {
    boolean inOrder = a.found().start() <= b.found().start();
    DerivedFigures.Placed first = inOrder ? a : b;
    DerivedFigures.Placed last = inOrder ? b : a;
    return text.substring(first.found().start(), DerivedFigures.writtenEnd(text, last));
  }

  /** Words right after a figure that make it a difference from another: "45 more than". */
  private static final Pattern DIFFERENCE_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:[\\p{L}]+\\s+)?(?:(?:more|fewer|less|higher|lower|older|younger|earlier"
              + "|later|longer|shorter|larger|smaller|bigger|taller|heavier|lighter|faster|slower"
              + "|cheaper|dearer)\\s+than|ahead\\s+of"
              + "|clear\\s+of|short\\s+of)\\b");

  /** True when the figure is written as a difference from another: "45 more than the runner-up". */
  static boolean writtenAsDifference(String text, String figure) {
    for (int at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
      if (at > 0 && (Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == ',')) {
        continue; // "40,000 euros" inside "240,000 euros"
      }
      return DIFFERENCE_AFTER.matcher(text.substring(at + figure.length())).find();
    }
    return false;
  }

  /**
   * Why the claim's figure {@code c} and the evidence's {@code p} are not to be compared, or null:
   * the claim gives a difference ("45 more than the runner-up", "40,000 euros more than in 2025")
   * and the evidence's figure is none (a total, a level), or the evidence's figure is a difference
   * derived here and the claim's is neither a difference nor a change.
   */
  static String otherDifference(String claim, Quantity c, String passage, Quantity p) {
    boolean claimDifference = isDifference(c) || writtenAsDifference(claim, c.source());
    boolean derived = !p.source().equals(p.text());
    boolean passageDifference =
        isDifference(p)
            || (!derived
                && (writtenAsDifference(passage, p.source())
                    || FigureRoles.change(passage, p.source())));
    if (claimDifference && !passageDifference && !derived) {
      return "the claim's figure is a difference, the evidence's a total";
    }
    if (isDifference(p) && !claimDifference && !FigureRoles.change(claim, c.source())) {
      return "the evidence's figure is a difference, the claim's a total";
    }
    return null;
  }
}
