package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
  void aDateOfAnotherSubjectsEventIsNotComparedButNoted() {
    // a sister tower's year: not support, only a note that it is another's event
    String sister =
        "The Vester Skarn light, a sister tower to the Skarn lighthouse, was built in 1868.";
    assertThat(DateCheck.check("The Skarn lighthouse was built in 1868.", sister))
        .map(Finding::check)
        .contains("event");
    assertThat(outcome("The Skarn lighthouse was built in 1868.", sister)).isEqualTo("note");
    // a rival's year against a claim that names no one: the story's subject decides
    assertThat(
            DateCheck.check(
                    "It last won the league in 1998.",
                    "Lindå IF last won the league in 1998.",
                    Set.of("ostra"))
                .map(Finding::outcome))
        .contains("note");
    // the claim's own subject is compared as before
    assertThat(
            outcome(
                "Ostra last won the league in 1998.", "Ostra's last league title came in 2001."))
        .isEqualTo("disagrees");
  }

  @Test
  void aCompletionDatesTheBuilding() {
    assertThat(
            outcome(
                "The Skarn lighthouse was built in 1868.",
                "The Skarn lighthouse was completed in 1871 to a design by Hans Moe."))
        .isEqualTo("disagrees");
    // a storm that destroyed something else in 1902 does not date the building
    assertThat(
            outcome(
                "The Skarn lighthouse was built in 1868.",
                "A storm in 1902 destroyed the lighthouse pier at Skarn."))
        .isEqualTo("none");
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

  @Test
  void aDatedEventHasTheEventChecksClass() {
    // one table (nlp.EventVerbs): "completed" is an end, not an opening; "restarted" a resumption
    String done = "The bridge was completed in 1932.";
    assertThat(DatedEvents.of(done, done.indexOf("1932"), done.indexOf("1932") + 4))
        .contains(EventCheck.action("complete"));
    assertThat(EventCheck.action("complete")).isNotEqualTo(EventCheck.action("open"));
    String again = "Ferry services restarted in 2021.";
    assertThat(DatedEvents.of(again, again.indexOf("2021"), again.indexOf("2021") + 4))
        .contains(EventCheck.action("restart"));
    assertThat(EventCheck.action("reopen")).isEqualTo(EventCheck.action("restart"));
    // a noun is no event verb: "the end of 2019" dates no end
    String end = "Prices stayed high until the end of 2019.";
    assertThat(DatedEvents.of(end, end.indexOf("2019"), end.indexOf("2019") + 4)).isEmpty();
    // a noun in -ing is no event verb: the when-clause's purchase dates the year
    String port = "The city has owned the old terminal building since 2004, when it bought it.";
    int at = port.indexOf("2004");
    assertThat(DatedEvents.of(port, at, at + 4)).contains("buy");
    String bought = "The city purchased the terminal building from the port authority in 2004.";
    at = bought.indexOf("2004");
    assertThat(DatedEvents.of(bought, at, at + 4)).contains("buy");
    // a phrasal verb of several words
    String lives = "Nine miners lost their lives in 1956.";
    assertThat(DatedEvents.of(lives, lives.indexOf("1956"), lives.indexOf("1956") + 4))
        .contains("die");
  }

  @Test
  void theEndOfATermIsComparedWithAnEndOfTheSameSubjectsTerm() {
    String claim = "Dahl signed a contract extension in October that runs until 2029.";
    assertThat(outcome(claim, "Ostra have extended Dahl's contract to June 2028."))
        .isEqualTo("disagrees");
    assertThat(outcome(claim, "Ostra have extended Dahl's contract until June 2029."))
        .isEqualTo("agrees");
    // another coach's deal: a note, not support
    assertThat(outcome(claim, "Lindå have tied Eng to a new contract until 2029."))
        .isEqualTo("note");
    // the end of a range is no end of a term, and a term's end is no date of an event
    assertThat(outcome(claim, "Dahl coached Lindå from 2019 to 2028 under contract."))
        .isEqualTo("none");
    assertThat(outcome("Dahl signed a contract in 2028.", "Dahl's contract runs until 2028."))
        .isEqualTo("none");
  }

  @Test
  void wentDownIsASinkingLikeCapsizedAndALastTitleALastWin() {
    String claim = "The Marit capsized in 1881.";
    assertThat(outcome(claim, "The Marit went down in a storm in 1883.")).isEqualTo("disagrees");
    // a sinking is dated by its own verb, not by the building before it
    assertThat(outcome(claim, "Built in 1881, the Marit went down in a storm in 1883."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "Harby last won the league in 1998.", "Harby's last league title came in 2001."))
        .isEqualTo("disagrees");
  }

  @Test
  void theStartOfWhatStillHoldsIsComparedWithAnotherStart() {
    String claim = "Dorn Brewery has sponsored the festival since 2015.";
    assertThat(outcome(claim, "Dorn Brewery has been the festival's main sponsor since 2011."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(claim, "Dorn Brewery has sponsored the festival since 2015, its owner said."))
        .isEqualTo("agrees");
    // a record ("the first since"), and a date of another kind, are not a start
    assertThat(outcome(claim, "It was the festival's biggest crowd since 2011.")).isEqualTo("none");
    assertThat(outcome(claim, "Dorn Brewery sponsored the festival in 2011.")).isEqualTo("none");
    assertThat(
            outcome(
                "Curlew numbers in the Dorn wetland have doubled since 2015.",
                "Curlew numbers in the Dorn wetland have risen by 20% since 2011."))
        .isEqualTo("none");
    // another festival of the brewery's
    assertThat(
            DateCheck.check(
                    claim, "Dorn Brewery has sponsored the Selvik Jazz Festival since 2015.")
                .map(f -> f.check() + " " + f.outcome())
                .orElse("none"))
        .isEqualTo("event note");
  }
}
