package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.EventVerbs;
import org.factdesk.nlp.Lemmas;
import org.factdesk.nlp.Negation;
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

  /** "in" just before a duration: "the largest in more than 30 years", "not ... in 20 years". */
  private static final Pattern IN = Pattern.compile("(?i)\\bin\\s+$");

  /**
   * Words that make "in N years" a time since something last happened: a negation ("has not seen a
   * fire of this size in 20 years") or a superlative ("the largest failure in more than 30 years").
   */
  private static final Pattern SINCE_CUE =
      Pattern.compile(
          Negation.WORD + "|\\b(?:first|worst|best|most|least|record)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words of six letters or more ending in "est" that are superlatives: longest, highest. */
  private static final Pattern EST = Pattern.compile("(?i)\\b\\p{L}{3,}est\\b");

  private static final Set<String> NOT_SUPERLATIVES =
      Set.of(
          "interest",
          "forest",
          "honest",
          "modest",
          "earnest",
          "protest",
          "request",
          "suggest",
          "arrest",
          "harvest",
          "invest",
          "contest",
          "manifest",
          "digest",
          "conquest",
          "bequest",
          "inquest",
          "unrest",
          "midwest",
          "southwest",
          "northwest",
          "budapest",
          "bucharest");

  /**
   * True when the duration starting at {@code start} of {@code text} is a time since something last
   * happened: "for the first time in six years", or "in more than 20 years" in a sentence with a
   * negation or a superlative before it. Such a duration is resolved against the article's date
   * ({@link #check}), not compared as a figure.
   */
  public static boolean since(String text, int start) {
    String before = text.substring(Math.max(0, start - 20), start);
    if (FIRST_IN.matcher(before).find()) {
      return true;
    }
    if (!IN.matcher(before).find()) {
      return false;
    }
    // the sentence before the figure, read back at most 400 characters (a run-on text was read
    // back in full for every figure)
    String window = text.substring(Math.max(0, start - 400), start);
    String sentence =
        window.substring(Math.max(0, Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "))));
    if (SINCE_CUE.matcher(sentence).find()) {
      return true;
    }
    Matcher m = EST.matcher(sentence);
    while (m.find()) {
      if (!NOT_SUPERLATIVES.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A date written out with a year, a month or a day number (not "Thursday" or "yesterday"). */
  private static final Pattern WRITTEN_DATE =
      Pattern.compile("\\d|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b");

  /** A sentence that opens with "the last": "The last time ... was in 2021". */
  private static final Pattern LAST_OPENS = Pattern.compile("(?i)^\\s*the\\s+last\\b");

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
    return check(claim, passage, articleDate, Set.of());
  }

  /**
   * What the passage says about the claimed time since something last happened, if anything; a
   * passage with a time since of its own ("the first ... in 12 years") about another subject
   * ({@link EventSubject}; a claim that names no one is about the story's subject {@code story})
   * gets a note that it reports another's record (its vote becomes neutral).
   */
  public static Optional<Finding> check(
      String claim, String passage, LocalDate articleDate, Set<String> story) {
    Optional<Finding> own = lastTime(claim, passage, articleDate);
    if (own.isEmpty()) {
      own = sinceYear(claim, passage, articleDate);
    }
    return own.isPresent() ? own : anotherRecord(claim, passage, story);
  }

  /**
   * A note when the passage's own time since something last happened belongs to another subject
   * than the claim's.
   */
  static Optional<Finding> anotherRecord(String claim, String passage, Set<String> story) {
    TimeExpression mine = firstDuration(claim, FAR, t -> since(claim, t.start())).orElse(null);
    if (mine == null) {
      return Optional.empty();
    }
    EventSubject subject = EventSubject.ofClaim(claim, mine.start(), story);
    for (TimeExpression t : TimeExtractor.extract(passage, FAR)) {
      if (t.kind() != TimeExpression.Kind.DURATION || !since(passage, t.start())) {
        continue;
      }
      String other = subject.differsFrom(EventSubject.at(passage, t.start()), claim);
      if (other != null) {
        return Optional.of(
            new Finding(
                "event",
                "note",
                "The evidence gives a time since (\""
                    + t.text()
                    + "\") for another subject: "
                    + other
                    + "."));
      }
    }
    return Optional.empty();
  }

  private static Optional<Finding> lastTime(String claim, String passage, LocalDate articleDate) {
    if (articleDate == null) {
      return Optional.empty();
    }
    TimeExpression duration =
        firstDuration(claim, articleDate, t -> since(claim, t.start())).orElse(null);
    if (duration == null) {
      return Optional.empty();
    }
    String unit = unit(duration.text());
    double n = inUnit(duration.duration(), unit);
    Approx approx = duration.approx() == Approx.EXACT ? Approx.ABOUT : duration.approx();
    Optional<LocalDate> last = lastDateAbout(claim, passage, articleDate);
    if (last.isEmpty() || n <= 0) {
      return Optional.empty();
    }
    double days = ChronoUnit.DAYS.between(last.get(), articleDate);
    double gap = days / daysIn(unit);
    boolean agrees = gapAgrees(n, unit, approx, duration.text(), gap);
    String detail =
        String.format(
            Locale.ROOT,
            "The claim says \"in %s\" since the last time; the evidence dates the last time to %s, %.1f"
                + " %ss before the article's date %s.",
            duration.text(),
            last.get(),
            gap,
            unit,
            articleDate);
    return Optional.of(new Finding("time", agrees ? "agrees" : "disagrees", detail));
  }

  /** "since 1987" after a record or a first: the year it last happened before now. */
  private static final Pattern SINCE_YEAR =
      Pattern.compile("(?i)\\bsince\\s+((?:1[6-9]|20)\\d\\d)\\b");

  /** A perfect tense: "has sponsored the club since 2014" starts what still holds. */
  private static final Pattern PERFECT =
      Pattern.compile(
          "(?i)\\b(?:has|have|had)\\s+(?:not\\s+|never\\s+)?(?:\\p{L}+ly\\s+)?\\p{L}+(?:ed|en|wn|ne|un)\\b");

  /**
   * "The first log boat found in the county since 1987", "the largest protest since 2019": the year
   * the claim says it last happened, against the last time the passage dates ({@link
   * #lastDateAbout}: "the last log boat found in the county turned up in 2004", "the last time a
   * home athlete won was in 2021"). The same year agrees; a later last time, before the article,
   * disagrees; an earlier one says nothing (nothing happened since, as claimed, and before).
   */
  static Optional<Finding> sinceYear(String claim, String passage, LocalDate articleDate) {
    if (articleDate == null) {
      return Optional.empty();
    }
    Matcher m = SINCE_YEAR.matcher(claim);
    if (!m.find()) {
      return Optional.empty();
    }
    String before = claim.substring(0, m.start());
    boolean record =
        SINCE_CUE.matcher(before).find()
            || EST.matcher(before)
                .results()
                .anyMatch(r -> !NOT_SUPERLATIVES.contains(r.group().toLowerCase(Locale.ROOT)));
    if (!record || PERFECT.matcher(before).find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    Optional<LocalDate> last = lastDateAbout(claim, passage, articleDate);
    if (last.isEmpty() || last.get().getYear() < year || !last.get().isBefore(articleDate)) {
      return Optional.empty();
    }
    boolean agrees = last.get().getYear() == year;
    return Optional.of(
        new Finding(
            "time",
            agrees ? "agrees" : "disagrees",
            "The claim says it is the first since "
                + year
                + "; the evidence dates the last time to "
                + last.get().getYear()
                + "."));
  }

  /** What follows a duration that places one event relative to another: "three weeks before". */
  private static final Pattern RELATIVE =
      Pattern.compile("(?i)^\\s*(?:before|after|ahead of|prior to|earlier than|later than)\\b");

  /**
   * A claimed time between two events ("flagged two weeks before the collapse") against a passage
   * sentence about the same thing that dates both ("a log dated 17 November", "the collapse on 1
   * December"): the gap between its two days, in the claim's unit, agrees or disagrees with the
   * claim's duration (read as approximate unless bounded). The sentence must give exactly two days
   * and share a content word with the claim.
   *
   * @param ref the day the passage's dates are read against (its publication or the article's day),
   *     or null
   */
  public static Optional<Finding> between(String claim, String passage, LocalDate ref) {
    LocalDate at = ref == null ? FAR : ref;
    TimeExpression duration =
        firstDuration(
                claim,
                at,
                t -> t.duration() != null && RELATIVE.matcher(claim.substring(t.end())).find())
            .orElse(null);
    if (duration == null) {
      return Optional.empty();
    }
    String unit = unit(duration.text());
    double n = inUnit(duration.duration(), unit);
    if (n <= 0) {
      return Optional.empty();
    }
    Approx approx = duration.approx() == Approx.EXACT ? Approx.ABOUT : duration.approx();
    Set<String> wanted = topicWords(claim);
    Matcher relative = RELATIVE.matcher(claim.substring(duration.end()));
    relative.find();
    String word = relative.group().strip().toLowerCase(Locale.ROOT);
    boolean before = !word.equals("after") && !word.equals("later than");
    Reference reference = Reference.of(clauseFrom(claim, duration.end() + relative.end()));
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
      List<TimeExpression> dated = new ArrayList<>();
      for (TimeExpression t : TimeExtractor.extract(sentence, at)) {
        if (t.kind() == TimeExpression.Kind.DATE
            && t.from() != null
            && t.from().equals(t.to())
            && WRITTEN_DATE.matcher(t.text()).find()) {
          days.add(t.from());
          dated.add(t);
        }
      }
      Set<String> words = topicWords(sentence);
      if (days.size() != 2 || wanted.stream().noneMatch(words::contains)) {
        continue;
      }
      LocalDate theirs = reference.day(sentence, dated);
      if (theirs != null) {
        LocalDate other = theirs.equals(days.first()) ? days.last() : days.first();
        if (other.isBefore(theirs) != before) {
          return Optional.of(
              new Finding(
                  "time",
                  "disagrees",
                  String.format(
                      Locale.ROOT,
                      "The claim says \"%s %s\" the other event; the evidence dates that event %s"
                          + " and this one %s, %s it: \"%s\"",
                      duration.text(),
                      word,
                      theirs,
                      other,
                      before ? "after" : "before",
                      sentence.strip())));
        }
      }
      double gap = ChronoUnit.DAYS.between(days.first(), days.last()) / daysIn(unit);
      boolean agrees = gapAgrees(n, unit, approx, duration.text(), gap);
      String detail =
          String.format(
              Locale.ROOT,
              "The claim says \"%s\" between the two events; the evidence dates them %s and %s,"
                  + " %.1f %ss apart: \"%s\"",
              duration.text(),
              days.first(),
              days.last(),
              gap,
              unit,
              sentence.strip());
      return Optional.of(new Finding("time", agrees ? "agrees" : "disagrees", detail));
    }
    return Optional.empty();
  }

  /** The claim's text from {@code from} to the end of its clause (a comma, a stop). */
  private static String clauseFrom(String claim, int from) {
    Matcher m = CLAUSE_STOP.matcher(claim);
    return m.find(from) ? claim.substring(from, m.start()) : claim.substring(from);
  }

  private static final Pattern CLAUSE_STOP = Pattern.compile("[,;:.!?]");

  /**
   * The event a claimed time is relative to ("before the collapse"): its content words and their
   * event classes ({@link EventVerbs}: "the collapse" is the passage's "gave way").
   */
  private record Reference(Set<String> words, Set<String> events) {
    static Reference of(String phrase) {
      Set<String> words = topicWords(phrase);
      Set<String> events = new java.util.TreeSet<>();
      for (org.factdesk.nlp.Token t : org.factdesk.nlp.Tagger.shared().tag(phrase)) {
        EventVerbs.of(Lemmas.of(t.text(), "VERB")).ifPresent(events::add);
      }
      return new Reference(words, events);
    }

    /**
     * The day of the two a passage sentence dates that is this event's: the one nearest to a word
     * of it ("the pier that gave way on 1 December"); null when no word of it is in the sentence or
     * both days are as near.
     */
    LocalDate day(String sentence, List<TimeExpression> dated) {
      List<org.factdesk.nlp.Token> tokens = org.factdesk.nlp.Tagger.shared().tag(sentence);
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        org.factdesk.nlp.Token t = tokens.get(i);
        String lemma = Lemmas.of(t.text(), "VERB");
        String event =
            EventVerbs.phrasal(tokens, i, tokens.size(), lemma)
                .map(EventVerbs.Phrasal::name)
                .orElse(EventVerbs.of(lemma).orElse(null));
        boolean modifier = // "the fire authority" is an authority, not the fire
            t.pos().equals("NOUN")
                && i + 1 < tokens.size()
                && tokens.get(i + 1).pos().matches("NOUN|PROPN");
        if (!modifier && words.contains(TextSignals.stem(t.text().toLowerCase(Locale.ROOT)))
            || event != null && events.contains(event)) {
          at.add(t.start());
        }
      }
      if (at.isEmpty()) {
        return null;
      }
      LocalDate best = null;
      int nearest = Integer.MAX_VALUE;
      boolean tie = false;
      for (TimeExpression t : dated) {
        for (int a : at) {
          int d = a < t.start() ? t.start() - a : Math.max(0, a - t.end());
          if (d < nearest) {
            nearest = d;
            best = t.from();
            tie = false;
          } else if (d == nearest && !t.from().equals(best)) {
            tie = true;
          }
        }
      }
      return tie ? null : best;
    }
  }

  /** The first duration of {@code claim} (read against {@code ref}) that {@code wanted} accepts. */
  private static Optional<TimeExpression> firstDuration(
      String claim, LocalDate ref, java.util.function.Predicate<TimeExpression> wanted) {
    for (TimeExpression t : TimeExtractor.extract(claim, ref)) {
      if (t.kind() == TimeExpression.Kind.DURATION && wanted.test(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Days in one of a duration's units. */
  /**
   * Whether a claimed duration of {@code n} units (with its approximation) agrees with a gap the
   * evidence's dates measure, in the same unit to a tenth.
   */
  private static boolean gapAgrees(double n, String unit, Approx approx, String text, double gap) {
    Quantity claimed = new Quantity(n, n, 1, unit, approx, Set.of(), text);
    Quantity found = new Quantity(gap, gap, 0.1, unit, Approx.EXACT, Set.of(), "");
    return claimed.compareValue(found) == Quantity.Comparison.AGREES;
  }

  private static double daysIn(String unit) {
    return switch (unit) {
      case "year" -> 365.25;
      case "decade" -> 3652.5;
      case "month" -> 30.44;
      case "week" -> 7;
      default -> 1;
    };
  }

  /** A reference date after any the checks read, for passages read without an article date. */
  private static final LocalDate FAR = LocalDate.of(2100, 1, 1);

  /**
   * True when the claim has a time since something last happened ("in more than 20 years") and the
   * passage dates a last time ("the last one was in 1999"), whether or not the article's date is
   * known: then the claim's own dates are not to be compared with the passage's.
   */
  public static boolean sinceLast(String claim, String passage) {
    return hasSince(claim) && lastDate(passage, FAR).isPresent();
  }

  /** True when the claim has a time since something last happened ("for the first time in"). */
  public static boolean hasSince(String claim) {
    return TimeExtractor.extract(claim, FAR).stream()
        .anyMatch(t -> t.kind() == TimeExpression.Kind.DURATION && since(claim, t.start()));
  }

  /** Words of a duration or a record, not of what it is about. */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "time", "times", "year", "years", "decade", "decades", "month", "months", "week", "weeks",
          "day", "days", "record", "first", "last", "more", "worst", "best", "high", "highest",
          "low", "lowest", "large", "largest");

  /**
   * The latest last time ({@link #lastDate}) given in a passage sentence about the claim's thing:
   * one in four of the claim's content words other than names, superlatives and time words ("the
   * worst delays on the tram network" is not dated by "night tram services were last cancelled in
   * 2010"; "visitor numbers at Kelda Zoo" not by "the enclosure at Kelda Zoo was last closed in
   * 2019").
   */
  static Optional<LocalDate> lastDateAbout(String claim, String passage, LocalDate ref) {
    Set<String> wanted = topicWords(claim);
    LocalDate best = null;
    String previous = "";
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      String before = previous;
      previous = sentence;
      Optional<LocalDate> d = lastDate(sentence, ref);
      if (d.isEmpty() || (best != null && !d.get().isAfter(best))) {
        continue;
      }
      // the sentence before tells what "their last strike" or "it" is about: "Teslin train
      // drivers voted to strike from Monday. Their last strike, in 2019, lasted five days."
      Set<String> p = topicWords(Anaphora.withAntecedent(before, sentence));
      long shared = wanted.stream().filter(p::contains).count();
      if (wanted.isEmpty() || (shared > 0 && shared * 4 >= wanted.size())) {
        best = d.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Content words of a text other than names and {@link #TIME_WORDS}, plurals made singular. */
  private static Set<String> topicWords(String text) {
    Set<String> out = new java.util.TreeSet<>(StatementCheck.words(text));
    for (org.factdesk.nlp.Token t : org.factdesk.nlp.Tagger.shared().tag(text)) {
      if (t.capitalised() && t.start() > 0) {
        // a name; a capital at the start ("Ship traffic") may be none
        out.remove(t.text().toLowerCase(Locale.ROOT));
      }
    }
    out.removeAll(TIME_WORDS);
    out.removeIf(w -> EST.matcher(w).matches() && !NOT_SUPERLATIVES.contains(w));
    // "ship traffic" and "fewer ships called": a plural is its singular
    Set<String> stems = new java.util.TreeSet<>();
    out.forEach(w -> stems.add(TextSignals.stem(w)));
    return stems;
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
      String text = t.text().toLowerCase(Locale.ROOT);
      if (text.startsWith("since ")) {
        // "the highest since 2016": the last time is 2016 itself, not the interval from it
        for (TimeExpression s : TimeExtractor.extract(t.text().substring(6), ref)) {
          if (s.from() != null && s.to() != null && WRITTEN_DATE.matcher(s.text()).find()) {
            LocalDate d = s.from().plusDays(ChronoUnit.DAYS.between(s.from(), s.to()) / 2);
            if (!d.isAfter(ref) && (best == null || d.isAfter(best))) {
              best = d;
            }
            break;
          }
        }
        continue;
      }
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
      // "The last time a home athlete won the title at these championships was in 2021": the
      // cue opens the sentence, further back than the words read before the date
      int dot = passage.lastIndexOf(". ", t.start());
      int sentence = dot < 0 ? 0 : dot + 2;
      cued |=
          LAST_OPENS.matcher(passage.substring(Math.min(sentence, t.start()), t.start())).find();
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
