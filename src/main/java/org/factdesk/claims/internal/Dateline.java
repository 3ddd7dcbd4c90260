package org.factdesk.claims.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.TimeExpression;

/**
 * An article's dateline: "KYIV, Feb 5 (Reuters) —", "LONDON —", "Abu Dhabi, Feb. 5 -". The place is
 * the upper-case (or capitalised) name before the comma or dash; the date, when given, is resolved
 * against the reference date (the latest such day not after it).
 *
 * @param place the place as written, title-cased when the dateline shouts ("KYIV" -> "Kyiv")
 * @param date the dateline's day, or null when it gives none or it cannot be resolved
 * @param prefix the dateline as written, up to the first word of the story ("KYIV, Feb 5 — "), or
 *     the empty string
 */
public record Dateline(String place, TimeExpression date, String prefix) {
  /** No dateline. */
  public static final Dateline NONE = new Dateline(null, null, "");

  public Dateline {
    if (prefix == null) {
      throw new IllegalArgumentException("prefix must not be null (use \"\")");
    }
  }

  /**
   * {@code text} without this dateline at its start ("KYIV, Feb 5 — Russia ..." -> "Russia ...").
   */
  public String strip(String text) {
    return prefix.isEmpty() || !text.startsWith(prefix) ? text : text.substring(prefix.length());
  }

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?<place>\\p{Lu}[\\p{Lu}.'’ -]{1,40}?|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})"
              + "(?:,\\s*(?<date>(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
              + "[a-z]*\\.?\\s+(?<day>\\d{1,2})))?"
              + "\\s*(?:\\([^)]{1,30}\\)\\s*)?[—–-]{1,2}\\s+\\S");
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  /** The times of the article's first sentence that are not the dateline's own date. */
  public java.util.List<TimeExpression> outside(java.util.List<TimeExpression> times) {
    return times.stream().filter(t -> t.start() >= prefix.length()).toList();
  }

  /** The dateline at the start of {@code text}, or {@link #NONE}. */
  public static Dateline of(String text, LocalDate reference) {
    String head = text.length() > 200 ? text.substring(0, 200) : text;
    Matcher m = DATELINE.matcher(head);
    if (!m.find()) {
      return NONE;
    }
    String place = m.group("place").strip();
    boolean shouting = place.equals(place.toUpperCase(Locale.ROOT));
    if (shouting && m.group("date") == null && place.length() < 3) {
      return NONE;
    }
    if (!shouting && m.group("date") == null) {
      return NONE; // "Meanwhile - ..." is no dateline; a capitalised place needs its date
    }
    TimeExpression date = null;
    if (m.group("date") != null && reference != null) {
      int month = MONTHS.indexOf(m.group("mon").substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
      int day = Integer.parseInt(m.group("day"));
      try {
        LocalDate d = LocalDate.of(reference.getYear(), month, day);
        if (d.isAfter(reference)) {
          d = d.minusYears(1);
        }
        date =
            new TimeExpression(
                m.group("date"),
                m.start("date"),
                m.end("date"),
                TimeExpression.Kind.DATE,
                d,
                d,
                null,
                Approx.EXACT,
                null);
      } catch (DateTimeException e) {
        date = null; // "Feb 31": no date
      }
    }
    String prefix = text.substring(0, m.end() - 1);
    return new Dateline(shouting ? titleCase(place) : place, date, prefix);
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }
}
