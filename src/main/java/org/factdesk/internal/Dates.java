package org.factdesk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date and time spellings that pages, feeds and corpora use (ISO 8601, RFC 1123 and RFC
 * 822 with zone names, written-out English dates); times without a zone are taken as UTC.
 */
public final class Dates {
  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ISO_ZONED_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]XXX", Locale.ROOT),
          DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT),
          DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ROOT),
          DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.ROOT));
  private static final List<DateTimeFormatter> LOCAL =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT));

  private static final List<DateTimeFormatter> ENGLISH_DATES =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH));

  private Dates() {}

  /**
   * A date written out in English ("December 2, 2026", "2 Dec 2026", "Published Tuesday, December
   * 2, 2026"), as the start of that day in UTC; null otherwise.
   */
  public static Instant parseEnglishDate(String value) {
    String s = value.strip().replaceFirst("(?i)^(published|updated|posted)( on)?:?\\s+", "");
    if (s.length() > 40) {
      return null;
    }
    for (DateTimeFormatter f : ENGLISH_DATES) {
      try {
        Instant i =
            LocalDate.parse(s, f.withResolverStyle(java.time.format.ResolverStyle.SMART))
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        return i.isBefore(EARLIEST) || i.isAfter(LATEST) ? null : i;
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return null;
  }

  /** The earliest instant a date of a page, feed or comment may name. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant a date of a page, feed or comment may name. */
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * The instant a date string names, or null when it cannot be read or lies outside the years 1 to
   * 9999 ("+999999999-12-31" is no publication date, and its milliseconds overflow a long).
   */
  public static Instant parse(String value) {
    Instant i = parseAny(value);
    return i == null || i.isBefore(EARLIEST) || i.isAfter(LATEST) ? null : i;
  }

  private static Instant parseAny(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty() || s.length() > 64) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      // try the other forms
    }
    for (DateTimeFormatter f : ZONED) {
      try {
        return ZonedDateTime.parse(s, f).toInstant();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    for (DateTimeFormatter f : ZONED.subList(0, 1)) {
      try {
        return OffsetDateTime.parse(s, f).toInstant();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    for (DateTimeFormatter f : LOCAL) {
      try {
        return LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s)
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return parseEnglishDate(s);
    }
  }

  /** The English names of the weekdays and months, lower case ("monday", "january"). */
  public static java.util.Set<String> calendarWords() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      out.add(
          d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
              .toLowerCase(java.util.Locale.ROOT));
    }
    for (java.time.Month m : java.time.Month.values()) {
      out.add(
          m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
              .toLowerCase(java.util.Locale.ROOT));
    }
    return java.util.Set.copyOf(out);
  }
}
