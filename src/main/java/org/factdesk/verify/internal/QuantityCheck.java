package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.NumberWords;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;

/**
 * Quantities: the claim's figure against the passage's figure for the same thing, respecting the
 * qualifier ("nearly 1.3 million" agrees with 1,280,000; "214" does not agree with "124"). A figure
 * for something else ("214 kilometres") or for another subject ({@link Subject}: another town, the
 * national figure, another month) is not evidence. A passage that repeats the claim's figure and
 * disputes it ("X said 300 died; the ministry disputes the figure") gives a {@code dispute} note:
 * evidence on both sides.
 */
public final class QuantityCheck {
  /** The check name of a dispute note. */
  public static final String DISPUTE = "dispute";

  /** Words after a figure that dispute it ("disputes the figure", "far less than ... claimed"). */
  private static final Pattern DISPUTED =
      Pattern.compile(
          "\\b(?:disput(?:e|es|ed|ing)|contest(?:s|ed)?|reject(?:s|ed)? (?:the|this|that) "
              + "(?:figure|number|toll|estimate|count|claim)|den(?:y|ies|ied) (?:the|this|that) "
              + "(?:figure|number|toll|estimate|count|claim)|exaggerat\\w*|overstat\\w*|inflated"
              + "|claimed by|far (?:less|fewer|lower|more|higher) than"
              // another body's count of the same thing: "but police estimated 90,000", "; police
              // put the number at 6,000"
              + "|(?:\\bbut|\\bwhile|\\bwhereas|;)\\s+(?:the\\s+)?\\p{L}+(?:\\s+\\p{L}+)?\\s+"
              + "(?:estimated|put|counted|reckoned)\\s+(?:(?:the|that|this|its|their)\\s+"
              + "(?:number|figure|crowd|turnout|total|count|attendance)\\s+at\\s+|it\\s+at\\s+)?"
              + "(?:about|around|some|only|just|nearly|fewer than|less than)?\\s*\\d+(?:[.,]\\d+)*+"
              // a bare count ("estimated 90,000."), not a figure of something else ("estimated 3%
              // for June")
              + "(?=\\s*(?:[.,;)]|$)))\\b",
          Pattern.CASE_INSENSITIVE);

  private QuantityCheck() {}

  /** What the passage's figures say about the claim's, if any is for the same thing. */
  public static Optional<Finding> check(String claim, String passage) {
    return check(claim, passage, Set.of());
  }

  /**
   * As {@link #check(String, String)}; a claim that names no one is about the story's subject
   * {@code story} (see {@link Subject#story}).
   */
  public static Optional<Finding> check(String claim, String passage, Set<String> story) {
    return check(claim, passage, story, null, null);
  }

