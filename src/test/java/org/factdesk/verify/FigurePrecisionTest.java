package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Figures read too loosely or on the wrong figure (session 10): how far an approximation reaches,
 * prices to the cent, and the figures of another place, scale, part, whole, plan or year that must
 * not vote against a claim.
 */
class FigurePrecisionTest {
  private static final LocalDate DAY = LocalDate.of(2026, 10, 16);

  private static List<String> outcomes(String claim, String passage) {
    return StructuredChecks.run(claim, passage, DAY).stream()
        .map(f -> f.check() + ":" + f.outcome())
        .toList();
  }

  private static List<String> outcomes(
      String claim, String passage, LocalDate article, LocalDate published, Set<String> story) {
    return StructuredChecks.run(claim, passage, article, published, story).stream()
        .map(f -> f.check() + ":" + f.outcome())
        .toList();
  }

  @Test
  void twoApproximationsDoNotReachEachOther() {
    // about 2,600 reaches 2,340..2,860; "roughly 3,150" is 21% off and must not agree
    assertThat(
            outcomes(
                "The dairy employs about 2,600 workers.",
                "The dairy employs roughly 3,150 workers, its owner said."))
        .containsExactly("quantity:disagrees");
    assertThat(
            outcomes(
                "The dairy employs about 2,600 workers.",
                "The dairy employs roughly 2,700 workers, its owner said."))
        .containsExactly("quantity:agrees");
  }

  @Test
  void aWholePriceIsExactToTheCent() {
    assertThat(
            outcomes(
                "A ferry ticket to Holm costs 4 euros.",
                "A ferry ticket to Holm costs 4.60 euros since May."))
        .containsExactly("quantity:disagrees");
    assertThat(
            outcomes(
                "A ferry ticket to Holm costs 4 euros.",
                "A ferry ticket to Holm costs 4.00 euros since May."))
        .containsExactly("quantity:agrees");
  }

  @Test
  void aBoundAtTheClaimsFigureStatesIt() {
    assertThat(
            outcomes(
                "The strike could cost 700 jobs at the port, the dockers said.",
                "The dockers said as many as 700 jobs at the port could go."))
        .contains("quantity:agrees");
  }

  @Test
  void aFigureCalledWrongInItsOwnSentenceIsDisputed() {
    assertThat(
            outcomes(
                "The dockers said the strike cost 700 jobs.",
                "The dockers said the strike cost 700 jobs; the port said the figure was wrong."))
        .contains("dispute:note");
  }

  @Test
  void aNearbyPlacesFigureIsNotEvidence() {
    assertThat(
            outcomes(
                "Floods closed 40 schools in Dunmere on Monday.",
                "In nearby Carrick, floods closed 12 schools on Monday."))
        .isEmpty();
  }

  @Test
  void theAntecedentOfWhichOwnsTheFigure() {
    assertThat(
            outcomes(
                "Orlen Foods employs about 9,000 people.",
                "The Tessby bakery, which employs 1,200 people, will close."))
        .isEmpty();
  }

