package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class PlacingCheckTest {
  private static final LocalDate ARTICLE = LocalDate.parse("2026-12-03");

  private static String outcome(String claim, String passage, String published) {
    return PlacingCheck.check(claim, passage, ARTICLE, LocalDate.parse(published))
        .map(Finding::outcome)
        .orElse("none");
  }

  @Test
  void oneEventHasOnePlacingPerContestant() {
    String claim = "Ida Berg finished second in Saturday's 10km race at Dorn.";
    assertThat(
            outcome(
                claim,
                "Mia Lund won Saturday's 10km race at Dorn, ahead of Eva Holt, with Ida Berg third.",
                "2026-11-28"))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                claim, "At Dorn on Saturday, Ida Berg took third place in the 10km.", "2026-11-28"))
        .isEqualTo("disagrees");
    assertThat(outcome(claim, "Ida Berg was second in the 10km at Dorn.", "2026-11-28"))
        .isEqualTo("agrees");
    assertThat(outcome(claim, "Ida Berg was runner-up at Dorn on Saturday.", "2026-11-28"))
        .isEqualTo("agrees");
  }

  @Test
  void anotherRaceOrAnotherDayIsNoEvidence() {
    String claim = "Ida Berg finished second in Saturday's 10km race at Dorn.";
    assertThat(outcome(claim, "Ida Berg finished third in the 10km race at Vik.", "2026-11-22"))
        .isEqualTo("note");
    assertThat(outcome(claim, "Ida Berg finished third at Dorn on Sunday.", "2026-11-23"))
        .isEqualTo("note");
    assertThat(outcome(claim, "Eva Holt finished third at Dorn on Saturday.", "2026-11-28"))
        .isEqualTo("none");
    // "was first elected": no placing
    assertThat(PlacingCheck.placings("Ida Berg was first elected in 2010.")).isEmpty();
  }
}
