package org.factdesk.verify.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.CalendarWords;
import org.factdesk.nlp.StateWords;
import org.factdesk.report.Finding;

/**
 * Changed states and opposite outcomes ({@link StateWords}): "the road remains closed" against "the
 * road reopened on Wednesday", "the council approved the licence" against "the council rejected the
 * licence". A passage sentence about the same subject (every name of the claim, at least half its
 * nouns) that gives the opposite state:
 *
 * <ul>
 *   <li>refutes a claim of a continuing state ("remains closed", "remains in custody") when it
 *       reports it at or before the claim's time (a reopening after the claim's time is a later
 *       change);
 *   <li>refutes a claim of an outcome ("won its appeal", "approved the licence") always;
 *   <li>refutes a claim of a change ("has been lifted", "has resigned") only when it reports the
 *       opposite state as still holding ("remains in place", "refused to resign") at or after the
 *       claim's time (or, the claim undated, in the last three days before the article); an
 *       opposite change ("imposed a ban on Monday", "was released on Thursday" against "was
 *       detained on Tuesday") is the state before or after it: a {@code state} note, no evidence.
 * </ul>
 *
 * The same state agrees only when the passage's date is known (a news report): at or before the
 * claim's time for a continuing state, the same day for a dated change. Which of several reports is
 * the newest is {@link Votes}'s to settle (an older report of the other state is set aside).
 */
public final class StateCheck {
  /** The check name of its findings. */
  public static final String NAME = "state";

  /** Days before the article within which a report of a continuing state is current. */
  static final int RECENT_DAYS = 3;

  /** Days after the claim's time a report may still describe it. */
  static final int GRACE_DAYS = 2;

  /** Units of a time span: "stepped down after eight years" gives a state, not a figure. */
  private static final Set<String> TIME_UNITS =
      Set.of("year", "years", "month", "months", "week", "weeks", "day", "days");

  /**
   * The head noun of the phrase a term acts on, right after it ("postponed its winter concert
   * series until" gives "series"; "called off Thursday's opening concert" gives "concert").
   */
  private static final Pattern OBJECT =
      Pattern.compile(
          "^\\s+((?:(?:the|its|their|his|her|a|an|\\p{L}+['’]s|\\p{L}+s['’])\\s+)?"
              + "(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)(?=\\s+(?:of|in|at|on|until|till|to|for|after"
              + "|because|due|by|from|as|and|but)\\b|\\s*[,.;]|\\s*$)");

  static String object(String sentence, StateWords.Term t) {
    Matcher m = OBJECT.matcher(sentence.substring(t.end()));
    if (!m.find()) {
      return null;
    }
    String phrase = m.group(1).toLowerCase(Locale.ROOT);
    return phrase.substring(phrase.lastIndexOf(' ') + 1);
  }