  @Test
  void aFigureOfAnotherScaleIsNoVoteAgainst() {
    assertThat(
            outcomes(
                "A season ticket for the Vell museum costs 85 euros.",
                "The Vell museum's new wing cost 4.2 million euros."))
        .isEmpty();
    // the same leading digits a thousand times apart: a scale misread, still a disagreement
    assertThat(
            outcomes(
                "The Vell museum's new wing cost 4.2 million euros.",
                "The Vell museum's new wing cost 4,200 euros."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aPartOrTheWholeIsNoVoteAgainst() {
    assertThat(
            outcomes(
                "The new library at Brask will cost 30 million euros.",
                "The library's roof alone will cost 4 million euros."))
        .isEmpty();
    assertThat(
            outcomes(
                "The Vessa line carries about 12,000 passengers a day.",
                "Vessa Rail carries 80,000 passengers a day across its whole network."))
        .isEmpty();
  }

  @Test
  void deathsAreAPartOfTheAnimalsKept() {
    assertThat(
            outcomes(
                "The Holm aquarium keeps 2,300 fish.",
                "The Holm aquarium said 40 fish died after a pump failed."))
        .isEmpty();
  }

  @Test
  void pairsOfOneBirdAreNoFigureForAnother() {
    assertThat(
            outcomes(
                "Rangers counted 350 breeding pairs of terns on the island.",
                "Gulls on the island now number about 2,000 pairs, the rangers said."))
        .isEmpty();
  }

  @Test
  void aPromiseIsNotWhatWasPaid() {
    assertThat(
            outcomes(
                "The council has paid 2 million euros to flooded shops.",
                "The council promised 2 million euros to flooded shops."))
        .isEmpty();
    // a plan and what "would" be done may be one figure
    assertThat(
            outcomes(
                "The council plans to spend 2 million euros on flood walls.",
                "The council said it would spend 2 million euros on flood walls."))
        .containsExactly("quantity:agrees");
  }

  @Test
  void anotherYearsFigureIsNoVoteAgainst() {
    LocalDate article = LocalDate.of(2026, 9, 20);
    String claim = "Last year, frost damaged 300 hectares of orchards in the valley.";
    // published in September 2026 and naming no year: this year's frost
    assertThat(
            outcomes(
                claim,
                "Frost has damaged 1,100 hectares of orchards in the valley, growers said.",
                article,
                LocalDate.of(2026, 9, 2),
                Set.of()))
        .isEmpty();
    assertThat(
            outcomes(
                claim,
                "In 2025, frost damaged 700 hectares of orchards in the valley, growers said.",
                article,
                LocalDate.of(2026, 9, 2),
                Set.of()))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void anotherSeasonsFigureIsNotEvidence() {
    assertThat(
            outcomes(
                "Tarn got only a third of its usual spring rain.",
                "Tarn had 90% of its usual rain last summer."))
        .isEmpty();
  }

  @Test
  void anotherPlacesFigureIsNotTheClaimsWrittenElsewhere() {
    // "31 roofs" is Lorm's: it does not excuse the 34 houses of the claim's own town
    assertThat(
            outcomes(
                "The storm tore the roofs off 31 houses in Pell.",
                "In Pell, the roofs of 34 houses were torn off, while in nearby Lorm 31 roofs"
                    + " were damaged."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void thePartDamagedIsNotTheWholeArea() {
    assertThat(
            outcomes(
                "Fire damaged about 400 hectares of forest in the Orsa reserve.",
                "The Orsa reserve's 5,600 hectares of forest draw hikers all year."))
        .isEmpty();
    assertThat(
            outcomes(
                "Fire damaged about 400 hectares of forest in the Orsa reserve.",
                "Fire destroyed 900 hectares of forest in the Orsa reserve, rangers said."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aCounterFigureForAnotherMeasureDisputesNothing() {
    // the deaths are set against another count of deaths, not against the animals kept
    assertThat(
            outcomes(
                "The Holm aquarium keeps 2,300 fish.",
                "A welfare group said 60 fish died at the Holm aquarium in July, not 40."))
        .doesNotContain("dispute:note");
  }

  @Test
  void theNameOpeningTheClauseOwnsItsFigures() {
    // "Tessby Dairy" is the subject of "employs 380 people", six words before the figure
    assertThat(
            outcomes(
                "Orlen Foods employs 2,100 people.",
                "Tessby Dairy supplies about 30 shops in the region and employs 380 people."))
        .isEmpty();
  }

  @Test
  void anotherRouteOrLinesFigureIsNotEvidence() {
    assertThat(
            outcomes(
                "The bus from Holm to the harbour takes 25 minutes.",
                "The bus from Holm to the hospital takes 40 minutes."))
        .isEmpty();
    assertThat(
            outcomes(
                "Tessby Rail will add 12 trains a day on the coast line.",
                "On the valley line Tessby Rail will add 8 trains a day."))
        .isEmpty();
    assertThat(
            outcomes(
                "Tessby Rail will add 12 trains a day on the coast line.",
                "Tessby Rail will add 10 trains a day on the coast line."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aFigureDisputedInItsOwnSentenceIsDisputedWhateverTheTaggerCallsItsNoun() {
    // the tagger calls "deer" after "120" a verb: the word before the verb is what is counted
    assertThat(
            outcomes(
                "The hunters' club said 120 deer died in the Orsa floods.",
                "The hunters' club said 120 deer died in the Orsa floods; the ranger disputes the"
                    + " figure and says 40 deer died."))
        .contains("dispute:note");
  }

  @Test
  void aFigureGivenByAnotherBodyIsNotTheClaimedSources() {
    assertThat(
            outcomes(
                "According to the health ministry, 14 clinics will close.",
                "The doctors' federation said 14 clinics would close next year."))
        .contains("attribution:disagrees");
  }
}
