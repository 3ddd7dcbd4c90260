package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.verify.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Figures the feed states in other words: a duration in two units or "and a half", a bound just
 * short of a precise figure, a multiple of last year's amount, a count whose clause is no change.
 */
class FigureMatchingTest {
  private static String outcome(String claim, String passage) {
    return QuantityParserTest.outcome(claim, passage);
  }

  @Test
  void aDurationInTwoUnitsIsOneFigure() {
    List<Quantity> q = QuantityParser.parse("Her set ran to 2 hours and 50 minutes.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).value()).isEqualTo(170.0);
    assertThat(
            outcome(
                "Mira Sol's set ran for nearly three hours.",
                "Mira Sol's set ran to 2 hours and 50 minutes."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "Mira Sol's set ran for nearly three hours.",
                "Mira Sol's set ran to 1 hour and 50 minutes."))
        .isEqualTo("disagrees");
  }

  @Test
  void hoursInWordsAndMinutesAreOneDuration() {
    List<Quantity> q = QuantityParser.parse("The crossing takes an hour and ten minutes.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).value()).isEqualTo(70.0);
    assertThat(
            outcome(
                "The 70-minute crossing from Ulby to Sand is the busiest.",
                "The crossing from Ulby to Sand takes an hour and ten minutes."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "The 80-minute crossing from Ulby to Sand is the busiest.",
                "The crossing from Ulby to Sand takes two hours and 15 minutes."))
        .isEqualTo("disagrees");
  }

  @Test
  void andAHalfAddsHalfAUnit() {
    List<Quantity> q = QuantityParser.parse("The journey takes fourteen and a half hours.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).value()).isEqualTo(870.0);
    assertThat(
            outcome(
                "The journey from Marlby takes between 14 and 15 hours.",
                "The journey from Marlby takes fourteen and a half hours."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "The journey from Marlby takes between 16 and 17 hours.",
                "The journey from Marlby takes fourteen and a half hours."))
        .isEqualTo("disagrees");
  }

  @Test
  void aBoundJustShortOfAPreciseFigureAgreesOnItsNounAlone() {
    assertThat(
            outcome(
                "More than 1,800 volunteers worked at the festival.",
                "Some 1,840 volunteers staffed the stages, bars and campsites."))
        .isEqualTo("agrees");
    // beyond a few per cent it needs a shared word, as a pointed figure does
    assertThat(
            outcome(
                "More than 1,800 volunteers worked at the festival.",
                "Some 2,400 volunteers staffed the stages, bars and campsites."))
        .isEqualTo("none");
    // the wrong side of the bound is no agreement
    assertThat(
            outcome(
                "More than 1,800 volunteers worked at the festival.",
                "Some 1,760 volunteers staffed the stages, bars and campsites."))
        .isEqualTo("none");
  }

  @Test
  void aMultipleOfLastYearsAmountIsComputedFromARiseToAFigureFromAnother() {
    assertThat(
            outcome(
                "The night-train subsidy rose to 18 million euros this year, twice last year's amount.",
                "The state's night-train subsidy rose to 18 million euros this year from 9 million euros last year."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "Ticket revenue at the festival reached 3.6 million euros, three times last year's amount.",
                "Ticket revenue at the festival rose to 3.6 million euros from 2.4 million euros last year."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "Attendance at the Kestrel festival doubled this year.",
                "Some 41,800 people came to the Kestrel festival this year, up from 20,500 people in 2025."))
        .isEqualTo("agrees");
  }

  @Test
  void aFigureAndItsMultipleOfLastYearStateLastYearsFigure() {
    String claim =
        "The council's grant to the festival this year, 300,000 euros, was twice last year's amount.";
    java.time.LocalDate day = java.time.LocalDate.of(2026, 8, 10);
    assertThat(
            QuantityCheck.check(
                    claim,
                    "Last year the council gave the festival 150,000 euros.",
                    java.util.Set.of(),
                    day,
                    day)
                .map(org.factdesk.report.Finding::outcome))
        .contains("agrees");
    assertThat(
            QuantityCheck.check(
                    claim,
                    "Last year the council gave the festival 200,000 euros.",
                    java.util.Set.of(),
                    day,
                    day)
                .map(org.factdesk.report.Finding::outcome))
        .contains("disagrees");
    // a figure that names no year is no figure of last year: it does not agree
    assertThat(
            QuantityCheck.check(
                    claim,
                    "The council gave the festival 150,000 euros.",
                    java.util.Set.of(),
                    day,
                    day)
                .map(org.factdesk.report.Finding::outcome))
        .isNotEqualTo(java.util.Optional.of("agrees"));
  }

  @Test
  void aHyphenatedWordIsNoChangeThatMakesABase() {
    assertThat(
            outcome(
                "Musicians from 38 countries performed at the festival.",
                "The festival's line-up brought together musicians from 31 countries."))
        .isEqualTo("disagrees");
    assertThat(FigureRoles.base("Sales rose to 6.2% from 5.9%.", "5.9%")).isTrue();
  }

  @Test
  void aFigureOfAnotherScaleIsNoVoteAgainst() {
    assertThat(
            outcome(
                "The state subsidy for night trains is 18 million euros.",
                "Fares on the night trains start at 59 euros."))
        .isEqualTo("none");
    // the same leading digits: a misread scale, still a disagreement
    assertThat(
            outcome(
                "The city's night trains cost 214 million euros.",
                "The city's night trains cost 214,000 euros."))
        .isEqualTo("disagrees");
  }

  @Test
  void aFalseRatingOfAnotherFigureDoesNotRejectTheClaimsFigure() {
    assertThat(
            FactRelevance.rejectsAnotherFigure(
                "The late-stage trial of Tussira enrolled 2,412 patients.",
                "Tussira was tested on fewer than 500 patients."))
        .isTrue();
    assertThat(
            FactRelevance.rejectsAnotherFigure(
                "The trial of Tussira enrolled 480 patients.",
                "Tussira was tested on fewer than 500 patients."))
        .isFalse();
    assertThat(
            FactRelevance.rejectsAnotherFigure(
                "The trial of Tussira met its goals.",
                "Tussira was tested on fewer than 500 patients."))
        .isFalse();
    // a false "more than 200 homes" does speak of 214 homes
    assertThat(
            FactRelevance.rejectsAnotherFigure(
                "The storm damaged 214 homes on the island.",
                "The storm damaged more than 200 homes on the island."))
        .isFalse();
    // a false "1,000 tractors" says nothing of "more than 400 tractors"; a false "400" at the
    // bound's own value still speaks of it
    assertThat(
            FactRelevance.rejectsAnotherFigure(
                "More than 400 tractors blocked the ring road.",
                "Farmers brought 1,000 tractors to the ring road."))
        .isTrue();
    assertThat(
            FactRelevance.rejectsAnotherFigure(
                "More than 400 tractors blocked the ring road.",
                "Farmers brought 400 tractors to the ring road."))
        .isFalse();
  }
}
