package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvidenceTimeTest {
  private static final Instant DAY_ONLY = Instant.parse("2026-12-03T00:00:00Z");
  private static final Instant WITH_HOUR = Instant.parse("2026-12-03T08:15:00Z");

  @Test
  void theWholeArticleDayCounts() {
    assertThat(EvidenceTime.notAfter(DAY_ONLY))
        .isEqualTo(Instant.parse("2026-12-03T23:59:59.999999999Z"));
    assertThat(EvidenceTime.notAfter(WITH_HOUR)).isEqualTo(EvidenceTime.notAfter(DAY_ONLY));
    assertThat(EvidenceTime.late(DAY_ONLY, Instant.parse("2026-12-03T22:00:00Z"))).isFalse();
    assertThat(EvidenceTime.late(WITH_HOUR, Instant.parse("2026-12-03T22:00:00Z"))).isFalse();
    assertThat(EvidenceTime.late(DAY_ONLY, Instant.parse("2026-11-20T10:00:00Z"))).isFalse();
  }

  @Test
  void aPassageOfALaterDayIsLate() {
    assertThat(EvidenceTime.late(DAY_ONLY, Instant.parse("2026-12-04T00:00:00Z"))).isTrue();
    assertThat(EvidenceTime.late(WITH_HOUR, Instant.parse("2026-12-04T10:00:00Z"))).isTrue();
  }

  @Test
  void unknownTimesAreNeverLate() {
    assertThat(EvidenceTime.notAfter(null)).isNull();
    assertThat(EvidenceTime.late(null, Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    assertThat(EvidenceTime.late(DAY_ONLY, null)).isFalse();
  }
}
