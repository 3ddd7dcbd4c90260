package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangeDaysTest {
  private static final LocalDate ARTICLE = LocalDate.parse("2026-12-03"); // a Thursday

  private static boolean another(String claim, String passage, String published) {
    return ChangeDays.anotherDay(claim, passage, ARTICLE, LocalDate.parse(published)).isPresent();
  }

  @Test
  void aMoveOnAnotherDayIsAnotherMove() {
    String claim = "Shares in Dorn Sport rose 6% on Wednesday.";
    assertThat(another(claim, "Shares in Dorn Sport rose 4% in October.", "2026-10-20")).isTrue();
    // a later report's own Wednesday is a week after the claim's
    assertThat(another(claim, "Shares in Dorn Sport rose 3% on Wednesday.", "2026-12-10")).isTrue();
  }

  @Test
  void theClaimsDayOrAnUndatedReportIsLeftToTheOtherChecks() {
    String claim = "Shares in Dorn Sport rose 6% on Wednesday.";
    assertThat(another(claim, "Shares in Dorn Sport rose 4% on Wednesday.", "2026-12-02"))
        .isFalse();
    assertThat(another(claim, "Shares in Dorn Sport rose 4%.", "2026-12-02")).isFalse();
    // the weekday is the report's, the month the move's: the passage's October is the claim's
    assertThat(
            another(
                "The jobless rate rose to 6.2% in October, the office said on Wednesday.",
                "The jobless rate rose to 6.2% in October.", "2026-11-05"))
        .isFalse();
    // no move in the claim: a one-off event on another day is the event check's
    assertThat(
            another(
                "The bridge closed on Wednesday.", "The bridge closed on Monday.", "2026-11-30"))
        .isFalse();
  }

  @Test
  void livesLostAreNoMoveOfAMeasure() {
    // "lost their lives" dates deaths, not a fall; a later toll is no move on another day
    assertThat(
            another(
                "Three miners lost their lives in the collapse on Monday.",
                "The death toll rose to four on Thursday.",
                "2026-12-03"))
        .isFalse();
    assertThat(
            another(
                "Shares in Dorn Sport lost 6% on Wednesday.",
                "Shares in Dorn Sport lost 4% in October.", "2026-10-20"))
        .isTrue();
  }
}
