package org.factdesk.verify.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Currencies;
import org.factdesk.verify.Quantity;

/**
 * Counts that a sentence gives through a verb or through the figure before them, so that they meet
 * the same count told otherwise:
 *
 * <ul>
 *   <li>a verb that makes the count its noun: "police arrested 14 people" is 14 arrests, as "police
 *       made 14 arrests" is; "injured 30 people" is 30 injuries;
 *   <li>a bare difference right after a figure counts that figure's thing: "finished with 6,120
 *       points, 45 more than the runner-up" is 45 points, "3.6 million euros, 400,000 more than
 *       last year" 400,000 euros.
 * </ul>
 */
final class VerbCounts {
  private VerbCounts() {}

  /** Verbs whose object's count is a count of the noun of the act. */
  private static final Map<String, String> ACT_NOUNS =
      Map.of("arrested", "arrest", "detained", "arrest", "injured", "injury");

  /** One of {@link #ACT_NOUNS}'s verbs right before a figure, its qualifiers between. */
  private static final Pattern ACT_BEFORE =
      Pattern.compile(
          "\\b(arrested|detained|injured)\\s+(?:(?:about|around|some|nearly|almost|more than"
              + "|at least|over|fewer than|less than|a total of|a further|another)\\s+)*$");

  /**
   * The counted thing of the figure at {@code start} of the lower-cased {@code lower}: {@link
   * #ACT_NOUNS}'s noun when one of its verbs stands right before the figure and the figure counts
   * no unit, sum or share (people, protesters, or nothing named), else {@code thing}.
   */
  static String thing(String lower, int start, String thing) {
    if (thing.equals("%") || Currencies.isName(thing) || Units.of(thing, "").isPresent()) {
      return thing;
    }
    Matcher m = ACT_BEFORE.matcher(lower.substring(Math.max(0, start - 40), start));
    return m.find() ? ACT_NOUNS.get(m.group(1)) : thing;
  }

  /** The words between a figure and a bare difference after it: ", 45 more than". */
  private static final Pattern BETWEEN =
      Pattern.compile("^\\s*,\\s*(?:or\\s+|just\\s+|only\\s+)?$");

  /** Words right after a bare figure that make it a difference from another figure. */
  private static final Pattern DIFFERENCE_AFTER =
      Pattern.compile(
          "^\\s+(?:more|fewer|less|higher|lower|up|down)\\s+(?:than|on|from)\\b"
              + "|^\\s+(?:ahead\\s+of|clear\\s+of|behind|short\\s+of)\\b");

  /**
   * Gives a bare figure right after another figure, and followed by words of a difference, the
   * other figure's thing ("6,120 points, 45 more than the runner-up": 45 points). {@code placed}
   * and {@code out} are the sentence's figures in the same order; both are updated.
   */
  static void differencesCount(
      String text, List<DerivedFigures.Placed> placed, List<Quantity> out) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (int i = 1; i < placed.size() && i < out.size(); i++) {
      DerivedFigures.Placed a = placed.get(i - 1);
      DerivedFigures.Placed b = placed.get(i);
      Quantity q = b.figure();
      if (!q.thing().isEmpty()
          || a.figure().thing().isEmpty()
          || a.figure().thing().equals("%")
          || a.found().end() > b.found().start()
          || !BETWEEN
              .matcher(lower.substring(DerivedFigures.writtenEnd(text, a), b.found().start()))
              .matches()
          || !DIFFERENCE_AFTER.matcher(lower.substring(b.found().end())).find()) {
        continue;
      }
      Quantity counted =
          new Quantity(
              q.value(),
              q.upper(),
              q.step(),
              a.figure().thing(),
              q.approx(),
              q.context(),
              q.text(),
              q.of(),
              q.source());
      placed.set(i, new DerivedFigures.Placed(b.found(), counted));
      out.set(out.indexOf(q), counted);
    }
  }
}
