package org.factdesk.nlp;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays and months written as words, read the same way by every check. "May" is a month only
 * after a preposition ("in May", "since May", "mid-May") or before a day or a year ("May 5", "May
 * 2024"), never as the verb or the name alone; "Monday's" is a name of something, not a day. The
 * preposition may start a sentence ("In May, ..."); it is given in lower case.
 */
public final class CalendarWords {
  /** A weekday; group 1 is its name. */
  public static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!['’]s)");

  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(?:((?i:in|since|by|until|from|before|after|early|late|mid|of))(?:\\s+|-))?(January"
              + "|February|March|April|May|June|July|August|September|October|November|December)\\b"
              + "(\\s+\\d{1,4}\\b)?");

  /**
   * A month named in a text.
   *
   * @param month the month
   * @param preposition the word before it ("in", "since", "mid"), in lower case, or null
   * @param start where its name starts
   * @param end where it ends
   */
  public record Named(Month month, String preposition, int start, int end) {
    public Named {
      if (month == null) {
        throw new IllegalArgumentException("month must not be null");
      }
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "span must satisfy 0 <= start < end, got " + start + ".." + end + " for " + month);
      }
    }
  }

  private CalendarWords() {}

  /** The months a text names, in order (see the class comment for "May"). */
  public static List<Named> months(String text) {
    List<Named> out = new ArrayList<>();
    Matcher m = MONTH.matcher(text);
    while (m.find()) {
      if (m.group(2).equals("May") && m.group(1) == null && m.group(3) == null) {
        continue;
      }
      out.add(
          new Named(
              Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
              m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT),
              m.start(2),
              m.end(2)));
    }
    return out;
  }

  /** Whether one word is a month's name that is no other word ("March", not "May"). */
  public static boolean isMonthWord(String word) {
    Matcher m = MONTH.matcher(word);
    return m.matches() && !m.group(2).equals("May");
  }

  /** Whether one word is a weekday's name. */
  public static boolean isWeekdayWord(String word) {
    return WEEKDAY.matcher(word).matches();
  }

  /** The day of a weekday's name ("Monday"). */
  public static DayOfWeek day(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
