package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.factdesk.nlp.Approx;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;
import org.junit.jupiter.api.Test;

class QuantityParserTest {
  /** The quantity check's outcome for a claim and passage, "none" when it finds nothing. */
  static String outcome(String claim, String passage) {
    Optional<Finding> f = QuantityCheck.check(claim, passage);
    return f.map(Finding::outcome).orElse("none");
  }

  @Test
  void lessThanIsStrict() {
    assertThat(
            outcome(
                "The album has sold less than 6.4 million copies in the United States.",
                "The album has sold 6.4 million copies in the United States."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "The album has sold up to 6.4 million copies in the United States.",
                "The album has sold 6.4 million copies in the United States."))
        .isEqualTo("agrees");
  }

  @Test
  void theSameBoundInTheEvidenceAgrees() {
    assertThat(
            outcome(
                "More than 80% of the infections were never diagnosed in the study.",
                "The study found that over 80% of infections were never diagnosed."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "Less than 10 percent of the samples contained antibodies in the first wave.",
                "In the first wave, fewer than 10% of samples contained antibodies."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "Less than 10 percent of the samples contained antibodies in the first wave.",
                "In the first wave, more than 10% of samples contained antibodies."))
        .isEqualTo("disagrees");
  }

  @Test
  void numbersInsideNamesAndLabelsAreNotFigures() {
    assertThat(QuantityParser.parse("The COVID-19 recoveries rose in the F-16 hangar.")).isEmpty();
    assertThat(QuantityParser.parse("The phase 2 trial enrolled patients on day 14.")).isEmpty();
  }

  @Test
  void aConfidenceLevelIsNotAFigure() {
    List<Quantity> q =
        QuantityParser.parse("The attack rate was 12·4% (95% CI 9·8-15·4) among contacts.");
    assertThat(q).extracting(Quantity::text).doesNotContain("95%");
    assertThat(q.get(0).text()).isEqualTo("12·4%");
    assertThat(q.get(0).value()).isEqualTo(12.4);
  }

  @Test
  void aDayOfTheMonthIsLeftToTheTimeCheck() {
    assertThat(outcome("By 7 April the deaths were 45.", "As of 6 April the deaths were 45."))
        .isNotEqualTo("disagrees");
    assertThat(QuantityParser.parse("By 7 April the toll rose.")).isEmpty();
  }

  @Test
  void qualifiersAreRead() {
    assertThat(QuantityParser.parse("fewer than 40 homes").get(0).approx())
        .isEqualTo(Approx.LESS_THAN);
    assertThat(QuantityParser.parse("up to 40 homes").get(0).approx()).isEqualTo(Approx.UP_TO);
    assertThat(QuantityParser.parse("less than $ 200 million").get(0).approx())
        .isEqualTo(Approx.LESS_THAN);
    assertThat(QuantityParser.parse("less than $ 200 million").get(0).thing()).isEqualTo("dollar");
  }

  @Test
  void theTimeSinceOfFirstTimeInIsNotAFigure() {
    assertThat(QuantityParser.parse("It ran for the first time in more than six months."))
        .isEmpty();
    assertThat(QuantityParser.parse("It ran for six months.")).hasSize(1);
  }

  @Test
  void peopleAndPersonsCountTheSameThing() {
    assertThat(
            outcome(
                "The open day at the quarry drew 300 people.",
                "Some 120 persons attended the open day at the quarry."))
        .isEqualTo("disagrees");
  }

  @Test
  void foldAndTimesAreOneRatio() {
    assertThat(
            outcome(
                "Frost damage rose 3.5-fold in the orchards.",
                "In the orchards, frost damage was 3.5 times higher than before."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "Flooding more than doubled the insurance claims in the valley.",
                "Insurance claims in the valley rose 1.6 times after the flooding."))
        .isEqualTo("disagrees");
  }

  @Test
  void scoresOutOfTenKeepTheirDecimals() {
    assertThat(
            outcome(
                "The series holds an average rating of 8.9/10 among critics.",
                "Critics gave the series an average rating of 8.5/10."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "The series holds an average rating of 8.5/10 among critics.",
                "Critics gave the series an average rating of 8.5/10."))
        .isEqualTo("agrees");
    // an approval percentage is not an average rating
    assertThat(
            outcome(
                "The series has an approval rating below 86% among critics.",
                "Critics gave the series an approval rating of 91% and an average rating of 8/10."))
        .isEqualTo("disagrees");
  }

  @Test
  void aStrictBoundAtTheEvidencesExactFigureDisagrees() {
    // the passage has the claim's number for the claim's team and another for another team
    assertThat(
            outcome(
                "The women's rowing team has won fewer than nine regattas.",
                "The men's rowing team has won four regattas, while the women's rowing team has"
                    + " won nine regattas."))
        .isEqualTo("disagrees");
  }

