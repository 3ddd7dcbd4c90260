package org.factdesk.nlp;

import java.time.LocalDate;
import java.time.Period;

/**
 * A temporal expression resolved against a reference date.
 *
 * @param text the matched text
 * @param start start offset in the analysed text
 * @param end end offset (exclusive)
 * @param kind what it denotes
 * @param from first day (DATE, INTERVAL), or null when open or unknown
 * @param to last day (DATE, INTERVAL), or null when open or unknown
 * @param duration the length (DURATION, SET), else null
 * @param approx qualifier of a duration ("more than four years"), EXACT otherwise
 * @param anchor for intervals anchored on an event ("since the war began"): the event text
 */
public record TimeExpression(
    String text,
    int start,
    int end,
    Kind kind,
    LocalDate from,
    LocalDate to,
    Period duration,
    Approx approx,
    String anchor) {

  /** What a temporal expression denotes. */
  public enum Kind {
    DATE,
    INTERVAL,
    DURATION,
    SET
  }

  /** An exact date or interval: no duration, no approximation, no anchor. */
  public static TimeExpression exact(
      String text, int start, int end, Kind kind, LocalDate from, LocalDate to) {
    return new TimeExpression(text, start, end, kind, from, to, null, Approx.EXACT, null);
  }

  public TimeExpression {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank, got '" + text + "'");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start < end, got " + start + ".." + end);
    }
    if (kind == null || approx == null) {
      throw new IllegalArgumentException("kind and approx must not be null for " + text);
    }
    if ((kind == Kind.DURATION || kind == Kind.SET) && (duration == null || from != null)) {
      throw new IllegalArgumentException(
          kind + " needs a duration and no dates, got " + duration + ", " + from + " for " + text);
    }
    if (kind == Kind.DATE && from != null && !from.equals(to)) {
      throw new IllegalArgumentException("a DATE is one day, got " + from + ".." + to);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, got " + from + ".." + to);
    }
  }

  /**
   * ISO-8601 rendering: a day ("2026-02-05"), an interval ("2021-09-01/2021-12-31", open ends as
   * ".."), a duration ("P4Y"), a set ("every P1W"), or null when unresolved.
   */
  public String resolved() {
    if (kind == Kind.DURATION) {
      return duration.toString();
    }
    if (kind == Kind.SET) {
      return "every " + duration;
    }
    if (kind == Kind.DATE) {
      return from == null ? null : from.toString();
    }
    if (from == null && to == null) {
      return null;
    }
    return (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
  }
}