  /**
   * As {@link #check(String, String, Set)}, with the days the claim's article ({@code claimDay})
   * and the passage ({@code passageDay}) were written, or null: relative years ("last year") are
   * read against them, so that "last year" in the claim meets "in 2025" in the passage and "this
   * year" in a report of 2025 is not the article's year (see {@link FigureFrames}).
   */
  public static Optional<Finding> check(
      String claim,
      String passage,
      Set<String> story,
      java.time.LocalDate claimDay,
      java.time.LocalDate passageDay) {
    // the shares and differences a passage states through two figures are read against the
    // claim's written figures; a claim's own "nine of the 14 fire fronts" is checked as its counts,
    // which a running count's earlier report must not refute as a share
    List<Quantity> cq =
        QuantityParser.parse(claim).stream()
            .filter(q -> !DerivedShares.isShare(q) && !DerivedDifferences.isDifference(q))
            .toList();
    if (cq.isEmpty()) {
      return Optional.empty();
    }
    List<Quantity> pq = QuantityParser.parse(passage);
    List<String> agreements = new ArrayList<>();
    Finding disagreement = null;
    Finding dispute = null;
    boolean frameOnly = true; // only durations that frame another figure agree so far
    // the passage's figures that give the level the claim's change started from ("from 6.8%"):
    // they are that earlier level, not the claim's new one told otherwise
    List<Quantity> earlier = new ArrayList<>();
    for (Quantity c : cq) {
      if (FigureRoles.base(claim, c.source())) {
        for (Quantity p : pq) {
          if (c.compareWith(p) == Quantity.Comparison.AGREES) {
            earlier.add(p);
          }
        }
      }
    }
    for (Quantity c : cq) {
      Quantity agreed = null;
      Quantity disagreed = null;
      Subject cs = null;
      Measure cm = null;
      for (Quantity p : pq) {
        Quantity.Comparison cmp = c.compareWith(p);
        if (cmp == Quantity.Comparison.UNRELATED && closeLargeFigure(c, p)) {
          // the claim's sentence often shares no other word with the passage's ("About 240,000
          // households will be affected" against "The ban covers 236,000 households"); a large
          // figure of the same noun within a few per cent is the same fact unless the guards
          // below find another subject or measure
          cmp = Quantity.Comparison.AGREES;
        }
        if (cmp != Quantity.Comparison.UNRELATED) {
          // a derived figure's subject and per-unit are read where the words it comes from stand;
          // not its measure: those words are a change ("by 50% from 24 million"), the figure the
          // level it gives, so its measure stays unread (Measure finds no text for it)
          cs = cs == null ? framed(claim, c, cq) : cs;
          cm = cm == null ? Measure.of(claim, c.text()) : cm;
          // a passage of unknown day is read as of the article's
          Subject[] pair =
              FigureFrames.resolvePair(
                  cs, claimDay, framed(passage, p, pq), passageDay != null ? passageDay : claimDay);
          Subject ps = pair[1];
          if (pair[0].differsFrom(ps, story) != null
              // a figure the claim states for another period ("twice last year's amount") meets
              // only a figure whose clause names a year
              || (DerivedFigures.ofLastYear(c)
                  && !FigureFrames.namesItsOwnYear(
                      Subject.of(passage, p.source()),
                      FigureFrames.takenTimes(passage, p.source(), sources(pq))))
              || FigureFrames.otherYear(
                      cs,
                      passage,
                      p.source(),
                      passageDay,
                      claimDay,
                      FigureFrames.ownEarlierYear(passage, p.source(), passageDay, claimDay))
                  != null
              || FigureFrames.predecessor(claim, c.source(), passage, p.source()) != null
              || FigureFrames.firstOfAnother(claim, c.source(), passage, p.source()) != null
              || FigureFrames.otherPart(claim, c.source(), passage, p.source()) != null
              || FigureFrames.arm(claim, c.source(), passage, p.source()) != null
              || FigureFrames.otherOwner(cs, ps, passage, p.source()) != null
              || SubjectHead.other(claim, c.source(), passage, p.source()) != null
              || FigureFrames.otherRoute(claim, passage) != null
              || FigureFrames.pastEvent(cs, ps, claimDay) != null
              || cs.actsOtherwise(c.thing(), ps) != null
              || cm.differsFrom(Measure.of(passage, p.text()), c.thing()) != null
              || perOther(claim, c.source(), passage, p.source())
              || DerivedDifferences.otherDifference(claim, c, passage, p) != null
              || (!derived(p)
                  && FigureRoles.otherRole(claim, c.source(), passage, p.source()) != null)) {
            // the same kind of figure for another subject, or another measure of the same noun
            cmp = Quantity.Comparison.UNRELATED;
          }
        }
        if (cmp == Quantity.Comparison.DISAGREES
            && !derived(p)
            && (earlier.contains(p)
                || otherScale(c, p)
                || FigureFrames.oldAgainstCurrent(claim, c.source(), passage, p.source()) != null
                || FigureFrames.firstAgainstLater(claim, c.source(), passage, p.source()) != null
                || (FigureRoles.noVoteAgainst(claim, c.source(), passage, p.source()) != null
                    && !FigureFrames.levelOfTheClaimsYear(
                        claim, c.source(), claimDay, passage, p.source(), passageDay))
                || (DURATION_THINGS.contains(c.thing())
                    && FigureRoles.otherEvent(claim, c.text(), passage, p.text()) != null))) {
          // the earlier level of a change, an add-on or one step of a whole: another figure of
          // the story, not the claim's figure told otherwise
          cmp = Quantity.Comparison.UNRELATED;
        }
        if (cmp == Quantity.Comparison.AGREES && agreed == null) {
          agreed = p;
        } else if (cmp == Quantity.Comparison.DISAGREES && disagreed == null) {
          disagreed = p;
        } else if (cmp == Quantity.Comparison.DISAGREES && boundWrittenAt(c, p)) {
          disagreed = p;
        }
      }
      if (agreed != null && disagreed != null && boundWrittenAt(c, disagreed)) {
        // "less than ten championships" against a passage with "ten championships" (the
        // women's) and "four championships" (the men's): the exact figure is the one the claim
        // speaks of
        agreed = null;
      }
      if (agreed != null && disagreed != null && oneSided(c)) {
        // "at most 15 euros" against "18 euros for adults and 9 for children": a bound speaks of
        // every figure of its thing, and one beyond it breaks it
        agreed = null;
      }
      if (agreed != null && dispute == null) {
        String why = disputedAfter(passage, agreed.source());
        if (why != null) {
          dispute =
              new Finding(
                  DISPUTE,
                  "note",
                  "The evidence reports \""
                      + agreed.text()
                      + "\" but disputes it (\""
                      + why
                      + "\"): evidence on both sides.");
        }
      }
      if (agreed != null) {
        // the level a change started from agreeing alone says nothing of the change's result
        frameOnly &= cq.size() > 1 && (timeFrame(claim, c) || FigureRoles.base(claim, c.source()));
        agreements.add("\"" + c.text() + "\" agrees with \"" + agreed.text() + "\"");
      } else if (disagreed != null && disagreement == null && !writtenElsewhere(c, pq)) {
        disagreement =
            new Finding(
                "quantity",
                "disagrees",
                "The claim says \""
                    + c.text()
                    + "\" but the evidence says \""
                    + disagreed.text()
                    + "\".");
      }
    }
    if (frameOnly) {
      // "in the first ten months" agreeing says nothing of "cargo volumes fell by 3%"
      agreements.clear();
    }
    Finding agreement =
        agreements.isEmpty()
            ? null
            : new Finding(
                "quantity",
                "agrees",
                "The claim's " + String.join(" and ", agreements) + " in the evidence.");
    if (dispute != null) {
      return Optional.of(dispute);
    }
    return Optional.ofNullable(disagreement != null ? disagreement : agreement);
  }

