package org.factdesk.verify.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which kind of event a date in a text belongs to: the event verb nearest to it in its clause
 * ("construction began in 1908" is a start, "the line opened in 1912" an opening, "bought it in
 * 2017" a purchase). A thing's dates are many ("began in 1908 and opened in 1912"): a claim's
 * opening date is compared only with the passage's opening date. The classes are written once, as
 * word forms of verbs (and a few phrasal verbs) that name the same event.
 */
final class DatedEvents {
  /** The event classes: each word form (or phrase) to the class it names. */
  private static final Map<String, String> CLASSES = classes();

  private static Map<String, String> classes() {
    Map<String, String> out = new java.util.HashMap<>();
    put(
        out,
        "begin",
        "begin",
        "began",
        "begun",
        "begins",
        "start",
        "started",
        "starts",
        "commenced",
        "commence",
        "launched",
        "broke ground");
    put(
        out,
        "open",
        "open",
        "opened",
        "opens",
        "inaugurated",
        "unveiled",
        "completed",
        "finished",
        "went into service",
        "entered service",
        "went into operation",
        "opened to");
    put(
        out,
        "buy",
        "buy",
        "bought",
        "buys",
        "purchased",
        "purchase",
        "acquired",
        "acquire",
        "took over",
        "taken over",
        "takes over");
    put(out, "sell", "sell", "sold", "sells");
    put(
        out,
        "close",
        "closed",
        "shut",
        "shut down",
        "closes",
        "scrapped",
        "withdrawn",
        "withdrew",
        "abolished",
        "axed",
        "dropped");
    put(out, "found", "founded", "established", "set up", "created", "formed");
    put(out, "build", "built", "constructed", "erected");
    put(
        out,
        "renovate",
        "renovated",
        "rebuilt",
        "restored",
        "refurbished",
        "modernised",
        "modernized");
    put(out, "reopen", "reopened", "resumed", "reinstated", "restarted", "brought back");
    put(out, "die", "died", "killed", "lost their lives", "lost his life", "lost her life");
    put(out, "elect", "elected", "appointed", "named", "sworn in");
    put(out, "leave", "resigned", "retired", "stepped down", "left office");
    put(out, "move", "moved", "relocated");
    return Map.copyOf(out);
  }

  private static void put(Map<String, String> out, String name, String... forms) {
    for (String f : forms) {
      out.put(f, name);
    }
  }

  /** Any word form or phrase of {@link #CLASSES}, longest first so "shut down" beats "shut". */
  private static final Pattern FORMS =
      Pattern.compile(
          "\\b(?:"
              + String.join(
                  "|",
                  CLASSES.keySet().stream()
                      .sorted((a, b) -> b.length() - a.length())
                      .map(Pattern::quote)
                      .toList())
              + ")\\b");

  /** What ends a clause: a stop, a semicolon, a colon, a comma, a dash. */
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?,–—]|\\s-\\s");

  /** "since 2015, when Korva bought it": the year is the time of the when-clause's event. */
  private static final Pattern WHEN_AFTER = Pattern.compile("^\\s*,?\\s*when\\b");

  private DatedEvents() {}

  /**
   * The event class of the date at {@code start..end} of {@code text}: the last event word between
   * the clause's start and the date, or else the first one after the date before the clause ends
   * ("In 2018, four workers died": the comma right after a leading date does not end its clause);
   * empty when the clause names none of the classes.
   */
  static Optional<String> of(String text, int start, int end) {
    String lower = text.toLowerCase(Locale.ROOT);
    int from = 0;
    Matcher e = CLAUSE_END.matcher(lower);
    while (e.find() && e.end() <= start) {
      from = e.end();
    }
    String before = lower.substring(from, start);
    String found = null;
    Matcher m = FORMS.matcher(before);
    while (m.find()) {
      found = m.group();
    }
    if (found != null) {
      return Optional.of(CLASSES.get(found));
    }
    String rest = lower.substring(end);
    Matcher w = WHEN_AFTER.matcher(rest);
    int skip = w.find() ? w.end() : 0;
    if (skip == 0) {
      Matcher lead = Pattern.compile("^\\s*,").matcher(rest);
      skip = lead.find() ? lead.end() : 0;
    }
    rest = rest.substring(skip);
    Matcher stop = CLAUSE_END.matcher(rest);
    String after = stop.find() ? rest.substring(0, stop.start()) : rest;
    Matcher a = FORMS.matcher(after);
    return a.find() ? Optional.of(CLASSES.get(a.group())) : Optional.empty();
  }

  /** True when the text right after a "since" date is a when-clause that dates an event. */
  static boolean whenClause(String text, int end) {
    return WHEN_AFTER.matcher(text.substring(end).toLowerCase(Locale.ROOT)).find();
  }
}
