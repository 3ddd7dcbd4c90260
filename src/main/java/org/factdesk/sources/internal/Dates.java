package org.factdesk.sources.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Lenient parsing of the dates found in feeds and corpora: RFC 1123, ISO 8601, plain dates. */
public final class Dates {
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
  private static final DateTimeFormatter RFC_822_ZONE_NAME =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ROOT);
  private static final DateTimeFormatter NO_DAY_NAME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.ROOT);

  private Dates() {}

  /** The instant the text names, or null if it is blank or not a date we know. Dates are UTC. */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s)
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // next
    }
    for (DateTimeFormatter f : new DateTimeFormatter[] {RFC_1123, RFC_822_ZONE_NAME, NO_DAY_NAME}) {
      try {
        return ZonedDateTime.parse(s, f).toInstant();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return null;
  }
}