  /**
   * The subject of the figure {@code q} of {@code text} with its year read against {@code day}: the
   * times its clause's other figures name right after them left out ({@link
   * FigureFrames#withoutTaken}), relative years made calendar years ({@link FigureFrames#resolve}).
   */
  private static Subject framed(String text, Quantity q, List<Quantity> all) {
    Subject s = Subject.of(text, q.source());
    return FigureFrames.withoutTaken(s, FigureFrames.takenTimes(text, q.source(), sources(all)));
  }

  /** The words each figure is read from. */
  private static List<String> sources(List<Quantity> all) {
    List<String> out = new ArrayList<>();
    for (Quantity o : all) {
      out.add(o.source());
    }
    return out;
  }

  /** How many times apart two figures of one unit are when they are of another measure. */
  static final double SCALE_APART = 100;

  /**
   * True when two figures of one unit are {@link #SCALE_APART} times apart or more and begin with
   * other digits: a 59-euro fare is no figure against an 18-million-euro subsidy, and a train's 320
   * seats none against a year's 90,000 passengers. "214 million" against "214,000" begins with the
   * same digits: a misread scale, still a disagreement.
   */
  static boolean otherScale(Quantity c, Quantity p) {
    double lo = Math.min(Math.abs(c.value()), Math.abs(p.value()));
    double hi = Math.max(Math.abs(c.value()), Math.abs(p.value()));
    if (lo == 0 || hi / lo < SCALE_APART) {
      return false;
    }
    return !leadingDigits(c.value()).equals(leadingDigits(p.value()));
  }

