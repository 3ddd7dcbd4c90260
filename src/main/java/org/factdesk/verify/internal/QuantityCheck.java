package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
              + "|(?:figure|number|toll|estimate|count|claim) (?:is|was|were|are) (?:wrong|false"
              + "|incorrect|inaccurate|untrue|too high|too low))\\b",
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
   * As {@link #check(String, String, Set)}, with the article's day and the passage's day of
   * publication (either may be null): a claim's "last year" is then a year, and a disagreeing
   * figure of another year is no vote against the claim (see {@link #otherYear}).
   */
  public static Optional<Finding> check(
      String claim, String passage, Set<String> story, LocalDate article, LocalDate published) {
    List<Quantity> cq = QuantityParser.parse(claim);
    if (cq.isEmpty()) {
      return Optional.empty();
    }
    List<Quantity> pq = QuantityParser.parse(passage);
    List<String> agreements = new ArrayList<>();
    Finding disagreement = null;
    Finding dispute = null;
    boolean frameOnly = true; // only durations that frame another figure agree so far
    for (Quantity c : cq) {
      Quantity agreed = null;
      Quantity disagreed = null;
      Subject cs = null;
      Measure cm = null;
      for (Quantity p : pq) {
        Quantity.Comparison cmp = c.compareWith(p);
        if (cmp != Quantity.Comparison.UNRELATED) {
          // a derived figure's subject and per-unit are read where the words it comes from stand;
          // not its measure: those words are a change ("by 50% from 24 million"), the figure the
          // level it gives, so its measure stays unread (Measure finds no text for it)
          cs = cs == null ? Subject.of(claim, c.source()) : cs;
          cm = cm == null ? Measure.of(claim, c.text()) : cm;
          Subject ps = Subject.of(passage, p.source());
          if (cs.differsFrom(ps, story) != null
              || cs.actsOtherwise(c.thing(), ps) != null
              || cm.differsFrom(Measure.of(passage, p.text()), c.thing()) != null
              || perOther(claim, c.source(), passage, p.source())
              || otherRoute(claim, passage) != null) {
            // the same kind of figure for another subject, or another measure of the same noun
            cmp = Quantity.Comparison.UNRELATED;
          } else if (cmp == Quantity.Comparison.DISAGREES
              && (notAgainst(claim, c, passage, p) != null
                  || otherYear(claim, c.text(), article, passage, p.text(), published))) {
            // a figure of another scale, a part or the whole: no vote against the claim's
            cmp = Quantity.Comparison.UNRELATED;
          }
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
        frameOnly &= cq.size() > 1 && timeFrame(claim, c);
        agreements.add("\"" + c.text() + "\" agrees with \"" + agreed.text() + "\"");
      } else if (disagreed != null
          && disagreement == null
          && !writtenElsewhere(c, pq, claim, passage)) {
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
   * True when {@code sentence}'s figures for the claim's counted nouns all measure something else
   * ({@link Measure#differsFrom}: "31 animals died ..., not 9" against "Kelda Zoo keeps 1,400
   * animals"), so a figure it sets against another one is no counter to the claim's; false when it
   * has no figure for them.
   */
  public static boolean otherMeasureOnly(String claim, String sentence) {
    boolean any = false;
    for (Quantity c : QuantityParser.parse(claim)) {
      Measure cm = Measure.of(claim, c.text());
      for (Quantity p : QuantityParser.parse(sentence)) {
        if (!c.sameThing(p)) {
          continue;
        }
        if (cm.differsFrom(Measure.of(sentence, p.text()), c.thing()) == null) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * A figure set against another source's: "well below the tourism office's estimate", "higher than
   * the union's figure".
   */
  private static final Pattern AGAINST_ANOTHER =
      Pattern.compile(
          "(?i)\\b(?:below|above|short of|lower than|higher than|less than|more than|half)\\s+"
              + "(?:the\\s+|an?\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:estimates?|figures?|claims?"
              + "|counts?|forecasts?)\\b");

  /**
   * Whether {@code passage} disputes or sets its figure against another source's ({@link
   * #DISPUTED}, {@link #AGAINST_ANOTHER}): then it is a counter-claim, not a newer report of a
   * changing measure, and {@link Recency} must not set the older report aside for it.
   */
  public static boolean countersAnother(String passage) {
    return DISPUTED.matcher(passage).find() || AGAINST_ANOTHER.matcher(passage).find();
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
  private static boolean writtenElsewhere(
      Quantity c, List<Quantity> pq, String claim, String passage) {
    if (c.approx() != Approx.EXACT && c.approx() != Approx.ABOUT) {
      return false;
    }
    return pq.stream()
        .anyMatch(
            p ->
                p.value() == c.value()
                    && p.upper() == c.upper()
                    && !p.thing().equals(c.thing())
                    // "in nearby Lorm 31 roofs were damaged": another place's figure, not the
                    // claim's written elsewhere
                    && !Subject.of(claim, c.text()).ownedByOther(Subject.of(passage, p.text())));
  }

  /** "from Vesterby to the capital": a route's origin and destination, in words. */
  private static final Pattern FROM_TO =
      Pattern.compile(
          "(?i)\\bfrom\\s+(?:the\\s+)?(\\p{L}[\\p{L}'’-]*)\\s+to\\s+(?:the\\s+)?(\\p{L}[\\p{L}'’-]*)");

  /** "the airport line", "the Vesterby route": a line named by the word before it. */
  private static final Pattern LINE =
      Pattern.compile("(?i)\\bthe\\s+(\\p{L}[\\p{L}'’-]*)\\s+(?:line|route|branch)\\b");

  /**
   * Why the passage's figures are for another route or line than the claim's, or null: both name a
   * route "from A to B" and the destinations differ ("to the capital" against "to the airport"), or
   * both name "the X line" and share no X ("the Vesterby line" against "the airport line").
   */
  static String otherRoute(String claim, String passage) {
    Set<String> cd = group(FROM_TO, claim, 2);
    Set<String> pd = group(FROM_TO, passage, 2);
    if (!cd.isEmpty() && !pd.isEmpty() && cd.stream().noneMatch(pd::contains)) {
      return "it is for a route to " + String.join(", ", pd);
    }
    Set<String> cl = group(LINE, claim, 1);
    Set<String> pl = group(LINE, passage, 1);
    if (!cl.isEmpty() && !pl.isEmpty() && cl.stream().noneMatch(pl::contains)) {
      return "it is for the " + String.join(", ", pl) + " line";
    }
    return null;
  }

  private static Set<String> group(Pattern p, String text, int group) {
    Set<String> out = new TreeSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(group).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** "last year", "this year", "next year": a year relative to the text's day. */
  private static final Pattern RELATIVE_YEAR =
      Pattern.compile("(?i)\\b(last|this|next|previous|past|current) year\\b");

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /**
   * The years the clause of {@code figure} in {@code text} names: four-digit years and "last",
   * "this" or "next year" read against {@code day} (left out when {@code day} is null).
   */
  static Set<Integer> years(String text, String figure, LocalDate day) {
    int at = text.indexOf(figure);
    if (at < 0) {
      return Set.of();
    }
    int[] span = Subject.clauseSpan(text, at);
    String clause = Subject.part(text.substring(span[0], span[1]), Math.max(0, at - span[0]));
    Set<Integer> out = new TreeSet<>();
    Matcher y = YEAR.matcher(clause);
    while (y.find()) {
      out.add(Integer.parseInt(y.group()));
    }
    Matcher r = RELATIVE_YEAR.matcher(clause);
    while (day != null && r.find()) {
      String w = r.group(1).toLowerCase(Locale.ROOT);
      out.add(
          day.getYear()
              + (w.equals("last") || w.equals("previous") || w.equals("past")
                  ? -1
                  : w.equals("next") ? 1 : 0));
    }
    return out;
  }

  /**
   * True when the evidence's figure is for another year than the claim's: the claim names a year
   * ("last year" in an article of 2026 is 2025) and the evidence's clause names others, or names
   * none and was published in the second half of a later year or after (a report of September 2026
   * that names no year speaks of its own time, not of 2025). A time of year is left to {@link
   * Subject}.
   */
  static boolean otherYear(
      String claim,
      String claimFigure,
      LocalDate article,
      String passage,
      String passageFigure,
      LocalDate published) {
    Set<Integer> cy = years(claim, claimFigure, article);
    if (cy.isEmpty()) {
      return false;
    }
    Set<Integer> py = years(passage, passageFigure, published);
    if (py.isEmpty()) {
      int last = cy.stream().mapToInt(Integer::intValue).max().orElseThrow();
      return published != null && !published.isBefore(LocalDate.of(last + 1, 7, 1));
    }
    return py.stream().noneMatch(cy::contains);
  }

  /** Figures this many times apart are two measures, unless one misplaces the other's scale. */
  static final double SCALE_APART = 100;

  /**
   * Why the evidence's figure {@code p}, which disagrees with the claim's {@code c}, is no vote
   * against it, or null. A disagreeing figure must be the claim's measure with another value; it is
   * not when it is of another scale ("2.1 million euros" snowmaking against a "58 euros" day pass,
   * "3.5 metres" against "600 kilometres": a hundred times apart or more, with other leading
   * digits, so not "214 million" misread as "214,000"), when one side marks its figure as a part of
   * something ("the machine alone costs", "of whom 2,300 work in") and the other does not, or when
   * the evidence marks its figure as that of a larger whole ("across its whole network") and the
   * claim does not. Agreement is left alone: a figure that agrees needs no such guard.
   */
  static String notAgainst(String claim, Quantity c, String passage, Quantity p) {
    double lo = Math.min(Math.abs(c.value()), Math.abs(p.value()));
    double hi = Math.max(Math.abs(c.value()), Math.abs(p.value()));
    if (lo > 0 && hi / lo >= SCALE_APART && !sameDigits(c.value(), p.value())) {
      return "it is a figure of another scale";
    }
    boolean cp = part(claim, c.text());
    boolean pp = part(passage, p.text());
    if (cp != pp) {
      return pp ? "it is a part" : "the claim's figure is a part";
    }
    if (whole(passage, p.text()) && !whole(claim, c.text())) {
      return "it is the whole";
    }
    return null;
  }

  /** Whether two figures have the same two leading digits ("214 million" and "214,000"). */
  static boolean sameDigits(double a, double b) {
    return Math.abs(lead(a) - lead(b)) < 1e-6;
  }

  private static double lead(double v) {
    double x = Math.abs(v);
    if (x == 0) {
      return 0;
    }
    double m = x / Math.pow(10, Math.floor(Math.log10(x)));
    return Math.round(m * 10) / 10.0;
  }

  /** "alone" in the subject before a figure, or "of which", "of whom", "including" just before. */
  private static final Pattern PART_BEFORE =
      Pattern.compile(
          "(?i)(?:\\balone\\b[^,;]*|\\b(?:of (?:which|whom)|including|among them)\\s+)$");

  /**
   * Words near a figure that make it the figure of a larger whole: "across its whole network", "the
   * entire fleet". ("In all" and "in total" sum up the claim's own thing: "In all, 124 homes were
   * damaged".)
   */
  private static final Pattern WHOLE = Pattern.compile("(?i)\\b(?:whole|entire)\\b");

  /** Whether the figure {@code figure} of {@code text} is marked as a part of something. */
  static boolean part(String text, String figure) {
    int at = text.indexOf(figure);
    if (at < 0) {
      return false;
    }
    int from = Subject.clauseSpan(text, at)[0];
    return PART_BEFORE.matcher(text.substring(from, at)).find();
  }

  /**
   * Whether the figure {@code figure} of {@code text} is marked as a whole in its own stretch of
   * words (up to a comma, a semicolon, "while", "whereas" or "but" either side).
   */
  static boolean whole(String text, String figure) {
    int at = text.indexOf(figure);
    if (at < 0) {
      return false;
    }
    String before = text.substring(0, at);
    String after = text.substring(at + figure.length());
    Matcher b = STRETCH_END.matcher(before);
    int from = 0;
    while (b.find()) {
      from = b.end();
    }
    Matcher a = STRETCH_END.matcher(after);
    int to = a.find() ? a.start() : after.length();
    return WHOLE.matcher(before.substring(from)).find()
        || WHOLE.matcher(after.substring(0, to)).find();
  }

  private static final Pattern STRETCH_END =
      Pattern.compile("(?i)[,;.:!?]|\\b(?:while|whereas|but)\\b");
}
