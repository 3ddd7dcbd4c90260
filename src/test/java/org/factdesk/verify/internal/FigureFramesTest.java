package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

/** Figures of another frame: another year, a predecessor, a trial arm, an owner, a route. */
class FigureFramesTest {
  private static final LocalDate ARTICLE = LocalDate.of(2026, 8, 10);

  private static String outcome(String claim, String passage, LocalDate published) {
    Optional<Finding> f = QuantityCheck.check(claim, passage, Set.of(), ARTICLE, published);
    return f.map(Finding::outcome).orElse("none");
  }

  @Test
  void aCountOfTheDeadDatedYearsBackIsAnotherEvents() {
    LocalDate december = LocalDate.of(2026, 12, 3);
    String claim = "Three workers lost their lives in the fire.";
    assertThat(
            QuantityCheck.check(
                    claim,
                    "In 2018 four workers died in a warehouse fire in Brenna.",
                    Set.of(),
                    december,
                    LocalDate.of(2026, 12, 2))
                .map(Finding::outcome))
        .isEmpty();
    // a toll dated to this year is the claim's event's
    assertThat(
            QuantityCheck.check(
                    claim,
                    "Four workers died in the fire in December 2026, the fire service said.",
                    Set.of(),
                    december,
                    LocalDate.of(2026, 12, 2))
                .map(Finding::outcome))
        .contains("disagrees");
  }

  @Test
  void lastSeasonIsTheSeasonBeforeTheOneUnderWay() {
    LocalDate december = LocalDate.of(2026, 12, 3);
    String claim = "Okafor scored 17 goals in 29 league games last season.";
    // written in December 2026, "last season" is 2025-26; 2023-24 is another season's tally
    assertThat(
            QuantityCheck.check(
                    claim,
                    "In 2023-24, his first full season, Okafor scored six league goals.",
                    Set.of(),
                    december,
                    LocalDate.of(2026, 5, 30))
                .map(Finding::outcome))
        .isEmpty();
    assertThat(
            QuantityCheck.check(
                    claim,
                    "Okafor ended the 2025/26 season with 17 league goals.",
                    Set.of(),
                    december,
                    LocalDate.of(2026, 5, 30))
                .map(Finding::outcome))
        .contains("agrees");
    assertThat(
            QuantityCheck.check(
                    claim,
                    "Okafor ended the 2025-26 season with 12 league goals.",
                    Set.of(),
                    december,
                    LocalDate.of(2026, 5, 30))
                .map(Finding::outcome))
        .contains("disagrees");
    // written in May 2026 the season under way is 2025-26, so "last season" is 2024-25
    assertThat(
            QuantityCheck.check(
                    claim,
                    "Okafor ended the 2025-26 season with 12 league goals.",
                    Set.of(),
                    LocalDate.of(2026, 5, 20),
                    LocalDate.of(2026, 5, 18))
                .map(Finding::outcome))
        .isEmpty();
  }

  @Test
  void lastYearInTheClaimIsTheCalendarYearBeforeTheArticle() {
    String claim = "Last year's festival drew 35,000 people.";
    // a report written last year says "this year" of that year
    assertThat(
            outcome(
                claim,
                "About 35,000 people attended the Kestrel folk festival this year.",
                LocalDate.of(2025, 8, 11)))
        .isEqualTo("agrees");
    // the same words written this year are of this year: another frame, no vote
    assertThat(
            outcome(
                claim,
                "About 42,000 people attended the Kestrel folk festival this year.",
                LocalDate.of(2026, 8, 9)))
        .isEqualTo("none");
  }

  @Test
  void aReportOfAnEarlierYearAboutItsOwnYearDoesNotDecideAClaimThatNamesNoTime() {
    String claim = "Musicians from 38 countries performed at the festival.";
    String passage = "This year's festival line-up features musicians from 38 countries.";
    assertThat(outcome(claim, passage, LocalDate.of(2025, 8, 7))).isEqualTo("none");
    // written in the article's year, it is the claim's frame
    assertThat(outcome(claim, passage, LocalDate.of(2026, 8, 7))).isEqualTo("agrees");
  }

  @Test
  void aFigureOfLastYearIsNoVoteAgainstAClaimThatNamesNoTime() {
    String claim = "Police made 12 arrests at the festival.";
    assertThat(
            outcome(
                claim, "At last year's festival police made 19 arrests.", LocalDate.of(2026, 8, 1)))
        .isEqualTo("none");
    // without a year the passage's figure still refutes
    assertThat(outcome(claim, "At the festival police made 19 arrests.", LocalDate.of(2026, 8, 1)))
        .isEqualTo("disagrees");
  }