  /** The first two significant digits of {@code v}: "21" of 214,000 and of 214 million. */
  private static String leadingDigits(double v) {
    String digits =
        new java.math.BigDecimal(Math.abs(v)).stripTrailingZeros().unscaledValue().toString();
    return digits.substring(0, Math.min(2, digits.length()));
  }

  /** The smallest figure that may agree on its noun alone: small counts repeat by chance. */
  static final double LARGE = 100;

  /**
   * Figures that point at one value; a bound ("more than 2,000 objects") holds too many figures to
   * agree on its noun alone.
   */
  private static final Set<Approx> POINTED =
      Set.of(Approx.EXACT, Approx.ABOUT, Approx.NEARLY, Approx.RANGE);

  /** Bounds a journalist rounds a figure to: "more than 1,800" for 1,840. */
  private static final Set<Approx> BOUNDS =
      Set.of(Approx.MORE_THAN, Approx.AT_LEAST, Approx.LESS_THAN, Approx.UP_TO);

  /** How far, relative to the claim's figure, a figure agreeing on its noun alone may lie. */
  static final double CLOSE = 0.05;

  /**
   * True when {@code p} is a figure of at least {@link #LARGE} for the claim figure {@code c}'s own
   * unit or counted noun that agrees with it and lies within {@link #CLOSE} of it, and {@code c} is
   * no bound: the claim's "150 extra buses" and the passage's "150 extra buses", though their
   * sentences share no other word.
   */
  static boolean closeLargeFigure(Quantity c, Quantity p) {
    return c.value() >= LARGE
        // or a bound just short of a pointed figure: "more than 1,800 volunteers" for "some 1,840
        // volunteers" (the compared values must then lie beyond the bound)
        && (POINTED.contains(c.approx())
            || (BOUNDS.contains(c.approx()) && POINTED.contains(p.approx())))
        && c.sameNoun(p)
        && c.compareValue(p) == Quantity.Comparison.AGREES
        && Math.abs(p.value() - c.value()) <= CLOSE * c.value()
        && Math.abs(p.upper() - c.upper()) <= CLOSE * c.upper();
  }

  /**
   * The words that dispute the figure {@code figure} of {@code passage}: a dispute marker after it
   * in its sentence or in the next one ("... the ministry disputes the figure"), or null.
   */
  static String disputedAfter(String passage, String figure) {
    int at = passage.indexOf(figure);
    if (at < 0 && figure.contains(" ")) {
      at = passage.indexOf(figure.substring(0, figure.lastIndexOf(' ')));
    }
    if (at < 0) {
      return null;
    }
    int end = passage.length();
    int sentences = 0;
    for (int i = at; i < passage.length() - 1; i++) {
      char ch = passage.charAt(i);
      if ((ch == '.' || ch == '!' || ch == '?') && Character.isWhitespace(passage.charAt(i + 1))) {
        if (++sentences == 2) {
          end = i;
          break;
        }
      }
    }
    Matcher m = DISPUTED.matcher(passage).region(at, end);
    if (!m.find()) {
      return null;
    }
    int from = Math.max(at, passage.lastIndexOf(' ', Math.max(at, m.start() - 20)) + 1);
    int to = Math.min(end, m.end() + 12);
    return passage.substring(from, to).strip();
  }

  /**
   * True for a figure derived from other words ("3.03 times (3,100 to 9,400)" from "rose from 3,100
   * to 9,400"): its words are a change and its base, so their roles say nothing of it.
   */
  private static boolean derived(Quantity p) {
    return !p.source().equals(p.text());
  }

  /** The things of durations: the base unit of time and the calendar units figures keep. */
  private static final Set<String> DURATION_THINGS =
      Set.of("minute", "second", "hour", "day", "week", "month", "year", "decade");

  /** "each household", "per pupil", "every visitor": what a figure is shared out over. */
  private static final Pattern PER = Pattern.compile("(?i)\\b(?:each|every|per)\\s+(\\p{L}+)");

