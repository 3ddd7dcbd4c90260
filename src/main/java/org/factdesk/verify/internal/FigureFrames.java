package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frame a figure belongs to beside {@link Subject}: which year (relative years read against the
 * day the text was written), which edition ("last year's festival", "a 2019 plan"), a predecessor
 * ("an earlier trial", "the previous plan", "the old service" against "the new train"), a trial arm
 * ("in the placebo group"), an owner named right before the figure, a route ("Marlby to Oskar"). A
 * figure of another frame is noted, not compared. Each rule needs the frame to be written on the
 * side it mutes: a text that names no year, edition, predecessor, arm, owner or route keeps its
 * figures (session 10's guards, which muted on what was not written, lost blind claims).
 */
public final class FigureFrames {
  private FigureFrames() {}

  private static final Pattern RELATIVE =
      Pattern.compile("^(this|last|next) (year|season|winter)$", Pattern.CASE_INSENSITIVE);

  /** A calendar year, or a season across two years ("2025-26"). */
  private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d\\d(?:-\\d\\d)?$");

  /** The month from which "this season" is the season that starts in the day's year. */
  private static final int SEASON_STARTS = 7;

  /**
   * The subject {@code s} with its relative years ("last year") read as calendar years, and its
   * relative seasons ("last season") as seasons ("2025-26"), against the day {@code day} the text
   * was written; unchanged when the day is unknown. "Last year" in an article of 2026 and "in 2025"
   * in a passage are then one year, and "this year" in a report of 2025 is not the article's "this
   * year".
   */
  static Subject resolve(Subject s, LocalDate day) {
    if (day == null || s.times().stream().noneMatch(t -> RELATIVE.matcher(t).matches())) {
      return s;
    }
    Set<String> times = new TreeSet<>();
    for (String t : s.times()) {
      Matcher m = RELATIVE.matcher(t);
      if (!m.matches()) {
        times.add(t);
        continue;
      }
      int shift =
          switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
          };
      if (!m.group(2).equalsIgnoreCase("year")) {
        // a season across two years, from summer to spring: "last season" written in December
        // 2026 is 2025-26, and written in May 2026 it is 2024-25; a winter is read the same way
        // ("this winter" written in April 2026 is the winter of 2025-26, written in December 2026
        // that of 2026-27, whose "last winter" is 2025-26)
        int start = day.getYear() + shift - (day.getMonthValue() < SEASON_STARTS ? 1 : 0);
        times.add(String.format(Locale.ROOT, "%d-%02d", start, (start + 1) % 100));
      } else {
        times.add(Integer.toString(day.getYear() + shift));
      }
    }
    return new Subject(s.names(), s.actors(), s.scopes(), times, s.actions());
  }

  /**
   * The two subjects with their relative years resolved ({@link #resolve}) when both name a year,
   * relative or calendar; else as they are: a month without a year ("since October") is of the
   * article's year, and a resolved "this year" must not be set against it.
   */
  static Subject[] resolvePair(Subject claim, LocalDate claimDay, Subject evidence, LocalDate day) {
    if (!namesAYear(claim) || !namesAYear(evidence)) {
      return new Subject[] {claim, evidence};
    }
    return new Subject[] {resolve(claim, claimDay), resolve(evidence, day)};
  }

  /**
   * True when the subject's clause names a year that no other figure of it names right after itself
   * ({@code taken}): "rose to 3.6 million euros from 2.4 million euros last year" names no year of
   * the 3.6 million's own.
   */
  static boolean namesItsOwnYear(Subject s, Set<String> taken) {
    return s.times().stream()
        .anyMatch(
            t ->
                !taken.contains(t) && (YEAR.matcher(t).matches() || RELATIVE.matcher(t).matches()));
  }

  /** True when the subject's times hold a calendar or relative year. */
  static boolean namesAYear(Subject s) {
    return s.times().stream()
        .anyMatch(t -> YEAR.matcher(t).matches() || RELATIVE.matcher(t).matches());
  }

  /**
   * The subject {@code s} of a figure that names no time of its own, in a clause whose other
   * figures take some of its times ("Some 41,800 people came this year, up from 35,000 in 2025":
   * 2025 is the 35,000's, so the 41,800 is this year's): those times are left out when others
   * remain. {@code taken} are the times the clause's other figures name right after them.
   */
  static Subject withoutTaken(Subject s, Set<String> taken) {
    if (s.times().size() < 2 || taken.isEmpty()) {
      return s;
    }
    Set<String> rest = new TreeSet<>(s.times());
    rest.removeAll(taken);
    if (rest.isEmpty() || rest.size() == s.times().size()) {
      return s;
    }
    return new Subject(s.names(), s.actors(), s.scopes(), rest, s.actions());
  }

  /** Lemmas of a count of the dead or the injured: such a count belongs to one event. */
  private static final Set<String> CASUALTY = Set.of("die", "kill", "injure", "wound");

  /**
   * Why the passage's count of the dead or injured is another event's than the claim's, or null: a
   * claim that names no year counts the casualties of its article's event, and a passage whose
   * clause dates its count to a year before the article's previous year ("In 2018 four workers died
   * in a warehouse fire") counts those of an earlier one.
   */
  static String pastEvent(Subject claim, Subject passage, LocalDate articleDay) {
    if (articleDay == null
        || !claim.times().isEmpty()
        || claim.actions().stream().noneMatch(CASUALTY::contains)) {
      return null;
    }
    for (String t : passage.times()) {
      if (t.length() == 4
          && YEAR.matcher(t).matches()
          && Integer.parseInt(t) < articleDay.getYear() - 1) {
        return "it counts the casualties of " + t;
      }
    }
    return null;
  }

  /**
   * A year that names an edition or a version before a noun: "last year's festival", "this year's
   * line-up", "a 2019 plan", "the 2025 edition".
   */
  private static final Pattern YEAR_OF_A_THING =
      Pattern.compile(
          "\\b(?:(?<rel>this|last|next)\\s+year(?:'s|’s)|(?:the|an?|its|their)\\s+"
              + "(?<cal>(?:19|20)\\d\\d)(?=\\s+\\p{L}))",
          Pattern.CASE_INSENSITIVE);

  /**
   * Why a passage figure is of another edition than a claim that names no time, or null. A claim
   * that names no time speaks of its article's edition of a thing; a passage's figure is of another
   * when its clause names the edition's year before a noun ("at last year's festival", "a 2019
   * plan") and that year is not the article's, or when the passage calls an earlier year its own
   * ("this year" in a report of 2025, {@code ownEarlierYear}). A year that only dates a count
   * ("brought 59,000 visitors last year") is kept: a claim often leaves out the year of the last
   * count.
   */
  static String otherYear(
      Subject claim,
      String passage,
      String passageFigure,
      LocalDate published,
      LocalDate articleDay,
      boolean ownEarlierYear) {
    if (articleDay == null || !claim.times().isEmpty()) {
      return null;
    }
    if (ownEarlierYear) {
      return "it is for " + published.getYear();
    }
    int at = passage.indexOf(passageFigure);
    if (at < 0) {
      return null;
    }
    int[] span = Subject.clauseSpan(passage, at);
    Matcher m = YEAR_OF_A_THING.matcher(passage).region(span[0], span[1]);
    LocalDate day = published != null ? published : articleDay;
    Set<Integer> years = new TreeSet<>();
    while (m.find()) {
      if (m.group("cal") != null) {
        years.add(Integer.parseInt(m.group("cal")));
      } else {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        years.add(day.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0));
      }
    }
    if (years.isEmpty() || years.contains(articleDay.getYear())) {
      return null;
    }
    return "it is for " + years.iterator().next();
  }

  /** "this year" in the clause of a figure. */
  private static final Pattern THIS_YEAR =
      Pattern.compile("\\bthis\\s+year(?:'s|’s)?\\b", Pattern.CASE_INSENSITIVE);

  /**
   * True when the clause of {@code figure} in {@code passage} says "this year" and the passage was
   * written in an earlier year than {@code articleDay}: it reports its own year's figure.
   */
  static boolean ownEarlierYear(
      String passage, String figure, LocalDate published, LocalDate articleDay) {
    if (published == null || articleDay == null || published.getYear() >= articleDay.getYear()) {
      return false;
    }
    int at = passage.indexOf(figure);
    if (at < 0) {
      return false;
    }
    int[] span = Subject.clauseSpan(passage, at);
    return THIS_YEAR.matcher(passage.substring(span[0], span[1])).find();
  }

  /**
   * A predecessor named before the figure in its clause: "an earlier, smaller trial", "the previous
   * plan", "the prior study" (not "the former mayor": a person's past title, not another frame).
   */
  private static final Pattern PREDECESSOR =
      Pattern.compile(
          "\\b(?:an?|the|its|their|his|her)\\s+(?:earlier|previous|prior)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "the old service" against "the new train": an old thing and its new one. */
  private static final Pattern OLD =
      Pattern.compile("\\b(?:the|its|their|an?)\\s+old\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern NEW =
      Pattern.compile("\\b(?:the|its|their|an?)\\s+new\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Why the two figures belong to a thing and its predecessor, or null: one clause names "an
   * earlier" or "the previous" thing before its figure and the other does not; or one names "the
   * old" thing and the other "the new" one.
   */
  static String predecessor(
      String claim, String claimFigure, String passage, String passageFigure) {
    String c = clauseBefore(claim, claimFigure);
    String p = clauseBefore(passage, passageFigure);
    if (c == null || p == null) {
      return null;
    }
    boolean cp = PREDECESSOR.matcher(c).find();
    boolean pp = PREDECESSOR.matcher(p).find();
    // the other side may name the predecessor after its figure: "more than 300,000 containers
    // above the previous record" and "the previous record was beaten by 180,000 containers"
    if ((pp && !cp && !PREDECESSOR.matcher(clause(claim, claimFigure)).find())
        || (cp && !pp && !PREDECESSOR.matcher(clause(passage, passageFigure)).find())) {
      return "it is for " + (pp ? "an earlier one" : "a later one");
    }
    boolean co = OLD.matcher(c).find();
    boolean po = OLD.matcher(p).find();
    if (co != po && (NEW.matcher(co ? p : c).find())) {
      return "it is for " + (po ? "the old one" : "the new one");
    }
    return null;
  }

  /**
   * True when the passage's figure names its own year right after it ("down from 2,500 tonnes last
   * year") and the claim's clause names that same year ("Last year's harvest was 2,900 tonnes"),
   * each relative year read against the day its text was written: the level a change started from
   * is then the level the claim speaks of, and a vote on it.
   */
  static boolean levelOfTheClaimsYear(
      String claim,
      String claimFigure,
      LocalDate claimDay,
      String passage,
      String passageFigure,
      LocalDate passageDay) {
    int at = passage.indexOf(passageFigure);
    if (at < 0 || claimDay == null) {
      return false;
    }
    int[] span = Subject.clauseSpan(passage, at);
    Set<String> own =
        Subject.ownTime(passage.substring(span[0], span[1]), at - span[0] + passageFigure.length());
    if (own == null) {
      return false;
    }
    Subject p =
        resolve(
            new Subject(List.of(), List.of(), Set.of(), own, Set.of()),
            passageDay != null ? passageDay : claimDay);
    Subject c = resolve(Subject.of(claim, claimFigure), claimDay);
    return p.times().stream().anyMatch(t -> YEAR.matcher(t).matches() && c.times().contains(t));
  }

  /**
   * Parts and places of an organisation or a project, each a thing with figures of its own. Not
   * "office": "the city's finance office said" names who speaks, not whose the figure is.
   */
  private static final String PARTS =
      "site|plant|park|branch|factory|mill|store|shop|subsidiary|farm|hall"
          + "|mine|depot|plot|warehouse|campus|yard|ward|wing|terminal";

  /** Words for the ground a project stands on: "the site", "a 104-acre plot", "the campus". */
  private static final Set<String> SITE = Set.of("site", "plot", "campus");

  /** A capitalised word: with {@link #namesAWhole}, a name the one-sided part rule needs. */
  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}+");

  /** First words that are no name (lower case): {@link FunctionWords#NOT_NAMES} and more. */
  private static final Set<String> NOT_NAMES =
      FunctionWords.with(
          FunctionWords.NOT_NAMES,
          Set.of(),
          "that",
          "these",
          "those",
          "his",
          "her",
          "our",
          "some",
          "about",
          "around",
          "nearly",
          "almost",
          "more",
          "fewer",
          "less",
          "by",
          "for",
          "last",
          "next",
          "each",
          "every",
          "all",
          "only",
          "over",
          "under",
          "up",
          "since",
          "while",
          "today",
          "now");

  /**
   * Whether the clause names someone or something (a capitalised word that is not a mere start).
   */
  private static boolean namesAWhole(String clause) {
    Matcher m = CAPITALISED.matcher(clause);
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A part named before a figure, possessed when group "own" is set: "the firm's Brattvik site".
   */
  private static final Pattern PART =
      Pattern.compile(
          "(?<own>(?:['’]s|(?<=s)['’]|\\b(?:its|their|his|her|our))\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2})?"
              + "(?:\\p{Ll}+\\s+)?\\b(?<part>(?:"
              + PARTS
              + ")s?)\\b");

  /**
   * The parts named in {@code clause} ("site"), and whether any is possessed (in {@code owned}).
   */
  private static Set<String> parts(String clause, boolean[] owned) {
    Set<String> out = new TreeSet<>();
    Matcher m = PART.matcher(clause);
    while (m.find()) {
      String part = m.group("part").toLowerCase(Locale.ROOT);
      String one =
          part.endsWith("s") && !part.equals("campus")
              ? part.substring(0, part.length() - 1)
              : part;
      out.add(SITE.contains(one) ? "site" : one);
      if (m.group("own") != null) {
        owned[0] = true;
      }
    }
    return out;
  }

  /**
   * Why the two figures are of different parts of an organisation or a project, or null: the
   * clauses before them name different parts ("A new processing hall at Brattvik will create 15
   * jobs" against "The park will create 40 jobs"), or one names a part of an owner ("Halvard's park
   * at Kvernes employs 12 people", "its Brattvik site employs 25 people") and the other none
   * ("Halvard employs 300 people"): a whole's figure is not its part's.
   */
  static String otherPart(String claim, String claimFigure, String passage, String passageFigure) {
    String c = clauseBefore(claim, claimFigure);
    String p = clauseBefore(passage, passageFigure);
    if (c == null || p == null) {
      return null;
    }
    boolean[] co = {false};
    boolean[] po = {false};
    Set<String> cp = parts(c, co);
    Set<String> pp = parts(p, po);
    if (!cp.isEmpty() && !pp.isEmpty()) {
      return cp.stream().anyMatch(pp::contains)
          ? null
          : "it is for the " + pp.iterator().next() + ", not the " + cp.iterator().next();
    }
    // the other side may name the part after its figure: "Some 4,900 people work on Velden's
    // poultry farms" against "Velden's poultry farms employ about 5,000 people"
    boolean[] none = {false};
    // and only where the other side's figure is a named whole's ("Halvard employs 300 people"),
    // not a figure of something else ("The crew worked 600 metres down" against "its mine, 640
    // metres below surface")
    if (cp.isEmpty()
        && po[0]
        && namesAWhole(c)
        && parts(clause(claim, claimFigure), none).isEmpty()) {
      return "it is for a " + pp.iterator().next() + " of it";
    }
    if (pp.isEmpty()
        && co[0]
        && namesAWhole(p)
        && parts(clause(passage, passageFigure), none).isEmpty()) {
      return "the claim's figure is for a " + cp.iterator().next() + " of it";
    }
    return null;
  }

  /**
   * A first or initial thing named before a figure: "the first print run", "its initial estimate",
   * "Halvard's original plan", "the opening day" (group 1: the word after it). Not "the first time"
   * (a record, not a frame of a count).
   */
  private static final Pattern FIRST =
      Pattern.compile(
          "(?:\\b(?:an?|the|its|their|his|her|our)|['’]s)\\s+(?:very\\s+)?"
              + "(?:first|initial|original|opening)\\s+(?!time\\b)(\\p{L}+)",
          Pattern.CASE_INSENSITIVE);

  /** The words after "first", "initial", "original" in {@code clause}, lower case. */
  private static Set<String> firsts(String clause) {
    Set<String> out = new TreeSet<>();
    Matcher m = FIRST.matcher(clause);
    while (m.find()) {
      out.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * Why the passage's figure is of a first or initial thing the claim does not speak of, or null:
   * the passage's clause names "the first print run", "an initial count", "the original plan"
   * before its figure and the claim's clause names no first thing. That figure is no evidence
   * either way for the claim's current or total figure ("has sold 42,000 copies" against "its first
   * print run of 5,000 copies"; "a 60-megawatt park" against "the original plan for 90 megawatts").
   */
  static String firstOfAnother(
      String claim, String claimFigure, String passage, String passageFigure) {
    String c = clauseBefore(claim, claimFigure);
    String p = clauseBefore(passage, passageFigure);
    if (c == null || p == null) {
      return null;
    }
    Set<String> pf = firsts(p);
    if (pf.isEmpty() || !firsts(clause(claim, claimFigure)).isEmpty()) {
      return null;
    }
    return "it is for the first or initial " + pf.iterator().next();
  }

  /**
   * Why a disagreeing passage figure is no vote against a claim's figure of a first thing, or null:
   * the claim's clause names "the first print run" before its figure and the passage's names no
   * first thing, or another ("the first day of pre-orders"). A later total or a reprint differs
   * from a first run without refuting it; a report of that time that agrees still supports it.
   */
  static String firstAgainstLater(
      String claim, String claimFigure, String passage, String passageFigure) {
    String c = clauseBefore(claim, claimFigure);
    String p = clauseBefore(passage, passageFigure);
    if (c == null || p == null) {
      return null;
    }
    Set<String> cf = firsts(c);
    if (cf.isEmpty()) {
      return null;
    }
    Set<String> pf = firsts(clause(passage, passageFigure));
    if (pf.isEmpty()) {
      return "the claim's figure is the first " + cf.iterator().next() + "'s";
    }
    return pf.stream().anyMatch(cf::contains)
        ? null
        : "the claim's figure is the first " + cf.iterator().next() + "'s, the evidence's another";
  }

  /**
   * Why a disagreeing figure is no vote against: one side's clause names "the old" thing before its
   * figure and the other's does not ("The old night train to Vetrano took 18 hours" against "The
   * journey from Marlby to Vetrano takes fourteen and a half hours").
   */
  static String oldAgainstCurrent(
      String claim, String claimFigure, String passage, String passageFigure) {
    String c = clauseBefore(claim, claimFigure);
    String p = clauseBefore(passage, passageFigure);
    if (c == null || p == null || OLD.matcher(c).find() == OLD.matcher(p).find()) {
      return null;
    }
    return "one figure is the old one's";
  }

  /**
   * A destination: a capitalised name after "to" that follows a name or a word for a route ("Marlby
   * to Vetrano", "the night train to Vetrano", "flights to Oslo").
   */
  private static final Pattern DESTINATION =
      Pattern.compile(
          "(?:\\b\\p{Lu}\\p{L}+|\\b(?:train|trains|route|line|service|flight|flights|journey|trip"
              + "|bus|buses|ferry|ferries|road|motorway|railway|link))\\s+to\\s+(\\p{Lu}\\p{L}+)");

  /** The destinations of {@code text}, lower case. */
  private static Set<String> destinations(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = DESTINATION.matcher(text);
    while (m.find()) {
      out.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * Why the passage's figure is of another route, or null: both sentences name where a route goes,
   * the destinations differ, and the passage never names the claim's ("The Marlby to Oskar night
   * train takes 11 hours" against "The night train from Marlby to Vetrano takes between 14 and 15
   * hours").
   */
  static String otherRoute(String claim, String passage) {
    Set<String> c = destinations(claim);
    Set<String> p = destinations(passage);
    if (c.isEmpty() || p.isEmpty()) {
      return null;
    }
    String lower = passage.toLowerCase(Locale.ROOT);
    for (String d : c) {
      if (p.contains(d) || lower.contains(d)) {
        return null;
      }
    }
    return "it is for the route to " + String.join(", ", p);
  }

  /** The arms of a trial that are not the treatment: "placebo", "control group", "dummy pill". */
  private static final Pattern ARM =
      Pattern.compile(
          "\\b(?:placebos?|control\\s+(?:group|arm)|dummy\\s+(?:pills?|drugs?|treatments?)|untreated)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Where a sentence turns to the other side of a comparison: "against", "compared with". */
  private static final Pattern TURN =
      Pattern.compile(
          "\\b(?:against|compared\\s+(?:with|to)|versus|vs\\.?|whereas|while)\\b|;|,\\s+and\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Why the two figures are of different arms of a trial, or null: one figure's part of its
   * sentence names the placebo or control group and the other's does not ("fell by 41% in the
   * Tussira group, against 18% in the placebo group": the 18% is the placebo group's).
   */
  static String arm(String claim, String claimFigure, String passage, String passageFigure) {
    String c = segment(claim, claimFigure);
    String p = segment(passage, passageFigure);
    if (c == null || p == null) {
      return null;
    }
    boolean ca = ARM.matcher(c).find();
    boolean pa = ARM.matcher(p).find();
    if (ca == pa) {
      return null;
    }
    return pa ? "it is the placebo or control group's" : "it is not the placebo or control group's";
  }

  /**
   * The part of the figure's sentence between the turns of a comparison around it ({@link #TURN}),
   * or null when the figure is not found.
   */
  static String segment(String text, String figure) {
    int at = text.indexOf(figure);
    if (at < 0) {
      return null;
    }
    int[] span = Subject.clauseSpan(text, at);
    int start = span[0];
    int end = span[1];
    Matcher m = TURN.matcher(text).region(span[0], span[1]);
    while (m.find()) {
      if (m.end() <= at) {
        start = m.start();
      } else if (m.start() >= at + figure.length()) {
        end = m.start();
        break;
      }
    }
    return text.substring(start, end);
  }

  /** The clause of {@code text} that holds the figure {@code figure} (it is found). */
  private static String clause(String text, String figure) {
    int[] span = Subject.clauseSpan(text, text.indexOf(figure));
    return text.substring(span[0], span[1]);
  }

  /** The clause of {@code text} up to the figure {@code figure}, or null when it is not found. */
  private static String clauseBefore(String text, String figure) {
    int at = text.indexOf(figure);
    if (at < 0) {
      return null;
    }
    int[] span = Subject.clauseSpan(text, at);
    return text.substring(span[0], at);
  }

  /**
   * Why the passage's figure is another owner's, or null: both figures have an owner named next to
   * them ({@link Subject#actors}), none of the passage's owners is named in the claim, and the
   * passage names the claim's owner only after its figure ("Opening act The Fernways played for 45
   * minutes before Mira Sol took the stage" against "Mira Sol played for nearly three hours").
   */
  static String otherOwner(Subject claim, Subject evidence, String passage, String passageFigure) {
    if (claim.actors().isEmpty() || evidence.actors().isEmpty()) {
      return null;
    }
    for (Set<String> owner : evidence.actors()) {
      for (Set<String> name : claim.names()) {
        if (owner.containsAll(name) || name.containsAll(owner)) {
          return null;
        }
      }
    }
    String before = clauseBefore(passage, passageFigure);
    if (before == null) {
      return null;
    }
    String lower = before.toLowerCase(Locale.ROOT);
    for (Set<String> owner : claim.actors()) {
      for (String w : owner) {
        if (TextSignals.hasWord(lower, w)) {
          return null;
        }
      }
    }
    return "it is about " + String.join(" ", evidence.actors().get(0));
  }

  /** The times the other figures {@code others} of {@code text} name right after themselves. */
  static Set<String> takenTimes(String text, String figure, List<String> others) {
    Set<String> out = new TreeSet<>();
    for (String o : others) {
      if (o.equals(figure)) {
        continue;
      }
      int at = text.indexOf(o);
      if (at < 0) {
        continue;
      }
      Set<String> own = Subject.ownTime(text, at + o.length());
      if (own != null) {
        out.addAll(own);
      }
    }
    return out;
  }
}
