package org.factdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2026-03-14T09:30:00Z               | 2026-03-14T09:30:00Z
          2026-03-14T09:30:00+01:00          | 2026-03-14T08:30:00Z
          2026-03-14T09:30:00.123-05:00      | 2026-03-14T14:30:00.123Z
          2026-03-14T09:30:00+0100           | 2026-03-14T08:30:00Z
          2026-03-14 09:30:00                | 2026-03-14T09:30:00Z
          2026-03-14T09:30                   | 2026-03-14T09:30:00Z
          2026-03-14                         | 2026-03-14T00:00:00Z
          Sat, 14 Mar 2026 09:30:00 GMT      | 2026-03-14T09:30:00Z
          March 14, 2026                     | 2026-03-14T00:00:00Z
          Mar 14, 2026                       | 2026-03-14T00:00:00Z
          14 March 2026                      | 2026-03-14T00:00:00Z
          Published Saturday, March 14, 2026 | 2026-03-14T00:00:00Z
          Wed, 14 Jan 2026 09:30 EST         | 2026-01-14T14:30:00Z
          14 Mar 2026 09:30:00 +0100         | 2026-03-14T08:30:00Z
          """)
  void parses(String text, String expected) {
    assertThat(Dates.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "yesterday",
    "2026-13-45",
    "'By Maria Okafor'",
    "''",
    "14",
    // outside the years 1 to 9999: no publication date (its milliseconds overflowed a search)
    "+999999999-12-31T23:59:59Z",
    "-5000-01-01T00:00:00Z",
    "+10000-01-01"
  })
  void unreadableIsNull(String text) {
    assertThat(Dates.parse(text)).isNull();
  }
}