  /** Time words after "each" or "per": a rate in time, which {@link Measure} weighs. */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "day", "week", "month", "year", "hour", "minute", "night", "morning", "evening",
          "weekday", "weekend", "season", "quarter", "term", "time", "other", "one", "cent");

  /** Function words after "each" or "every" that name nothing shared out over. */
  private static final Set<String> NOT_OVER =
      Set.of(
          "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by",
          "its", "their", "his", "her", "our", "this", "that", "these", "those", "such", "single",
          "so", "bit");

  /**
   * What the figure {@code figure} of {@code text} is shared out over ("Each household may use 120
   * litres" gives household), stemmed, from its part of the text between semicolons; "" for none.
   */
  static String per(String text, String figure) {
    int at = text.indexOf(figure);
    String part = at < 0 ? text : Subject.part(text, at);
    Matcher m = PER.matcher(part);
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      if (NOT_OVER.contains(w) || NumberWords.isNumberWord(w)) {
        continue; // "Each of the 12 ferries", "every two weeks"
      }
      if (!TIME_WORDS.contains(w) && !TIME_WORDS.contains(TextSignals.stem(w))) {
        return TextSignals.stem(w);
      }
    }
    return "";
  }

  /**
   * True when one figure is shared out over something ("each household may use 120 litres a day")
   * and the other is not, or over something else: a total ("Ormsund uses 95.6 million litres a
   * day") is another measure than an allowance per household.
   */
  static boolean perOther(String claim, String claimFigure, String passage, String passageFigure) {
    String c = per(claim, claimFigure);
    String p = per(passage, passageFigure);
    if (c.equals(p)) {
      return false;
    }
    if (!c.isEmpty() && !p.isEmpty()) {
      return true;
    }
    String over = c.isEmpty() ? p : c;
    String other = c.isEmpty() ? claim : passage;
    // the other side may say it without "each" ("the households' allowance"), as a whole word:
    // "car" is not in "scarce"
    for (String w : other.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty() && (w.equals(over) || TextSignals.stem(w).equals(over))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A duration after "in the first", "over the past", "during the last": the claim's time frame.
   */
  private static final Pattern FRAME =
      Pattern.compile(
          "(?i)\\b(?:in|over|during|within|for)\\s+(?:the\\s+)?(?:first|last|past|previous|next|coming)\\s+$");

  private static final Set<String> DURATIONS =
      Set.of("year", "month", "week", "day", "hour", "minute", "decade");

  /**
   * True when the claim's figure {@code c} is a duration that frames another figure of the claim
   * ("fell by 3% in the first ten months"): it agreeing alone does not confirm the claim.
   */
  static boolean timeFrame(String claim, Quantity c) {
    if (!DURATIONS.contains(c.thing())) {
      return false;
    }
    int at = claim.indexOf(c.text());
    return at > 0 && FRAME.matcher(claim.substring(Math.max(0, at - 40), at)).find();
  }

  /**
   * True when the claim bounds a figure strictly ("less than ten", "more than 31%") and the
   * evidence figure is that very number: the claim was written from it and contradicts it.
   */
  private static boolean boundWrittenAt(Quantity c, Quantity p) {
    return (c.approx() == Approx.LESS_THAN || c.approx() == Approx.MORE_THAN)
        && p.approx() == Approx.EXACT
        && p.value() == c.value()
        && p.upper() == c.upper();
  }

  /**
   * True for a bound that holds every figure of its thing: "at most", "no more than", "at least".
   */
  private static boolean oneSided(Quantity c) {
    return c.approx() == Approx.UP_TO || c.approx() == Approx.AT_LEAST;
  }

  /**
   * True when the passage has the claim's exact figure for something the parser could not tie to
   * the claim's noun ("560 discharged" beside "2,532 cases"): then a different figure for the noun
   * is no disagreement. Bounds are left out ("more than 61%" is refuted by "61%").
   */
  private static boolean writtenElsewhere(Quantity c, List<Quantity> pq) {
    if (c.approx() != Approx.EXACT && c.approx() != Approx.ABOUT) {
      return false;
    }
    return pq.stream()
        .anyMatch(
            p -> p.value() == c.value() && p.upper() == c.upper() && !p.thing().equals(c.thing()));
  }
}