  @Test
  void placesInAListAreCompared() {
    assertThat(
            outcome(
                "The novel was number 14 on the magazine's list of the best crime novels.",
                "The novel placed # 12 on the magazine 's list of the best crime novels."))
        .isEqualTo("disagrees");
    assertThat(QuantityParser.parse("Bus number 7 leaves at noon.")).isEmpty();
  }

  @Test
  void aBoundThatHoldsTheClaimsFigureIsNoEvidence() {
    assertThat(
            outcome(
                "The youngest winner of the village chess cup was 39 years old.",
                "The youngest winner of the village chess cup was younger than 45 years old."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The youngest winner of the village chess cup was 49 years old.",
                "The youngest winner of the village chess cup was younger than 45 years old."))
        .isEqualTo("disagrees");
  }

  @Test
  void theHeadOfACompoundAndTheNumberOfPhraseAreWhatIsCounted() {
    Quantity beds = QuantityParser.parse("The army has set up 580 camp beds in Marlow.").get(0);
    assertThat(beds.thing()).isEqualTo("bed");
    assertThat(beds.text()).endsWith("beds");
    assertThat(
            QuantityParser.parse(
                    "The number of measles cases recorded in Tarn has climbed to 212, officials said.")
                .get(0)
                .thing())
        .isEqualTo("case");
    // money and single nouns stay as they were
    assertThat(QuantityParser.parse("It signed a 3 billion euro deal.").get(0).thing())
        .isEqualTo("euro");
    assertThat(QuantityParser.parse("The council built 214 homes last year.").get(0).thing())
        .isEqualTo("home");
  }

  @Test
  void theNumberOfPhraseIsReadBackOnlySoFar() {
    String filler = "in the long and winding report that the regional board published ".repeat(8);
    String far = "The number of measles cases " + filler + "has climbed to 212.";
    assertThat(far.indexOf("212") - far.indexOf("cases")).isGreaterThan(QuantityParser.LOOK_BACK);
    assertThat(QuantityParser.parse(far).get(0).thing()).isNotEqualTo("case");
    String near = "The number of measles cases in Tarn has climbed to 212.";
    assertThat(QuantityParser.parse(near).get(0).thing()).isEqualTo("case");
  }

  @Test
  void firstTokenAtOrAfterAnOffset() {
    List<org.factdesk.nlp.Token> tokens =
        org.factdesk.nlp.Tagger.shared().tag("Ten new buses ran.");
    assertThat(QuantityParser.firstAtOrAfter(tokens, 0)).isZero();
    assertThat(QuantityParser.firstAtOrAfter(tokens, 1)).isEqualTo(1); // inside "Ten"
    assertThat(QuantityParser.firstAtOrAfter(tokens, 4)).isEqualTo(1); // "new"
    assertThat(QuantityParser.firstAtOrAfter(tokens, 99)).isEqualTo(tokens.size());
  }

  @Test
  void theCountedNounIsFoundPastAVerbTaggedANounAndPastModifiers() {
    // "commuters use": the tagger may call "use" a noun; the plural before it is the count
    assertThat(QuantityParser.parse("About 42,000 commuters use the Pell line each day."))
        .extracting(Quantity::thing)
        .containsExactly("commuter");
    assertThat(QuantityParser.parse("Some 1.2 million laying hens are kept in Pell."))
        .extracting(Quantity::thing)
        .containsExactly("hen");
    assertThat(QuantityParser.parse("The death toll in Pell has risen to 9, police said."))
        .extracting(Quantity::thing)
        .containsExactly("person");
    assertThat(
            outcome(
                "The landslide in Pell has killed 9 people.",
                "The death toll from the landslide in Pell has risen to 9, police said."))
        .isEqualTo("agrees");
  }

  @Test
  void rewordedApproximateCountsAgree() {
    assertThat(
            outcome(
                "The Pell sawmill employs about 700 people.",
                "Some 690 people work at the Pell sawmill."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "Road works in Pell will affect about 52,000 residents.",
                "The road works in Pell apply to some 51,000 people, the council said."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "About 20,000 households in Pell lost water on Friday.",
                "Some 14,500 customers in Pell lost water on Friday, the water board said."))
        .isEqualTo("disagrees");
  }

  @Test
  void aFigurePerHouseholdIsNoTotal() {
    assertThat(
            outcome(
                "Each household in Brill may use 120 litres of water a day.",
                "Brill uses 95.6 million litres of water a day in summer."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Each household in Brill may use 120 litres of water a day.",
                "Brill cuts each household's daily water allowance to 120 litres."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "Brill pays 40 euros per pupil for school meals.",
                "Brill pays 55 euros per teacher for school meals."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Brill pays 40 euros per pupil each day for school meals.",
                "Brill pays 55 euros per pupil each day for school meals."))
        .isEqualTo("disagrees");
  }
}
