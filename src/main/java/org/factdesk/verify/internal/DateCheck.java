package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;
import org.factdesk.report.Finding;

/**
 * Dates against dates: the claim's dated event ("born in 1956", "released before 2000", "on April
 * 29, 2000") against the passage's date for the same event (the dates near a word they share, such
 * as "born"), both read by the shared {@link TimeExtractor}. Only dates written with a year count;
 * "before" and "after" make the claim's date a bound. Needs no article date.
 */
public final class DateCheck {
  /** How far (in words) from a date the event word may stand. */
  private static final int WINDOW = 8;

  private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
  private static final Pattern HAS_YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d(?:s|\\s?'s)?\\b");

  /** A decade, perhaps narrowed: "the 1980s", "the early 1990s", "mid-1970s". */
  private static final Pattern DECADE =
      Pattern.compile(
          "(?i)\\b(?:(?<part>early|mid|late)[\\s-]+)?(?<dec>(?:1[89]|20)\\d)0(?:s|\\s?'s)\\b");

  /**
   * Words that say nothing about which event a date belongs to (month names come from java.time).
   */
  private static final Set<String> STOP =
      FunctionWords.with(
          FunctionWords.CORE,
          FunctionWords.REFERRING,
          Stream.concat(
                  Stream.of(
                      "before",
                      "after",
                      "since",
                      "until",
                      "during",
                      "between",
                      "first",
                      "year",
                      "years",
                      "month",
                      "day",
                      "early",
                      "late",
                      "mid",
                      "end",
                      "beginning",
                      "start",
                      "lrb",
                      "rrb",
                      "lsb",
                      "rsb"),
                  Arrays.stream(Month.values())
                      .map(
                          mo ->
                              mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                  .toLowerCase(Locale.ROOT)))
              .toArray(String[]::new));

  /**
   * The check name of a date that agrees for the same kind of event in both ("opened in 1962"
   * against "was inaugurated in 1962"): unlike a bare date agreeing, it confirms the claim.
   */
  public static final String SAME_EVENT = "event date";

  private DateCheck() {}

  /**
   * A dated expression with the words around it and the class of the event it dates ({@link
   * DatedEvents}), or null when its clause names none.
   */
  private record Dated(TimeExpression time, Bound bound, Set<String> near, String event) {}

  private enum Bound {
    IN,
    BEFORE,
    AFTER,
    /** The end of a term: "a contract that runs until 2029", "extended to June 2028". */
    UNTIL,
    /** The start of what still holds: "has sponsored the festival since 2014". */
    SINCE
  }

  /** What the passage's dates say about the claim's, if one is for the same event. */
  public static Optional<Finding> check(String claim, String passage) {
    return check(claim, passage, Set.of());
  }

  /**
   * What the passage's dates say about the claim's, if one is for the same event of the same
   * subject ({@link EventSubject}: a sister ship's build year, another wreck's discovery year, a
   * rival's start are another's); a claim whose subject names no one is about the story's subject
   * {@code story}. A passage whose only dates for the claim's kind of event are another subject's
   * gets a note that it reports another's event (its vote becomes neutral).
   */
  public static Optional<Finding> check(String claim, String passage, Set<String> story) {
    List<Dated> cs = dates(claim);
    if (cs.isEmpty()) {
      return Optional.empty();
    }
    List<Dated> ps = dates(passage);
    Finding agreement = null;
    Finding disagreement = null;
    Finding another = null;
    for (Dated c : cs) {
      Dated agreed = null;
      Dated disagreed = null;
      EventSubject claimSubject = EventSubject.ofClaim(claim, c.time().start(), story);
      for (Dated p : ps) {
        if (!shares(c.near(), p.near())
            || otherEvent(c, p)
            || (c.bound() == Bound.UNTIL) != (p.bound() == Bound.UNTIL)
            || (c.bound() == Bound.SINCE) != (p.bound() == Bound.SINCE)) {
          continue;
        }
        if (c.bound() == Bound.IN
            && p.bound() == Bound.IN
            && c.time().from() != null
            && p.time().from() != null
            && PlannedDates.earlierOccurrence(
                claim,
                c.time().start(),
                c.time().from().getYear(),
                passage,
                p.time().start(),
                p.time().from().getYear())) {
          continue; // "will host the championships in 2033" against "last hosted them in 2015"
        }
        if (p.bound() == Bound.SINCE && !sharesBeyondNames(claim, c, p)) {
          continue; // "Fjordsparebank has sponsored the football club since": another thing held
        }
        String thing =
            p.bound() == Bound.SINCE ? otherNamed(claim, passage, p.time().start(), story) : null;
        if (thing != null) {
          if (another == null) {
            another =
                new Finding(
                    "event",
                    "note",
                    "The evidence dates it (\""
                        + shown(p)
                        + "\") for another "
                        + thing
                        + ", not the claim's.");
          }
          continue;
        }
        String other = claimSubject.differsFrom(EventSubject.at(passage, p.time().start()), claim);
        if (other != null && !owns(claimSubject, passage, p.time().start())) {
          if (another == null) {
            another =
                new Finding(
                    "event",
                    "note",
                    "The evidence dates the same kind of event (\""
                        + shown(p)
                        + "\") for another subject: "
                        + other
                        + ".");
          }
          continue;
        }
        int cmp =
            p.bound() == Bound.IN || p.bound() == Bound.UNTIL || p.bound() == Bound.SINCE
                ? compare(c, p.time())
                : compareWithBound(c, p);
        if (cmp > 0 && agreed == null) {
          agreed = p;
        } else if (cmp < 0 && disagreed == null) {
          disagreed = p;
        }
      }
      String event = String.join(", ", shared(c.near(), (agreed != null ? agreed : disagreed)));
      if (agreed != null && agreement == null) {
        // the same kind of event dated in both, each at a date rather than a bound
        boolean sameEvent =
            c.event() != null
                && c.event().equals(agreed.event())
                && c.bound() == Bound.IN
                && agreed.bound() == Bound.IN;
        agreement =
            new Finding(
                sameEvent ? SAME_EVENT : "date",
                "agrees",
                "The claim's date \""
                    + shown(c)
                    + "\" agrees with \""
                    + shown(agreed)
                    + "\" in the evidence (both near \""
                    + event
                    + "\""
                    + (sameEvent ? ", both dating the " + c.event() + " event" : "")
                    + ").");
      } else if (agreed == null && disagreed != null && disagreement == null) {
        disagreement =
            new Finding(
                "date",
                "disagrees",
                "The claim dates it \""
                    + shown(c)
                    + "\" but the evidence says \""
                    + shown(disagreed)
                    + "\" (both near \""
                    + event
                    + "\").");
      }
    }
    if (disagreement == null && agreement == null) {
      return Optional.ofNullable(another);
    }
    return Optional.ofNullable(disagreement != null ? disagreement : agreement);
  }

  /**
   * Whether the two dates belong to different kinds of event ("opened in 1908" against "work began
   * in 1908", "bought it in 2015" against "opened in 2015"): then neither date says anything of the
   * other's event.
   */
  private static boolean otherEvent(Dated c, Dated p) {
    return c.event() != null
        && p.event() != null
        && !c.event().equals(p.event())
        && !(BUILT.contains(c.event()) && BUILT.contains(p.event()));
  }

  /** "from 2004 to 2018", "between 1990 and": the second year ends a range, not a term. */
  private static final Pattern RANGE =
      Pattern.compile("(?i)\\b(?:from|between)\\s+[^,;.]{1,25}\\s+(?:to|and)\\s+$");

  /**
   * Whether the passage's clause at {@code at} gives the date to a thing the claim's subject owns
   * ("Ostra have extended Dahl's contract to June 2028" for a claim about Dahl).
   */
  private static boolean owns(EventSubject claim, String passage, int at) {
    int[] span = Subject.clauseSpan(passage, at);
    String clause = passage.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    for (Set<String> name : claim.names()) {
      for (String w : name) {
        if (w.length() > 2
            && (TextSignals.hasWord(clause, w + "'s") || TextSignals.hasWord(clause, w + "’s"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A building's completion is when it was built: "built in 1871", "completed in 1871". */
  private static final Set<String> BUILT = Set.of("build", "end");

  private static String shown(Dated c) {
    String t = c.time().text().strip();
    return switch (c.bound()) {
      case BEFORE -> "before " + t;
      case AFTER -> "after " + t;
      case UNTIL -> "until " + t;
      case SINCE -> "since " + t;
      case IN -> t;
    };
  }

  /**
   * +1 when the evidence's date lies where the claim puts it, -1 when it lies outside, 0 when the
   * evidence is too coarse to tell ("1998" for a claimed "May 14, 1998").
   */
  static int compare(Dated c, TimeExpression e) {
    LocalDate cf = c.time().from();
    LocalDate ct = c.time().to();
    LocalDate ef = e.from();
    LocalDate et = e.to();
    return switch (c.bound()) {
      case BEFORE -> et.isBefore(cf) ? 1 : !ef.isBefore(cf) ? -1 : 0;
      case AFTER -> ef.isAfter(ct) ? 1 : !et.isAfter(ct) ? -1 : 0;
      case IN, UNTIL, SINCE -> {
        if (et.isBefore(cf) || ef.isAfter(ct)) {
          yield -1;
        }
        yield !ef.isBefore(cf) && !et.isAfter(ct) ? 1 : 0;
      }
    };
  }

  /**
   * Where the evidence bounds the date ("began after 1975") against the claim's: -1 when the bound
   * excludes the claim's date or interval ("before 1970"), +1 when it lies inside a claimed bound
   * in the same direction, 0 when it cannot tell.
   */
  static int compareWithBound(Dated c, Dated p) {
    LocalDate cf = c.time().from();
    LocalDate ct = c.time().to();
    if (p.bound() == Bound.AFTER) { // the event came after the end of p
      LocalDate y = p.time().to();
      return switch (c.bound()) {
        case BEFORE -> !y.isBefore(cf.minusDays(1)) ? -1 : 0;
        case AFTER -> !y.isBefore(ct) ? 1 : 0;
        case IN, UNTIL, SINCE -> !y.isBefore(ct) ? -1 : 0;
      };
    }
    LocalDate y = p.time().from(); // BEFORE: the event came before the start of p
    return switch (c.bound()) {
      case AFTER -> !y.isAfter(ct.plusDays(1)) ? -1 : 0;
      case BEFORE -> !y.isAfter(cf) ? 1 : 0;
      case IN, UNTIL, SINCE -> !y.isAfter(cf) ? -1 : 0;
    };
  }

  /** The dates of {@code text} written with a year, each with its bound and nearby words. */
  static List<Dated> dates(String text) {
    return RECENT.get(text);
  }

  /** Dates of lately checked texts: a claim's for each of its passages, a passage's per claim. */
  private static final TextMemo<String, List<Dated>> RECENT =
      new TextMemo<>("dates", 4_096, String::length, t -> List.copyOf(datesAnew(t)));

  private static List<Dated> datesAnew(String text) {
    if (!HAS_YEAR.matcher(text).find()) {
      return List.of();
    }
    List<TimeExpression> times = decades(text);
    for (TimeExpression t : TimeExtractor.extract(text, null)) {
      if (times.stream().noneMatch(d -> d.start() < t.end() && t.start() < d.end())) {
        times.add(t); // "1970 's" is the decade, not the year 1970
      }
    }
    List<Dated> out = new ArrayList<>();
    for (TimeExpression t : times) {
      boolean sinceWhen = false;
      boolean sinceStart = false;
      if (t.text().toLowerCase(Locale.ROOT).startsWith("since ")
          && DatedEvents.whenClause(text, t.end())) {
        // "has owned it since 2004, when it bought it": 2004 dates the purchase
        t = sinceDate(t);
        sinceWhen = t != null;
        if (t == null) {
          continue;
        }
      } else if (t.text().toLowerCase(Locale.ROOT).startsWith("since ")
          && heldSince(text, t.start())) {
        // "has sponsored the festival since 2014": 2014 starts what still holds
        t = sinceDate(t);
        sinceStart = t != null;
        if (t == null) {
          continue;
        }
      }
      if (t.from() == null
          || t.to() == null
          || t.anchor() != null
          || !HAS_YEAR.matcher(t.text()).find()) {
        continue;
      }
      String before =
          text.substring(Math.max(0, t.start() - 12), t.start()).toLowerCase(Locale.ROOT);
      Bound bound = Bound.IN;
      if (sinceWhen) {
        bound = Bound.IN;
      } else if (sinceStart) {
        bound = Bound.SINCE;
      } else if (before.matches("(?s).*\\b(?:before|prior to|earlier than)\\s+$")) {
        bound = Bound.BEFORE;
      } else if (before.matches("(?s).*\\b(?:after|later than)\\s+$")) {
        bound = Bound.AFTER;
      } else if (before.matches("(?s).*\\b(?:until|till|through|to)\\s+$")
          && !RANGE.matcher(text.substring(Math.max(0, t.start() - 40), t.start())).find()) {
        bound = Bound.UNTIL;
      } else if (before.matches("(?s).*\\b(?:since|until|by|through|from|to)\\s+$")) {
        continue; // an open interval: not compared
      }
      out.add(
          new Dated(
              t,
              bound,
              Collections.unmodifiableSet(near(text, t.start(), t.end())),
              DatedEvents.of(text, t.start(), t.end()).orElse(null)));
    }
    return out;
  }

  /**
   * A perfect tense in the clause before "since" ("has sponsored ... since", "have been open
   * since"), not negated, not a record ("the highest since", "the first ... since": a last time,
   * the time check's) and not a change ("have doubled since": the base of a change).
   */
  private static final Pattern HELD_SINCE =
      Pattern.compile("(?i)\\b(?:has|have|had)\\s+(?!not\\b|never\\b)[^,;.]{0,80}$");

  private static final Pattern RECORD_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:\\p{L}+est|most|least|first|last|only|record|never|not|no"
              // a change since a year has its base there, not a start: "have doubled since 2015"
              + "|risen|rose|fallen|fell|grown|grew|doubled|tripled|halved|increased|decreased"
              + "|declined|dropped|climbed|jumped|gained|lost|shrunk|shrank)\\b[^,;.]{0,60}$");

  private static boolean heldSince(String text, int since) {
    String before = text.substring(Math.max(0, since - 100), since);
    return HELD_SINCE.matcher(before).find() && !RECORD_BEFORE.matcher(before).find();
  }

  /** {@link OtherThing#named} in the passage's clause at {@code at}. */
  static String otherNamed(String claim, String passage, int at, Set<String> story) {
    int[] span = Subject.clauseSpan(passage, at);
    return OtherThing.named(claim, passage.substring(span[0], span[1]), story);
  }

  /** The date of a "since" interval ("since 2015" is 2015), in the text's offsets, or null. */
  private static TimeExpression sinceDate(TimeExpression since) {
    int skip = "since ".length();
    for (TimeExpression d : TimeExtractor.extract(since.text().substring(skip), null)) {
      if (d.from() != null && d.to() != null && d.anchor() == null) {
        int s = since.start() + skip + d.start();
        return TimeExpression.exact(d.text(), s, s + d.text().length(), d.kind(), d.from(), d.to());
      }
    }
    return null;
  }

  /**
   * The decades of {@code text} ("1970s", "1970's", "1970 's"): "the 1980s" is 1980-1989, "the
   * early 1980s" 1980-1983, "the mid-1980s" 1984-1986, "the late 1980s" 1987-1989.
   */
  static List<TimeExpression> decades(String text) {
    List<TimeExpression> out = new ArrayList<>();
    Matcher m = DECADE.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      int first = Integer.parseInt(m.group("dec")) * 10;
      String part = m.group("part") == null ? "" : m.group("part").toLowerCase(Locale.ROOT);
      int[] years =
          switch (part) {
            case "early" -> new int[] {first, first + 3};
            case "mid" -> new int[] {first + 4, first + 6};
            case "late" -> new int[] {first + 7, first + 9};
            default -> new int[] {first, first + 9};
          };
      out.add(
          TimeExpression.exact(
              m.group(),
              start,
              end,
              TimeExpression.Kind.INTERVAL,
              LocalDate.of(years[0], 1, 1),
              LocalDate.of(years[1], 12, 31)));
    }
    return out;
  }

  /** Stemmed content words within {@link #WINDOW} words before and after a span. */
  private static Set<String> near(String text, int start, int end) {
    Set<String> out = new LinkedHashSet<>();
    String[] before = WORD.split(text.substring(0, start).toLowerCase(Locale.ROOT));
    for (int i = Math.max(0, before.length - WINDOW); i < before.length; i++) {
      add(out, before[i]);
    }
    String[] after = WORD.split(text.substring(end).toLowerCase(Locale.ROOT));
    for (int i = 0; i < Math.min(after.length, WINDOW); i++) {
      add(out, after[i]);
    }
    return out;
  }

  private static void add(Set<String> out, String w) {
    if (w.length() > 2 && !STOP.contains(w)) {
      out.add(TextSignals.stem(w));
    }
  }

  /**
   * Whether the two dates' words share one that is not a name of the claim: what is held since then
   * ("the festival"), not only who holds it.
   */
  private static boolean sharesBeyondNames(String claim, Dated c, Dated p) {
    for (String w : shared(c.near(), p)) {
      if (!Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")
          .matcher(claim)
          .results()
          .allMatch(r -> Character.isUpperCase(claim.charAt(r.start())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean shares(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  private static List<String> shared(Set<String> claimNear, Dated p) {
    return p == null ? List.of() : claimNear.stream().filter(p.near()::contains).toList();
  }
}