  /**
   * Whether two outcomes of a planned event that rule each other out are said of the same event:
   * the head of what the claim's term acts on is what the passage's acts on, or, when the passage's
   * term acts on nothing ("opened on Monday as planned"), a word of the passage.
   */
  private static boolean sameOutcomeThing(
      String claim, StateWords.Term c, String sentence, StateWords.Term p) {
    String co = object(claim, c);
    if (co == null || co.length() < 4) {
      return true;
    }
    String po = object(sentence, p);
    if (po != null && p.kind() == StateWords.Kind.DECISION && !p.state().equals("held")) {
      return po.equals(co);
    }
    String stem = co.substring(0, Math.min(4, co.length()));
    return sentence.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + Pattern.quote(stem) + ".*");
  }

  private static final Pattern SINCE = Pattern.compile("\\bsince\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YESTERDAY =
      Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);

  /**
   * A finding and the day the passage's sentence gives the state for.
   *
   * @param finding what the passage says of the claim's state
   * @param when the day of the state in the passage, null when its date is unknown
   */
  public record Report(Finding finding, LocalDate when) {
    public Report {
      if (finding == null) {
        throw new IllegalArgumentException("finding must not be null");
      }
    }
  }

  private StateCheck() {}

  /** What the passage says of the claim's state, if anything. */
  public static Optional<Finding> check(
      String claim, String passage, LocalDate articleDate, LocalDate published) {
    return report(claim, passage, articleDate, published).map(Report::finding);
  }

  /**
   * What the passage says of the claim's state, if anything; with the story's subject known, a
   * sentence about another thing of the claim's kind ("the Lillefjell race" for a claim's "the
   * race", {@link OtherThing}) is left out.
   */
  public static Optional<Finding> check(
      String claim, String passage, LocalDate articleDate, LocalDate published, Set<String> story) {
    if (story.isEmpty()) {
      return check(claim, passage, articleDate, published);
    }
    StringBuilder kept = new StringBuilder();
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      if (OtherThing.named(claim, sentence, story) == null) {
        kept.append(kept.isEmpty() ? "" : " ").append(sentence);
      }
    }
    return kept.isEmpty()
        ? Optional.empty()
        : check(claim, kept.toString(), articleDate, published);
  }

  /**
   * What the passage says of the claim's state and for which day.
   *
   * @param articleDate the article's day (the claim's time when it names none), or null
   * @param published the passage's day of publication, or null when unknown
   */
  public static Optional<Report> report(
      String claim, String passage, LocalDate articleDate, LocalDate published) {
    if (QuantityParser.parse(claim).stream().anyMatch(q -> !TIME_UNITS.contains(q.thing()))) {
      return Optional.empty(); // "X lost 4 million euros": a figure, the quantity check's
    }
    List<StateWords.Term> terms = StateWords.find(claim);
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    StateWords.Term c = terms.get(0);
    Words cw = Words.of(claim, c);
    if (cw.nouns.isEmpty()) {
      return Optional.empty();
    }
    boolean dated = dated(claim);
    // a continuing state is claimed for the article's day ("remains closed after Sunday's storm")
    LocalDate tc = c.kind() == StateWords.Kind.STATE ? articleDate : when(claim, articleDate);
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      List<StateWords.Term> found = StateWords.find(sentence);
      for (StateWords.Term p : found) {
        if (!p.state().equals(c.state()) && !StateWords.incompatible(c.state(), p.state())) {
          continue;
        }
        if (p.kind() == StateWords.Kind.DECISION
            && !p.state().equals(c.state())
            && found.stream().anyMatch(t -> t.state().equals(c.state()))) {
          continue; // "rejected it in 2019 but approved it on Monday": both outcomes, no refutation
        }
        if (!sameSubject(cw, Words.of(sentence, p))) {
          continue;
        }
        if (!p.state().equals(c.state())
            && !p.state().equals(c.opposite())
            && !sameOutcomeThing(claim, c, sentence, p)) {
          continue; // "called off Thursday's concert" against "postponed its series"
        }
        LocalDate tp = when(sentence, published);
        boolean same = p.state().equals(c.state());
        String outcome = judge(c.kind(), p.kind(), same, dated, tc, tp, articleDate);
        if (outcome == null) {
          continue;
        }
        return Optional.of(new Report(finding(outcome, c, p, sentence, tp), tp));
      }
    }
    return Optional.empty();
  }

  /** "agrees", "disagrees", "note" or null (see the class comment). */
  static String judge(
      StateWords.Kind claim,
      StateWords.Kind passage,
      boolean same,
      boolean dated,
      LocalDate tc,
      LocalDate tp,
      LocalDate article) {
    if (claim == StateWords.Kind.DECISION || passage == StateWords.Kind.DECISION) {
      if (claim != passage) {
        return null; // "lost its licence" (an outcome) is not "closed" (a state)
      }
      return same ? (tp == null ? null : "agrees") : "disagrees";
    }
    if (same) {
      if (tp == null) {
        return null;
      }
      if (claim == StateWords.Kind.STATE) {
        return tc == null || !tp.isAfter(tc.plusDays(GRACE_DAYS)) ? "agrees" : null;
      }
      return !dated || tp.equals(tc) ? "agrees" : null;
    }
    if (claim == StateWords.Kind.STATE && passage == StateWords.Kind.CHANGE) {
      // an opposite change refutes only when known to come at or before the claim's time
      return tp != null && (tc == null || !tp.isAfter(tc)) ? "disagrees" : null;
    }
    if (claim == StateWords.Kind.STATE) {
      return tp == null || tc == null || !tp.isAfter(tc.plusDays(GRACE_DAYS)) ? "disagrees" : null;
    }
    if (passage == StateWords.Kind.CHANGE) {
      return tp == null ? null : "note";
    }
    if (tp == null) {
      return "disagrees";
    }
    LocalDate from = dated ? tc : article == null ? null : article.minusDays(RECENT_DAYS);
    return from == null || !tp.isBefore(from) ? "disagrees" : "note";
  }

  private static Finding finding(
      String outcome, StateWords.Term c, StateWords.Term p, String sentence, LocalDate tp) {
    String day = tp == null ? "" : " (" + tp + ")";
    String quote = "\"" + sentence.strip() + "\"";
    return switch (outcome) {
      case "agrees" ->
          new Finding(
              NAME,
              outcome,
              "The evidence gives the same state, " + c.state() + day + ": " + quote);
      case "disagrees" ->
          new Finding(
              NAME,
              outcome,
              "The claim says "
                  + c.state()
                  + ", but the evidence says "
                  + p.state()
                  + day
                  + ": "
                  + quote);
      default ->
          new Finding(
              NAME,
              "note",
              "The evidence reports an earlier or later change ("
                  + p.state()
                  + day
                  + "), not the state the claim gives: "
                  + quote);
    };
  }

  /** Whether the claim names a day or a month for its state. */
  static boolean dated(String text) {
    return CalendarWords.WEEKDAY.matcher(text).find()
        || !CalendarWords.months(text).isEmpty()
        || YESTERDAY.matcher(text).find();
  }

  /**
   * The day a sentence gives its state for, relative to {@code ref} (its publication day): the last
   * such weekday on or before it, the first of a named month, the day before for "yesterday";
   * {@code ref} itself when the sentence names none or the state holds "since" then.
   */
  static LocalDate when(String text, LocalDate ref) {
    if (ref == null) {
      return null;
    }
    Matcher w = CalendarWords.WEEKDAY.matcher(text);
    if (w.find() && !SINCE.matcher(text.substring(0, w.start())).find()) {
      DayOfWeek d = CalendarWords.day(w.group(1));
      return ref.with(TemporalAdjusters.previousOrSame(d));
    }
    List<CalendarWords.Named> months = CalendarWords.months(text);
    if (!months.isEmpty() && !"since".equals(months.get(0).preposition())) {
      Month month = months.get(0).month();
      LocalDate first = ref.withMonth(month.getValue()).withDayOfMonth(1);
      return first.isAfter(ref) ? first.minusYears(1) : first;
    }
    if (YESTERDAY.matcher(text).find()) {
      return ref.minusDays(1);
    }
    return ref;
  }

  private static boolean sameSubject(Words claim, Words passage) {
    if (!passage.all.containsAll(claim.names)) {
      return false;
    }
    long shared = claim.nouns.stream().filter(passage.nouns::contains).count();
    return shared > 0 && shared * 2 >= claim.nouns.size();
  }

  /** The nouns and names of a sentence outside its state term. */
  private record Words(Set<String> nouns, Set<String> names, Set<String> all) {
    static Words of(String sentence, StateWords.Term term) {
      Set<String> termWords = new TreeSet<>();
      for (String w :
          sentence.substring(term.start(), term.end()).toLowerCase(Locale.ROOT).split("\\W+")) {
        termWords.add(w);
      }
      EventCheck.Event e = EventCheck.Event.of(sentence);
      Set<String> nouns = new TreeSet<>(e.nouns());
      nouns.removeAll(termWords);
      Set<String> all = new TreeSet<>(nouns);
      all.addAll(e.names());
      return new Words(nouns, e.names(), all);
    }
  }
}
