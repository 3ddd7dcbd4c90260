package org.factdesk.verify.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which figure of a sentence is which, from the words around it: the change and the level of "cut
 * by 50 cents to 3.50 euros", the earlier level of "rose to 6.2% from 5.9%", an add-on of "a
 * further 12 million euros in bonuses", and a step of a larger whole in "the final raise of the
 * last 6 metres took 3 hours". Two figures in different roles are not set against each other (see
 * {@link #noVoteAgainst} and {@link #otherRole}); an agreeing figure of another role is still
 * evidence where the role says nothing against it (the earlier level "5.9%" is the level a
 * September report gave).
 */
public final class FigureRoles {
  private FigureRoles() {}

  private static final String QUALIFIERS =
      "(?:(?:about|around|some|nearly|almost|roughly|over|under|just|only|more than|less than"
          + "|a further|another)\\s+)*";

  /** "by" just before the figure (its qualifiers between). */
  private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby\\s+" + QUALIFIERS + "$");

  /** A level right after the change: "to 3.50 euros", "to a record 212,000". */
  private static final Pattern TO_LEVEL_AFTER =
      Pattern.compile(
          "(?i)^\\s*,?\\s*to\\s+(?:a\\s+(?:record|new|fresh)\\s+)?" + QUALIFIERS + "[€$£]?\\d");

  /** "from" before the figure: the level a change started at ("up from 1.8%", "from 5.9%"). */
  private static final Pattern FROM_BEFORE =
      Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+|a\\s+|an\\s+)?" + QUALIFIERS + "$");

  /** Words before a figure that make it an add-on: "a further 12 million", "an extra 300". */
  private static final Pattern ADD_ON_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:a\\s+further|further|another|an\\s+extra|extra|an\\s+additional|additional"
              + "|plus|on\\s+top\\s+of\\s+that)\\s+(?:(?:up\\s+to|about|around|some|nearly|almost)\\s+)?$");

  /** Words after a figure that make it an add-on: "12 million euros more", "300 extra". */
  private static final Pattern ADD_ON_AFTER =
      Pattern.compile("(?i)^\\s+(?:more|extra|on top)\\b(?!\\s+than)");

  /**
   * A step of a larger whole named before the figure in its clause: "the final raise", "the first
   * stage", "the last 6 metres" (not "the first time").
   */
  private static final Pattern STEP_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:the|its|a|their)\\s+(?:final|first|last|initial|opening|closing|second|third)"
              + "\\s+(?:\\d[\\d.,]*\\s+)?(?<step>\\p{L}+)");

  /** True when the figure is the change of a change and its level: "by 50 cents to 3.50 euros". */
  static boolean pairedChange(String text, String figure) {
    int at = at(text, figure);
    if (at < 0) {
      return false;
    }
    return BY_BEFORE.matcher(before(text, at, 40)).find()
        && TO_LEVEL_AFTER.matcher(after(text, at + figure.length(), 40)).find();
  }

  /**
   * True when the figure is a change: a paired change, or a change by the words around it ("rose by
   * 9%", "11,400 more than", "up 18%", see {@link Measure#percentKind}).
   */
  static boolean change(String text, String figure) {
    int at = at(text, figure);
    if (at < 0) {
      return false;
    }
    if (pairedChange(text, figure)) {
      return true;
    }
    int[] span = Subject.clauseSpan(text, at);
    String before = text.substring(span[0], at);
    String after = text.substring(Math.min(span[1], at + figure.length()), span[1]);
    return Measure.percentKind(before, after).equals("change");
  }

  /** Words of a change in a clause: "rose", "cut", "up from", "to 3.50 euros". */
  private static final Pattern CHANGE_IN_CLAUSE =
      Pattern.compile(
          // not a part of a hyphenated word: "line-up", "run-down", "cut-price"
          "(?i)(?<!-)\\b(?:rose|risen|rises|rise|fell|fallen|falls|fall|increased|decreased|grew"
              + "|grown|dropped|climbed|jumped|cut|raised|lowered|reduced|slipped|declined|edged|up"
              + "|down|higher|lower|more|less|fewer)\\b(?!-)|\\bto\\s+[€$£]?\\d");

  /**
   * True when the figure is the level a change started from: "rose to 6.2% from 5.9%", "up from
   * 1.8%". Its clause must speak of a change: "artists from 30 countries" is no base.
   */
  static boolean base(String text, String figure) {
    int at = at(text, figure);
    if (at < 0 || !FROM_BEFORE.matcher(before(text, at, 30)).find()) {
      return false;
    }
    int[] span = Subject.clauseSpan(text, at);
    return CHANGE_IN_CLAUSE.matcher(text.substring(span[0], span[1])).find();
  }

  /** True when the figure is paid or given on top of another: "a further 12 million euros". */
  static boolean addOn(String text, String figure) {
    int at = at(text, figure);
    if (at < 0) {
      return false;
    }
    return ADD_ON_BEFORE.matcher(before(text, at, 30)).find()
        || ADD_ON_AFTER.matcher(after(text, at + figure.length(), 12)).find();
  }

  /** True when the figure's clause names a step of a larger whole before it ("the final raise"). */
  static boolean step(String text, String figure) {
    return !stepWord(text, figure).isEmpty();
  }

  /**
   * The noun of the step of a larger whole named before the figure in its clause ("raise" of "the
   * final raise ... took 3 hours"), or "".
   */
  static String stepWord(String text, String figure) {
    int at = at(text, figure);
    if (at < 0) {
      return "";
    }
    int[] span = Subject.clauseSpan(text, at);
    String clause = text.substring(span[0], at);
    int comma = Math.max(clause.lastIndexOf(", and "), clause.lastIndexOf(", while "));
    Matcher m = STEP_BEFORE.matcher(comma < 0 ? clause : clause.substring(comma));
    while (m.find()) {
      String step = m.group("step").toLowerCase(Locale.ROOT);
      // "over the last 12 months" is a time frame, "the second largest" a rank: no step
      if (!NOT_STEPS.contains(TextSignals.stem(step)) && !step.endsWith("est")) {
        return step;
      }
    }
    return "";
  }

  /** Words after "the first", "the last" that name a time frame, not a step of something. */
  private static final java.util.Set<String> NOT_STEPS =
      java.util.Set.of(
          "time", "year", "month", "week", "day", "hour", "minute", "decade", "quarter", "season",
          "century", "half", "night", "weekend", "few", "two", "three", "four", "five");

  /**
   * Why the claim's figure and the evidence's are in different roles whatever their values, or
   * null: a paired change against a figure that is no change, or the other way round ("cut by 50
   * cents to 3.50 euros" against "the toll will be 3.50 euros": the 50 cents are no toll).
   */
  static String otherRole(String claim, String claimFigure, String passage, String passageFigure) {
    if (pairedChange(claim, claimFigure) && !change(passage, passageFigure)) {
      return "the claim's figure is a change, the evidence's a level";
    }
    if (pairedChange(passage, passageFigure) && !change(claim, claimFigure)) {
      return "the evidence's figure is a change, the claim's a level";
    }
    return null;
  }

  /**
   * Why a disagreeing evidence figure is no vote against the claim's, or null: one is the level a
   * change started from and the other is not; one is an add-on and the other not (a "further 12
   * million in bonuses" against the "240 million" contract); the evidence's figure is a step of a
   * whole ("the final raise ... took 3 hours") and the claim's is not.
   */
  static String noVoteAgainst(
      String claim, String claimFigure, String passage, String passageFigure) {
    if (base(claim, claimFigure) != base(passage, passageFigure)) {
      return "one figure is the level a change started from";
    }
    if (addOn(claim, claimFigure) != addOn(passage, passageFigure)) {
      return "one figure is paid on top of the other";
    }
    String step = stepWord(passage, passageFigure);
    if (!step.isEmpty()
        && !step(claim, claimFigure)
        && !claim.toLowerCase(Locale.ROOT).contains(TextSignals.stem(step))) {
      // "in the first wave" in the claim too: the claim speaks of that step
      return "the evidence's figure is for one step of it";
    }
    return null;
  }

  /** Verbs that give the time one event took, started late or stood still, as one another's. */
  private static final java.util.List<java.util.Set<String>> DURATION_ALIKE =
      java.util.List.of(
          java.util.Set.of("take", "last", "need", "require", "spend", "run", "continue"),
          java.util.Set.of("start", "begin", "open"),
          java.util.Set.of("close", "shut", "suspend", "halt", "stop", "block"),
          java.util.Set.of("delay", "postpone", "hold", "wait"));

  /**
   * Why a disagreeing duration of the evidence times another kind of event than the claim's, or
   * null: both figures' verbs are of the kinds of {@link #DURATION_ALIKE} and of different kinds
   * ("the lift took about 14 hours" against "the river was closed to shipping for 72 hours" or "fog
   * delayed the start by four hours"). Verbs of no kind say nothing: "was restored after 11 hours"
   * against "was working again after 9 hours" still disagree.
   */
  static String otherEvent(String claim, String claimFigure, String passage, String passageFigure) {
    java.util.Set<String> c = lateness(claim, claimFigure, acts(claim, claimFigure));
    java.util.Set<String> p = lateness(passage, passageFigure, acts(passage, passageFigure));
    if (c.isEmpty() || p.isEmpty()) {
      return null;
    }
    java.util.Set<Integer> ck = kinds(c);
    java.util.Set<Integer> pk = kinds(p);
    if (ck.isEmpty() || pk.isEmpty() || ck.stream().anyMatch(pk::contains)) {
      return null;
    }
    for (String a : c) {
      for (String b : p) {
        if (a.equals(b) || Subject.alike(a, b)) {
          return null;
        }
      }
    }
    return "it times another event (" + String.join(", ", p) + ")";
  }

  /** "late" or "behind schedule" right after a duration: "started 40 minutes late". */
  private static final Pattern LATE_AFTER =
      Pattern.compile("(?i)^\\s+(?:late|later than|behind|overdue)\\b");

  /**
   * The verbs with "delay" added when the duration is how late something was ("started about 40
   * minutes late" is a delay of 40 minutes).
   */
  private static java.util.Set<String> lateness(
      String text, String figure, java.util.Set<String> verbs) {
    int at = at(text, figure);
    if (at < 0
        || !LATE_AFTER
            .matcher(text.substring(Math.min(text.length(), at + figure.length())))
            .find()) {
      return verbs;
    }
    java.util.Set<String> out = new java.util.TreeSet<>(verbs);
    out.add("delay");
    return out;
  }

  /** The kinds of {@link #DURATION_ALIKE} the verbs belong to. */
  private static java.util.Set<Integer> kinds(java.util.Set<String> verbs) {
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    for (int i = 0; i < DURATION_ALIKE.size(); i++) {
      for (String v : verbs) {
        if (DURATION_ALIKE.get(i).contains(v)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /** The {@code n} characters of {@code text} before offset {@code at} (fewer at its start). */
  private static String before(String text, int at, int n) {
    return text.substring(Math.max(0, at - n), at);
  }

  /** The {@code n} characters of {@code text} from offset {@code from} (fewer at its end). */
  private static String after(String text, int from, int n) {
    return text.substring(from, Math.min(text.length(), from + n));
  }

  /**
   * The verbs next to a figure ({@link Measure#acts}), else the nearest verb before it in its
   * clause ("was closed to shipping for 72 hours": close; "delayed the start of the lift by four
   * hours": delay); a participle after "was" counts as a verb.
   */
  static java.util.Set<String> acts(String text, String figure) {
    java.util.Set<String> acts = Measure.of(text, figure).acts();
    int at = at(text, figure);
    if (!acts.isEmpty() || at < 0) {
      return acts;
    }
    int[] span = Subject.clauseSpan(text, at);
    java.util.List<org.factdesk.nlp.Token> tokens =
        org.factdesk.nlp.Tagger.shared().tag(text.substring(span[0], at));
    for (int i = tokens.size() - 1; i >= 0; i--) {
      org.factdesk.nlp.Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      boolean verb =
          t.pos().equals("VERB")
              || (t.pos().equals("ADJ") && i > 0 && tokens.get(i - 1).pos().equals("AUX"));
      if (verb && !Subject.NOT_ACTIONS.contains(lemma)) {
        return java.util.Set.of(lemma);
      }
    }
    return acts;
  }

  private static int at(String text, String figure) {
    if (figure == null || figure.isEmpty()) {
      return -1;
    }
    int at = text.indexOf(figure);
    if (at < 0 && figure.contains(" ")) {
      at = text.indexOf(figure.substring(0, figure.lastIndexOf(' ')));
    }
    return at;
  }
}
