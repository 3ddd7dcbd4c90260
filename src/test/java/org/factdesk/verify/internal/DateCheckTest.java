package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class DateCheckTest {
  private static String outcome(String claim, String passage) {
    return DateCheck.check(claim, passage).map(Finding::outcome).orElse("none");
  }

  @Test
  void theDateOfTheClaimsEventDecidesNotAnotherEventsDate() {
    String passage =
        "Construction of the Moreland coast railway began in 1908, and the line opened to"
            + " passengers in 1912.";
    assertThat(outcome("The Moreland coast railway opened in 1908.", passage))
        .isEqualTo("disagrees");
    assertThat(outcome("The Moreland coast railway opened in 1912.", passage)).isEqualTo("agrees");
    assertThat(outcome("Work on the Moreland coast railway started in 1908.", passage))
        .isEqualTo("agrees");
  }

  @Test
  void aPurchaseDateSaysNothingOfAnOpeningDate() {
    assertThat(
            outcome(
                "The old ferry terminal opened in 1962.",
                "The city purchased the terminal building from the port authority in 2004."))
        .isEqualTo("none");
    // a date whose clause names no event class is still compared
    assertThat(
            outcome(
                "The old ferry terminal opened in 1962.",
                "The terminal's first ship docked in 1975."))
        .isEqualTo("disagrees");
  }

  @Test
  void sinceAYearWhenDatesTheWhenClausesEvent() {
    String claim =
        "The factory has belonged to Korva Chemicals since 2015, when Korva bought it from the"
            + " Lund family.";
    assertThat(outcome(claim, "Korva Chemicals bought the factory from the Lund family in 2017."))
        .isEqualTo("disagrees");
    assertThat(outcome(claim, "Korva Chemicals acquired the factory from the Lund family in 2015."))
        .isEqualTo("agrees");
    // a plain "since" is an open interval, not compared
    assertThat(
            outcome(
                "The factory has belonged to Korva Chemicals since 2015.",
                "Korva Chemicals bought the factory in 2017."))
        .isEqualTo("none");
  }

  @Test
  void aLeadingDateBelongsToTheVerbAfterItsComma() {
    assertThat(DatedEvents.of("In 2018, four workers died in a fire.", 3, 7)).contains("die");
    assertThat(DatedEvents.of("Opened in 1931, the hall closed in 1990.", 10, 14)).contains("open");
    assertThat(DatedEvents.of("The hall dates from 1975.", 20, 24)).isEmpty();
  }
}