  @Test
  void eachFigureOfAChangeKeepsItsOwnYear() {
    // "35,000 in 2025" is last year's; the 41,800 is this year's
    String passage =
        "Some 41,800 people came to the Kestrel festival this year, up from 35,000 people in 2025.";
    assertThat(
            outcome(
                "Last year's Kestrel festival drew 35,000 people.",
                passage,
                LocalDate.of(2026, 8, 9)))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "About 42,000 people came to this year's Kestrel festival.",
                passage,
                LocalDate.of(2026, 8, 9)))
        .isEqualTo("agrees");
  }

  @Test
  void anEarlierTrialOrPlanIsAnotherFrame() {
    assertThat(
            outcome(
                "The late-stage trial of Tussira enrolled 2,412 patients.",
                "An earlier, smaller trial of Tussira enrolled 310 patients.",
                ARTICLE))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The late-stage trial of Tussira enrolled 2,412 patients.",
                "The late-stage trial of Tussira enrolled 2,310 patients.",
                ARTICLE))
        .isEqualTo("disagrees");
    assertThat(
            FigureFrames.predecessor(
                "The new night train carries 320 passengers.",
                "320 passengers",
                "The old night train carried 320 passengers.",
                "320 passengers"))
        .isNotNull();
  }

  @Test
  void theOldThingsFigureIsNoVoteAgainstTheCurrentOne() {
    assertThat(
            outcome(
                "The old night train to Vetrano took 18 hours.",
                "The night train to Vetrano takes 14 hours.",
                ARTICLE))
        .isEqualTo("none");
  }

  @Test
  void thePlaceboGroupsFigureIsNotTheTreatmentGroups() {
    String passage =
        "Coughing fits fell by 41% in the Tussira group, against 18% in the placebo group.";
    assertThat(outcome("In the placebo group, coughing fits fell by 18%.", passage, ARTICLE))
        .isEqualTo("agrees");
    assertThat(outcome("Coughing fits fell by 41% among patients given Tussira.", passage, ARTICLE))
        .isEqualTo("agrees");
    assertThat(outcome("Coughing fits fell by 18% among patients given Tussira.", passage, ARTICLE))
        .isEqualTo("disagrees");
  }

  @Test
  void anOwnerNamedRightBeforeTheFigureIsWhoseItIs() {
    assertThat(
            outcome(
                "Headliner Mira Sol played for nearly three hours.",
                "Opening act The Fernways played for 45 minutes before Mira Sol took the stage.",
                ARTICLE))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Headliner Mira Sol played for nearly three hours.",
                "Mira Sol played for 45 minutes.",
                ARTICLE))
        .isEqualTo("disagrees");
  }

  @Test
  void aNameThatOpensTheClauseOwnsItsFigures() {
    assertThat(
            outcome(
                "Nordrail paid 120 million euros for 24 new sleeping cars.",
                "Danish operator Vestbane bought 30 sleeping cars for 150 million euros.",
                ARTICLE))
        .isEqualTo("none");
    // a source that reports the figure owns nothing
    assertThat(
            outcome(
                "Nordrail paid 120 million euros for 24 new sleeping cars.",
                "Vestbane said the 24 sleeping cars had cost 150 million euros.",
                ARTICLE))
        .isEqualTo("disagrees");
  }

  @Test
  void anotherRoutesFigureIsNoEvidence() {
    assertThat(
            outcome(
                "The night train from Marlby to Vetrano takes between 14 and 15 hours.",
                "The Marlby to Oskar night train takes 11 hours.",
                ARTICLE))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The night train from Marlby to Vetrano takes between 14 and 15 hours.",
                "The Marlby to Vetrano night train takes 11 hours.",
                ARTICLE))
        .isEqualTo("disagrees");
  }

  @Test
  void aPlaceThatOpensTheClauseAfterTheOwnsItsFigures() {
    assertThat(
            outcome(
                "A bed in a sleeping cabin costs 149 euros.",
                "On the Oskar train, a bed in a sleeping cabin costs 149 euros.",
                ARTICLE))
        .isEqualTo("agrees"); // the claim names no one and no story is known
    assertThat(
            QuantityCheck.check(
                "A bed in a sleeping cabin costs 149 euros.",
                "On the Oskar train, a bed in a sleeping cabin costs 149 euros.",
                Set.of("vetrano"),
                ARTICLE,
                ARTICLE))
        .isEmpty();
  }

  @Test
  void aPartsFigureIsNotTheWholesButTheSiteIsTheProjectsGround() {
    String part = "The firm said its Lunden site employs 25 people.";
    assertThat(
            FigureFrames.otherPart("Harrold employs 300 people.", "300 people", part, "25 people"))
        .isEqualTo("it is for a site of it");
    // no whole is named: a figure of something else, not a part against its whole
    assertThat(
            FigureFrames.otherPart(
                "The divers worked on the lowest deck, more than 60 metres down.",
                "60 metres",
                "The firm said its Lunden mine has a shaft of roughly 64 metres.",
                "64 metres"))
        .isNull();
    // the site, the plot and the campus are one ground
    assertThat(
            FigureFrames.otherPart(
                "The site covers 12 hectares.",
                "12 hectares",
                "The campus will stand on a 30-acre plot east of Orvik.",
                "30-acre"))
        .isNull();
  }
}
