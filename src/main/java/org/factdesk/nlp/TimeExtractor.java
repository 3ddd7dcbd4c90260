package org.factdesk.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.Prefilter;
import org.factdesk.internal.TextMemo;

/**
 * Finds temporal expressions in English text and resolves them against a reference date (the
 * article's publication date): days ("Thursday", "yesterday", "March 5, 2024"), months ("in
 * September", "last month"), years and parts of years ("2014", "in late 2021", "early 2025"),
 * intervals ("the past year", "since 2014", "since the war began"), durations ("more than four
 * years") and sets ("every week"). Unqualified days and months are taken as the most recent ones on
 * or before the reference date, as news reports mostly do. With a null reference, dates stay
 * unresolved.
 */
public final class TimeExtractor {
  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
  private static final String MOD =
      "(?:(?<mod>early|mid|late|the end of|the beginning of|the start of)[- ]?)?";
  private static final String NUM = "\\d+|an?|a few|several|" + NumberWords.CARDINAL_ALT;

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b"
              + MOD
              + "(?<month>"
              + MONTHS
              + ")(?:\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:\\s?,?\\s+(?<year>(?:1[89]|20)\\d\\d)\\b)?");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>"
              + MONTHS
              + ")(?:\\s?,?\\s+(?<year>(?:1[89]|20)\\d\\d)\\b)?");
  private static final Pattern YEAR =
      Pattern.compile(
          "(?i)\\b"
              + MOD
              + "(?<![$€£\\d,.])(?<year>(?:1[89]|20)\\d\\d)\\b(?![%\\-]|[\\d,.]\\d)(?<next>\\s+\\p{L}+)?");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(?<dir>last|next|this|on)\\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\\b");

  /**
   * A future marker in the clause before a weekday ("will resume on Thursday", "is due to vote on
   * Monday"), with no past reporting verb after it ("will ..., officials said on Monday" keeps the
   * past Monday): the weekday is the coming one.
   */
  private static final Pattern FUTURE_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:will|shall)|['’]ll|\\b(?:is|are) (?:due|set|scheduled|expected) to"
              + "|\\b(?:plans?|intends?|aims?) to)\\b"
              + "(?![^.;:!?]*\\b(?:said|told|announced|added|reported|confirmed|wrote)\\b)"
              + "[^.;:!?]*$");

  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          "(?i)\\b(?<rel>today|yesterday|tomorrow|tonight|this morning|last night|overnight)\\b");
  private static final Pattern RELATIVE_UNIT =
      Pattern.compile(
          "(?i)\\b(?<dir>(?:the\\s+)?past|last|this|next|previous|coming|that)\\s+(?<unit>week|month|year|decade|weekend)\\b");

  /** "over the weekend", "at the weekend": the weekend just past (Saturday and Sunday). */
  private static final Pattern THE_WEEKEND =
      Pattern.compile("(?i)\\b(?:over|during|at|on|across)\\s+(?<t>the\\s+weekend)\\b");

  private static final Pattern PAST_N =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?:past|last|previous)\\s+(?<n>"
              + NUM
              + ")\\s+(?<unit>days|weeks|months|years|decades)\\b");
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)\\b(?:(?<q>no more than|not more than|not exceeding|no fewer than|not fewer than|no less than|not less than|at most|more than|over|nearly|almost|about|around|at least|less than|fewer than|under|up to|some|roughly|approximately)\\s+)?"
              + "(?<n>"
              + NUM
              + ")[\\s-](?<unit>days?|weeks?|months?|years?|decades?)(?<ago>\\s+(?:ago|earlier))?\\b");
  private static final Pattern SET =
      Pattern.compile(
          "(?i)\\b(?:(?:every|each)\\s+(?<unit>day|week|month|year)|(?<adv>daily|weekly|monthly|annually|yearly))\\b");
  private static final Pattern SINCE_EVENT =
      Pattern.compile(
          "(?i)\\bsince\\s+(?<anchor>(?:the|a|an|his|her|their|its|\\p{Lu}[\\p{L}.]*(?:['’]s)?)\\s[^,.;:!?“”\"()]{2,80})");
  private static final Set<String> YEAR_FOLLOWERS_OK =
      Set.of(
          "was", "is", "has", "as", "its", "this", "his", "marks", "saw", "brings", "levels",
          "figures");

  private static final Set<String> DURATION_LEADS =
      Set.of(
          "for", "in", "after", "within", "than", "over", "about", "nearly", "almost", "least",
          "to", "half", "once", "lasted", "took", "spent", "last", "lasts", "by");

  private TimeExtractor() {}

  private static String previousWord(String text, int start) {
    int e = start;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return text.substring(s, e).toLowerCase(Locale.ROOT);
  }

  /**
   * Temporal expressions in {@code text}, in order, resolved against {@code reference} (an
   * unmodifiable list; the last texts' are remembered, as the checks read a claim's times once per
   * passage).
   */
  public static List<TimeExpression> extract(String text, LocalDate reference) {
    return RECENT.get(new Key(text, reference));
  }

  private record Key(String text, LocalDate reference) {}

  private static final TextMemo<Key, List<TimeExpression>> RECENT =
      new TextMemo<>(
          "times",
          2_048,
          k -> k.text().length(),
          k -> List.copyOf(extractAnew(k.text(), k.reference())));

  private static List<TimeExpression> extractAnew(String text, LocalDate reference) {
    List<TimeExpression> cands = new ArrayList<>();
    // the patterns below run only on texts that hold the words they need (see Prefilter)
    boolean all = !Prefilter.enabled();
    if (all || Prefilter.containsAny(text, MONTH_STARTS)) {
      monthDays(text, reference, MONTH_DAY.matcher(text), cands);
      monthDays(text, reference, DAY_MONTH.matcher(text), cands);
    }
    years(text, cands);
    if (all || Prefilter.containsAny(text, WEEKDAYS)) {
      weekdays(text, reference, cands);
    }
    relativeDays(text, reference, cands);
    relativeUnits(text, reference, cands);
    theWeekend(text, reference, cands);
    String lower = text.toLowerCase(Locale.ROOT);
    boolean units = all || Prefilter.containsAny(lower, UNITS);
    if (units && (all || Prefilter.containsAny(lower, "past", "last", "previous"))) {
      pastN(text, reference, cands);
    }
    if (units) {
      durations(text, reference, cands);
    }
    if (all || lower.contains("quarter") || numberedQuarter(lower)) {
      quarters(text, reference, cands);
    }
    sets(text, cands);
    List<TimeExpression> kept = removeOverlaps(cands);
    return applySince(text, reference, kept);
  }

  /**
   * How every name of {@link #MONTHS} begins ({@link #MONTH_DAY} and {@link #DAY_MONTH} are
   * case-sensitive, so a text without one of these has no match).
   */
  private static final String[] MONTH_STARTS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** The names {@link #WEEKDAY} needs (case-sensitive). */
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  /**
   * The units {@link #PAST_N} and {@link #DURATION} need (case-insensitive in ASCII only, so the
   * lower-case text holds one wherever they match).
   */
  private static final String[] UNITS = {"day", "week", "month", "year", "decade"};

  /** Whether lower-case {@code lower} has a "q" before a digit 1 to 4 ("Q3 2025"). */
  private static boolean numberedQuarter(String lower) {
    for (int at = lower.indexOf('q'); at >= 0; at = lower.indexOf('q', at + 1)) {
      if (at + 1 < lower.length() && lower.charAt(at + 1) >= '1' && lower.charAt(at + 1) <= '4') {
        return true;
      }
    }
    return false;
  }

  private static void monthDays(String text, LocalDate ref, Matcher m, List<TimeExpression> out) {
    while (m.find()) {
      String month = m.group("month");
      String day = m.group("day");
      String year = m.group("year");
      if (month.equals("May")
          && day == null
          && year == null
          && !precededByPreposition(text, m.start())) {
        continue;
      }
      int mon = monthNumber(month);
      String mod = groupOrNull(m, "mod");
      LocalDate from = null;
      LocalDate to = null;
      YearMonth ym = null;
      if (year != null) {
        ym = YearMonth.of(Integer.parseInt(year), mon);
      } else if (ref != null) {
        ym = YearMonth.of(ref.getYear(), mon);
        boolean future =
            day == null && futureClause(text.substring(Math.max(0, m.start() - 80), m.start()));
        if (future && ym.atEndOfMonth().isBefore(ref)) {
          ym = ym.plusYears(1); // "will reopen in January", said in February
        } else if (!future && ym.atDay(1).isAfter(ref)) {
          ym = ym.minusYears(1);
        }
      }
      if (ym != null) {
        if (day != null) {
          int d = Integer.parseInt(day);
          if (d < 1 || d > ym.lengthOfMonth()) {
            continue;
          }
          from = ym.atDay(d);
          to = from;
        } else if (mod != null) {
          String md = mod.toLowerCase(Locale.ROOT);
          if (md.equals("early") || md.contains("beginning") || md.contains("start")) {
            from = ym.atDay(1);
            to = ym.atDay(10);
          } else if (md.equals("mid")) {
            from = ym.atDay(11);
            to = ym.atDay(20);
          } else {
            from = ym.atDay(21);
            to = ym.atEndOfMonth();
          }
        } else {
          from = ym.atDay(1);
          to = ym.atEndOfMonth();
        }
      }
      TimeExpression.Kind kind =
          day != null ? TimeExpression.Kind.DATE : TimeExpression.Kind.INTERVAL;
      out.add(
          new TimeExpression(
              m.group(), m.start(), m.end(), kind, from, to, null, Approx.EXACT, null));
    }
  }

  private static final Pattern PAST_AUXILIARY = Pattern.compile("(?i)\\b(?:did|was|were|had)\\b");

  /**
   * Whether the words before a bare month put it in the future: a marker of {@link #FUTURE_BEFORE}
   * in the month's own clause (after the last comma) with no past auxiliary after it. "The council,
   * which will meet soon, closed the pool in January" and "it will cost more than it did in March"
   * speak of a past month.
   */
  private static boolean futureClause(String before) {
    String clause = before.substring(before.lastIndexOf(',') + 1);
    Matcher f = FUTURE_BEFORE.matcher(clause);
    Matcher e = EXPECT.matcher(clause);
    int at = f.find() ? f.start() : e.find() ? e.start() : -1;
    return at >= 0 && !PAST_AUXILIARY.matcher(clause.substring(at)).find();
  }

  /**
   * "Analysts expect ... in March": a forecast of a month, which is the coming one. Not used for
   * weekdays ("expects a loss after sales fell on Monday" is last Monday).
   */
  private static final Pattern EXPECT = Pattern.compile("(?i)\\bexpects?\\b[^.;:!?]*$");

  /**
   * Quarters of a year: "the third quarter of 2025", "Q3 2025", "last quarter" (the one before the
   * reference day's), "this quarter"; a numbered quarter without a year is the latest one that has
   * begun by the reference day. A quarter century ("the past quarter century", "the last quarter of
   * the century") and a compound ("quarter-final") are no quarter of a year.
   */
  private static final Pattern QUARTER =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?<which>last|previous|past|this|current|first|second|third|fourth)"
              + "\\s+quarter(?:\\s+of\\s+(?<year>(?:19|20)\\d\\d))?\\b"
              + "(?!-|\\s+(?:of\\s+(?:a|the|this)\\s+)?centur)"
              + "|\\bQ(?<q>[1-4])\\s*(?<qyear>(?:19|20)\\d\\d)\\b");

  private static void quarters(String text, LocalDate ref, List<TimeExpression> out) {
    Matcher m = QUARTER.matcher(text);
    while (m.find()) {
      String which = groupOrNull(m, "which");
      String year = m.group("year") != null ? m.group("year") : m.group("qyear");
      int q;
      YearMonth first;
      if (which == null) {
        q = Integer.parseInt(m.group("q"));
        first = YearMonth.of(Integer.parseInt(year), 3 * q - 2);
      } else {
        String w = which.toLowerCase(Locale.ROOT);
        q =
            switch (w) {
              case "first" -> 1;
              case "second" -> 2;
              case "third" -> 3;
              case "fourth" -> 4;
              default -> 0;
            };
        if (ref == null && year == null) {
          continue;
        }
        if (q == 0) {
          if (year != null || ref == null) {
            continue; // "last quarter of 2025" reads as the fourth; left alone
          }
          YearMonth current = YearMonth.of(ref.getYear(), ((ref.getMonthValue() - 1) / 3) * 3 + 1);
          first = w.equals("this") || w.equals("current") ? current : current.minusMonths(3);
        } else if (year != null) {
          first = YearMonth.of(Integer.parseInt(year), 3 * q - 2);
        } else {
          first = YearMonth.of(ref.getYear(), 3 * q - 2);
          if (first.atDay(1).isAfter(ref)) {
            first = first.minusYears(1);
          }
        }
      }
      out.add(
          TimeExpression.exact(
              m.group(),
              m.start(),
              m.end(),
              TimeExpression.Kind.INTERVAL,
              first.atDay(1),
              first.plusMonths(2).atEndOfMonth()));
    }
  }

  private static void years(String text, List<TimeExpression> out) {
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      String next = groupOrNull(m, "next");
      if (next != null) {
        String w = next.strip();
        if (Character.isLowerCase(w.charAt(0))
            && w.endsWith("s")
            && !YEAR_FOLLOWERS_OK.contains(w)) {
          continue;
        }
      }
      int y = Integer.parseInt(m.group("year"));
      String mod = groupOrNull(m, "mod");
      LocalDate from = LocalDate.of(y, 1, 1);
      LocalDate to = LocalDate.of(y, 12, 31);
      if (mod != null) {
        String md = mod.toLowerCase(Locale.ROOT);
        if (md.equals("early") || md.contains("beginning") || md.contains("start")) {
          to = LocalDate.of(y, 4, 30);
        } else if (md.equals("mid")) {
          from = LocalDate.of(y, 5, 1);
          to = LocalDate.of(y, 8, 31);
        } else {
          from = LocalDate.of(y, md.contains("end") ? 10 : 9, 1);
        }
      }
      int end = m.end("year");
      out.add(
          TimeExpression.exact(
              text.substring(m.start(), end),
              m.start(),
              end,
              TimeExpression.Kind.INTERVAL,
              from,
              to));
    }
  }

  private static void weekdays(String text, LocalDate ref, List<TimeExpression> out) {
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
      String dir = groupOrNull(m, "dir");
      LocalDate d = null;
      if (ref != null) {
        if ("next".equals(dir)) {
          d = ref.with(TemporalAdjusters.next(dow));
        } else if ("last".equals(dir)) {
          d = ref.with(TemporalAdjusters.previous(dow));
        } else if (!"this".equals(dir)
            && FUTURE_BEFORE
                .matcher(text.substring(Math.max(0, m.start() - 80), m.start()))
                .find()) {
          d = ref.with(TemporalAdjusters.nextOrSame(dow)); // "will resume on Thursday"
        } else {
          d = ref.with(TemporalAdjusters.previousOrSame(dow));
        }
      }
      int start = "on".equals(dir) ? m.start("wd") : m.start();
      out.add(
          TimeExpression.exact(
              text.substring(start, m.end()), start, m.end(), TimeExpression.Kind.DATE, d, d));
    }
  }

  private static void relativeDays(String text, LocalDate ref, List<TimeExpression> out) {
    Matcher m = RELATIVE_DAY.matcher(text);
    while (m.find()) {
      String rel = m.group("rel").toLowerCase(Locale.ROOT);
      if (rel.equals("overnight")) {
        // "overnight" in a news report: the night before publication, from the evening of the day
        // before to the morning of the reference day
        out.add(
            TimeExpression.exact(
                m.group(),
                m.start(),
                m.end(),
                TimeExpression.Kind.INTERVAL,
                ref == null ? null : ref.minusDays(1),
                ref));
        continue;
      }
      LocalDate d = null;
      if (ref != null) {
        d =
            switch (rel) {
              case "yesterday", "last night" -> ref.minusDays(1);
              case "tomorrow" -> ref.plusDays(1);
              default -> ref;
            };
      }
      out.add(TimeExpression.exact(m.group(), m.start(), m.end(), TimeExpression.Kind.DATE, d, d));
    }
  }

  /**
   * "over the weekend" in a news report: the latest Saturday and Sunday not after the reference day
   * (on a Saturday, that Saturday and the next day).
   */
  private static void theWeekend(String text, LocalDate ref, List<TimeExpression> out) {
    Matcher m = THE_WEEKEND.matcher(text);
    while (m.find()) {
      LocalDate sat =
          ref == null ? null : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      out.add(
          TimeExpression.exact(
              m.group("t"),
              m.start("t"),
              m.end("t"),
              TimeExpression.Kind.INTERVAL,
              sat,
              sat == null ? null : sat.plusDays(1)));
    }
  }

  private static void relativeUnits(String text, LocalDate ref, List<TimeExpression> out) {
    Matcher m = RELATIVE_UNIT.matcher(text);
    while (m.find()) {
      String dir = m.group("dir").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String unit = m.group("unit").toLowerCase(Locale.ROOT);
      LocalDate from = null;
      LocalDate to = null;
      if (ref != null && !dir.equals("that")) {
        int shift =
            switch (dir) {
              case "last", "previous" -> -1;
              case "next", "coming" -> 1;
              default -> 0;
            };
        boolean past = dir.endsWith("past");
        switch (unit) {
          case "week", "weekend" -> {
            LocalDate monday =
                ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
            from = past ? ref.minusWeeks(1) : unit.equals("weekend") ? monday.plusDays(5) : monday;
            to = past ? ref : monday.plusDays(6);
          }
          case "month" -> {
            YearMonth ym = YearMonth.from(ref).plusMonths(shift);
            from = past ? ref.minusMonths(1) : ym.atDay(1);
            to = past ? ref : ym.atEndOfMonth();
          }
          case "year" -> {
            int y = ref.getYear() + shift;
            from = past ? ref.minusYears(1) : LocalDate.of(y, 1, 1);
            to = past ? ref : LocalDate.of(y, 12, 31);
          }
          default -> {
            from =
                past
                    ? ref.minusYears(10)
                    : LocalDate.of(ref.getYear() / 10 * 10 + 10 * shift, 1, 1);
            to = past ? ref : from.plusYears(10).minusDays(1);
          }
        }
      }
      out.add(
          TimeExpression.exact(
              m.group(), m.start(), m.end(), TimeExpression.Kind.INTERVAL, from, to));
    }
  }

  private static void pastN(String text, LocalDate ref, List<TimeExpression> out) {
    Matcher m = PAST_N.matcher(text);
    while (m.find()) {
      double n = count(m.group("n"));
      Approx approx = n < 0 ? Approx.ABOUT : Approx.EXACT;
      Period p = period(n < 0 ? 3 : n, m.group("unit"));
      LocalDate from = ref == null ? null : ref.minus(p);
      out.add(
          new TimeExpression(
              m.group(),
              m.start(),
              m.end(),
              TimeExpression.Kind.INTERVAL,
              from,
              ref,
              null,
              approx,
              null));
    }
  }

  private static void durations(String text, LocalDate ref, List<TimeExpression> out) {
    Matcher m = DURATION.matcher(text);
    while (m.find()) {
      double n = count(m.group("n"));
      Approx approx = approx(groupOrNull(m, "q"));
      if (n < 0) {
        n = 3;
        approx = Approx.ABOUT;
      }
      Period p = period(n, m.group("unit"));
      String nWord = m.group("n").toLowerCase(Locale.ROOT);
      String prevWord = previousWord(text, m.start());
      if ((nWord.equals("a") || nWord.equals("an"))
          && groupOrNull(m, "q") == null
          && m.group("ago") == null
          && !DURATION_LEADS.contains(prevWord)) {
        // "40,000 vehicles a day" is a rate
        out.add(
            new TimeExpression(
                m.group(),
                m.start(),
                m.end(),
                TimeExpression.Kind.SET,
                null,
                null,
                p,
                Approx.EXACT,
                null));
        continue;
      }
      if (m.group("ago") != null) {
        LocalDate d = ref == null ? null : ref.minus(p);
        out.add(
            new TimeExpression(
                m.group(), m.start(), m.end(), TimeExpression.Kind.DATE, d, d, null, approx, null));
      } else {
        out.add(
            new TimeExpression(
                m.group(),
                m.start(),
                m.end(),
                TimeExpression.Kind.DURATION,
                null,
                null,
                p,
                approx,
                null));
      }
    }
  }

  private static void sets(String text, List<TimeExpression> out) {
    Matcher m = SET.matcher(text);
    while (m.find()) {
      String unit = groupOrNull(m, "unit");
      if (unit == null) {
        String adv = m.group("adv").toLowerCase(Locale.ROOT);
        unit =
            adv.startsWith("dai")
                ? "day"
                : adv.startsWith("week") ? "week" : adv.startsWith("month") ? "month" : "year";
      }
      out.add(
          new TimeExpression(
              m.group(),
              m.start(),
              m.end(),
              TimeExpression.Kind.SET,
              null,
              null,
              period(1, unit),
              Approx.EXACT,
              null));
    }
  }

  /**
   * "since X": a date X becomes the interval X..reference; an event X an interval with open start.
   * A date after the reference ("since 2024" read against a passage of 2023) stays a date: there is
   * no interval from it to the reference.
   */
  private static List<TimeExpression> applySince(
      String text, LocalDate ref, List<TimeExpression> kept) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : kept) {
      String before =
          text.substring(Math.max(0, t.start() - 6), t.start()).toLowerCase(Locale.ROOT);
      if (before.endsWith("since ")
          && t.from() != null
          && (ref == null || !t.from().isAfter(ref))
          && (t.kind() == TimeExpression.Kind.DATE || t.kind() == TimeExpression.Kind.INTERVAL)) {
        int s = t.start() - 6;
        out.add(
            TimeExpression.exact(
                text.substring(s, t.end()),
                s,
                t.end(),
                TimeExpression.Kind.INTERVAL,
                t.from(),
                ref));
      } else {
        out.add(t);
      }
    }
    Matcher m = SINCE_EVENT.matcher(text);
    while (m.find()) {
      int s = m.start();
      boolean covered = out.stream().anyMatch(t -> t.start() <= s && t.end() > s);
      if (covered) {
        continue;
      }
      String anchor = trimAnchor(m.group("anchor"));
      int end = m.start("anchor") + anchor.length();
      boolean overlapsDate = false;
      for (TimeExpression t : out) {
        if (t.start() < end && t.end() > s) {
          overlapsDate = true;
        }
      }
      if (overlapsDate) {
        continue;
      }
      out.add(
          new TimeExpression(
              text.substring(s, end),
              s,
              end,
              TimeExpression.Kind.INTERVAL,
              null,
              ref,
              null,
              Approx.EXACT,
              anchor));
    }
    out.sort(Comparator.comparingInt(TimeExpression::start));
    return List.copyOf(out);
  }

  private static final Pattern ANCHOR_STOP =
      Pattern.compile(
          "\\s(?:with|and|but|while|when|as|amid|after|before|to|in order|which|who|that|according)\\s");

  private static String trimAnchor(String a) {
    Matcher stop = ANCHOR_STOP.matcher(a);
    String s = a;
    // keep at least the first word plus one more ("the war began")
    while (stop.find()) {
      if (stop.start() > 3) {
        s = a.substring(0, stop.start());
        break;
      }
    }
    String[] words = s.strip().split("\\s+");
    if (words.length > 8) {
      s = String.join(" ", java.util.Arrays.copyOf(words, 8));
    }
    return s.strip();
  }

  private static List<TimeExpression> removeOverlaps(List<TimeExpression> cands) {
    List<TimeExpression> sorted = new ArrayList<>(cands);
    sorted.sort(
        Comparator.comparingInt((TimeExpression t) -> t.end() - t.start())
            .reversed()
            .thenComparingInt(TimeExpression::start));
    List<TimeExpression> kept = new ArrayList<>();
    for (TimeExpression t : sorted) {
      boolean overlaps = kept.stream().anyMatch(k -> k.start() < t.end() && t.start() < k.end());
      if (!overlaps) {
        kept.add(t);
      }
    }
    kept.sort(Comparator.comparingInt(TimeExpression::start));
    return kept;
  }

  private static boolean precededByPreposition(String text, int start) {
    String before = text.substring(Math.max(0, start - 7), start).toLowerCase(Locale.ROOT);
    return before.matches(".*\\b(in|of|since|until|by|from|early|late|mid|last|next|this)[- ]$");
  }

  private static int monthNumber(String month) {
    String m = month.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (m) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  /** Value of a count ("4", "four", "a"), or -1 for vague counts ("a few", "several"). */
  private static double count(String n) {
    String l = n.toLowerCase(Locale.ROOT).strip();
    if (l.equals("a") || l.equals("an")) {
      return 1;
    }
    if (l.equals("a few") || l.equals("several")) {
      return -1;
    }
    if (Character.isDigit(l.charAt(0))) {
      return Double.parseDouble(l);
    }
    return NumberWords.parse(l);
  }

  private static Period period(double n, String unit) {
    int k = (int) Math.round(n);
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("day")) {
      return Period.ofDays(k);
    } else if (u.startsWith("week")) {
      return Period.ofWeeks(k);
    } else if (u.startsWith("month")) {
      return Period.ofMonths(k);
    } else if (u.startsWith("decade")) {
      return Period.ofYears(10 * k);
    }
    return Period.ofYears(k);
  }

  private static Approx approx(String q) {
    if (q == null) {
      return Approx.EXACT;
    }
    return switch (q.toLowerCase(Locale.ROOT)) {
      case "no more than", "not more than", "not exceeding", "at most" -> Approx.UP_TO;
      case "no fewer than", "not fewer than", "no less than", "not less than" -> Approx.AT_LEAST;
      case "more than", "over" -> Approx.MORE_THAN;
      case "nearly", "almost" -> Approx.NEARLY;
      case "at least" -> Approx.AT_LEAST;
      case "less than", "fewer than", "under" -> Approx.LESS_THAN;
      case "up to" -> Approx.UP_TO;
      default -> Approx.ABOUT;
    };
  }

  private static String groupOrNull(Matcher m, String group) {
    return m.pattern().namedGroups().containsKey(group) ? m.group(group) : null;
  }
}
