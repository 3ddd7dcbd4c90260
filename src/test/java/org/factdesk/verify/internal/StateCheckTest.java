package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class StateCheckTest {
  private static final LocalDate ARTICLE = LocalDate.parse("2026-12-03");

  private static String outcome(String claim, String passage, String published) {
    Optional<Finding> f =
        StateCheck.check(
            claim, passage, ARTICLE, published == null ? null : LocalDate.parse(published));
    return f.map(Finding::outcome).orElse("none");
  }

  @Test
  void aReopeningBeforeTheClaimsTimeRefutesAContinuingClosure() {
    String claim = "The Grauberg pass road remains closed after Sunday's avalanche.";
    assertThat(outcome(claim, "The Grauberg pass road reopened on Wednesday.", "2026-12-02"))
        .isEqualTo("disagrees");
    assertThat(outcome(claim, "The Grauberg pass road was closed on Sunday.", "2026-11-29"))
        .isEqualTo("agrees");
    // another road, and a reopening after the claim's time
    assertThat(outcome(claim, "The Mora road reopened on Wednesday.", "2026-12-02"))
        .isEqualTo("none");
    assertThat(outcome(claim, "The Grauberg pass road reopened on Monday.", "2026-12-07"))
        .isEqualTo("none");
  }

  @Test
  void anOppositeChangeIsTheStateBeforeOrAfterAChangeNotARefutation() {
    String detained = "Police detained the finance director Lena Voss on Tuesday.";
    assertThat(outcome(detained, "Lena Voss was released from custody on Thursday.", "2026-12-03"))
        .isEqualTo("note");
    String lifted = "The ban on heavy lorries on the Grauberg pass has been lifted.";
    assertThat(
            outcome(
                lifted,
                "The ban on heavy lorries on the Grauberg pass was imposed on Monday.",
                "2026-11-30"))
        .isEqualTo("note");
    assertThat(
            outcome(
                lifted,
                "The ban on heavy lorries on the Grauberg pass remains in place.",
                "2026-12-03"))
        .isEqualTo("disagrees");
    // without a date, a change is no evidence either way
    assertThat(outcome(lifted, "The ban on heavy lorries on the Grauberg pass was imposed.", null))
        .isEqualTo("none");
  }

  @Test
  void anOppositeOutcomeRefutesAndTheSameAgreesOnlyWithADate() {
    String claim = "The city council approved the stadium licence for Lindau Rovers.";
    assertThat(
            outcome(
                claim, "The city council rejected the stadium licence for Lindau Rovers.", null))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                claim,
                "The city council approved a licence for the Lindau ice rink.",
                "2026-11-30"))
        .isEqualTo("none");
    assertThat(
            outcome(
                claim,
                "The city council approved the stadium licence for Lindau Rovers.",
                "2026-11-30"))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                claim, "The city council approved the stadium licence for Lindau Rovers.", null))
        .isEqualTo("none");
  }

  @Test
  void aRefusalToResignRefutesAResignation() {
    assertThat(
            outcome(
                "Former mayor Paul Stern has resigned from the city council.",
                "Paul Stern refused to resign and remains a member of the city council.",
                "2026-12-02"))
        .isEqualTo("disagrees");
  }

  @Test
  void aClaimWithAFigureIsTheQuantityChecks() {
    assertThat(outcome("Kai Moor lost 4 million euros.", "Kai Moor won 4 million euros.", null))
        .isEqualTo("none");
  }

  @Test
  void theDayOfAStateIsReadFromItsSentence() {
    LocalDate ref = LocalDate.parse("2026-12-03"); // a Thursday
    assertThat(StateCheck.when("It reopened on Wednesday.", ref)).isEqualTo("2026-12-02");
    assertThat(StateCheck.when("It reopened on Thursday.", ref)).isEqualTo("2026-12-03");
    assertThat(StateCheck.when("It reopened in August.", ref)).isEqualTo("2026-08-01");
    assertThat(StateCheck.when("It reopened in December.", LocalDate.parse("2026-02-01")))
        .isEqualTo("2025-12-01");
    assertThat(StateCheck.when("Closed since October, it stays shut.", ref)).isEqualTo(ref);
    assertThat(StateCheck.when("It may reopen.", ref)).isEqualTo(ref);
    assertThat(StateCheck.when("It reopened.", null)).isNull();
  }

  @Test
  void anOppositeChangeRefutesAContinuingStateOnlyWhenKnownToComeBeforeIt() {
    String claim = "The Grauberg pass road remains closed after Sunday's avalanche.";
    assertThat(outcome(claim, "The Grauberg pass road reopened in 1998.", null)).isEqualTo("none");
    // a day after the claim's time: a later change, no grace for a change
    assertThat(outcome(claim, "The Grauberg pass road reopened on Friday.", "2026-12-04"))
        .isEqualTo("none");
    assertThat(outcome(claim, "The Grauberg pass road reopened on Thursday.", "2026-12-03"))
        .isEqualTo("disagrees");
  }

  @Test
  void aContractedNegationIsNotTheSameState() {
    String lifted = "The ban on heavy lorries on the Grauberg pass has been lifted.";
    assertThat(
            outcome(
                lifted,
                "The ban on heavy lorries on the Grauberg pass hasn't been lifted.",
                "2026-12-03"))
        .isEqualTo("disagrees");
  }

  @Test
  void aSentenceWithBothOutcomesDoesNotRefute() {
    String claim = "The city council approved the stadium licence for Lindau Rovers.";
    assertThat(
            outcome(
                claim,
                "The city council rejected the stadium licence for Lindau Rovers in 2019 but"
                    + " approved it on Monday.",
                "2026-11-30"))
        .isNotEqualTo("disagrees");
  }

  @Test
  void theMonthOfADayIsTheOneAcceptedNotTheNameMay() {
    LocalDate ref = LocalDate.parse("2026-12-03");
    assertThat(StateCheck.when("May Berg said the road has been closed since March.", ref))
        .isEqualTo("2026-12-03");
    assertThat(StateCheck.when("May Berg said the road was closed in March.", ref))
        .isEqualTo("2026-03-01");
  }

  @Test
  void outcomesOfAPlannedEventRuleEachOtherOut() {
    String cancelled = "The Dorn Folk Festival has cancelled its spring concert series.";
    assertThat(
            outcome(
                cancelled,
                "The Dorn Folk Festival has postponed its spring concert series until May.",
                "2026-12-02"))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                cancelled,
                "The Dorn Folk Festival has called off its spring concert series.",
                "2026-12-02"))
        .isEqualTo("agrees");
    // another thing postponed: the series, not the claim's concert
    assertThat(
            outcome(
                "Organisers called off Friday's opening concert at the Dorn hall.",
                "The Dorn Folk Festival has postponed its spring concert series after the Dorn hall"
                    + " flooded.",
                "2026-12-02"))
        .isEqualTo("none");
    // held as planned
    assertThat(
            outcome(
                "The hospital postponed the opening of its new wing.",
                "The hospital's new wing opened on Monday as planned.",
                "2026-11-30"))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "The hospital postponed the opening of its new wing.",
                "The hospital's new wing will open on Monday as planned.",
                "2026-11-30"))
        .isEqualTo("none");
  }

  @Test
  void aContractExtendedKeepsTheHolderInOffice() {
    assertThat(
            outcome(
                "Head coach Per Lund resigned on Monday.",
                "The federation on Monday extended head coach Per Lund's contract until 2030.",
                "2026-11-30"))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "Head coach Per Lund resigned on Monday.",
                "Per Lund's contract as head coach was extended on Monday.",
                "2026-11-30"))
        .isEqualTo("disagrees");
    // leaving a post is resigning, even after a term given in years
    assertThat(
            outcome(
                "Team doctor Ane Moe has stepped down after eight years.",
                "Team doctor Ane Moe has left her post after eight years with the team.",
                "2026-12-01"))
        .isEqualTo("agrees");
  }
}
