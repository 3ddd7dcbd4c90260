package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {
  static final LocalDate REF = LocalDate.of(2026, 2, 6);

  @Test
  void upperCasePlaceWithDateAndAgency() {
    Dateline d = Dateline.of("KYIV, Feb 5 (Reuters) — Russia fired 183 drones.", REF);
    assertThat(d.place()).isEqualTo("Kyiv");
    assertThat(d.date().resolved()).isEqualTo("2026-02-05");
    assertThat(d.prefix()).isEqualTo("KYIV, Feb 5 (Reuters) — ");
    assertThat(d.strip("KYIV, Feb 5 (Reuters) — Russia fired 183 drones."))
        .isEqualTo("Russia fired 183 drones.");
  }

  @Test
  void placeOnlyAndMultiWordPlaces() {
    Dateline d = Dateline.of("ABU DHABI - The talks entered their second day.", REF);
    assertThat(d.place()).isEqualTo("Abu Dhabi");
    assertThat(d.date()).isNull();
    assertThat(Dateline.of("Abu Dhabi, Feb. 4 — Talks began.", REF).date().resolved())
        .isEqualTo("2026-02-04");
  }

  @Test
  void aDateAfterTheReferenceBelongsToTheYearBefore() {
    assertThat(Dateline.of("LONDON, Dec 30 — Markets fell.", REF).date().resolved())
        .isEqualTo("2025-12-30");
  }

  @Test
  void ordinaryOpeningsAreNoDateline() {
    assertThat(Dateline.of("Russia fired 183 drones - the most this year.", REF))
        .isEqualTo(Dateline.NONE);
    assertThat(Dateline.of("Meanwhile - nothing happened.", REF)).isEqualTo(Dateline.NONE);
    assertThat(Dateline.of("", REF)).isEqualTo(Dateline.NONE);
    // an impossible day gives the place but no date
    Dateline d = Dateline.of("KYIV, Feb 31 — Text.", REF);
    assertThat(d.place()).isEqualTo("Kyiv");
    assertThat(d.date()).isNull();
  }
}
