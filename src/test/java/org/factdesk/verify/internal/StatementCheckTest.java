package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class StatementCheckTest {
  private static String outcome(String claim, String passage) {
    return StatementCheck.check(claim, passage).map(Finding::outcome).orElse("none");
  }

  @Test
  void theSameSpeakerSayingTheSameAgrees() {
    assertThat(
            outcome(
                "The union's lawyer, Mark Hale, said the strike was legal.",
                "Mark Hale, the union's lawyer, said on Monday that the strike was legal."))
        .isEqualTo("agrees");
    // another speaker says it
    assertThat(
            outcome(
                "The union's lawyer, Mark Hale, said the strike was legal.",
                "A lawyer for the education office said the strike was legal."))
        .isEqualTo("none");
  }

  @Test
  void aNegatedQuoteOrAnotherYearDisagrees() {
    assertThat(
            outcome(
                "Health Minister Eva Lund said the outbreak was under control.",
                "Health Minister Eva Lund said the measles outbreak was not under control yet."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "Sara Holm said every school in Dorn would have new heating by 2029.",
                "Sara Holm said every school in Dorn would have new heating by 2031."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "Prosecutor Nils Brand said the trial would start in March.",
                "Prosecutor Nils Brand said the trial of Lena Voss would start in May."))
        .isEqualTo("disagrees");
  }

  @Test
  void aReactionAgreesWithTheSameAndDisagreesWithTheOpposite() {
    String claim = "Opposition leader Tom Weiss welcomed the inquiry.";
    assertThat(outcome(claim, "Tom Weiss welcomed the inquiry on Monday, saying it was overdue."))
        .isEqualTo("agrees");
    assertThat(outcome(claim, "Tom Weiss criticised the inquiry as too slow."))
        .isEqualTo("disagrees");
    assertThat(outcome(claim, "Tom Weiss criticised the city budget.")).isEqualTo("none");
  }

  @Test
  void aCourtsDecisionInOtherWordsIsTheSameThingButAnotherNamedDecisionIsNot() {
    String claim = "Mayor Ove Strand criticised the ruling.";
    // "ruling" after a possessive is a noun, and "condemned" a reaction of the same side
    assertThat(
            outcome(
                claim,
                "Mayor Ove Strand condemned the court's ruling and said the town would fight on."))
        .isEqualTo("agrees");
    String welcomed = "Housing minister Petra Lund welcomed the decision.";
    assertThat(
            outcome(
                welcomed,
                "Housing minister Petra Lund criticised the Sandvik ruling, saying towns needed"
                    + " the power to act."))
        .isEqualTo("disagrees");
    assertThat(outcome(welcomed, "Petra Lund regretted the court's judgment."))
        .isEqualTo("disagrees");
    // a decision of another named town, which neither the claim nor the story names
    assertThat(
            StatementCheck.check(
                    welcomed,
                    "Housing minister Petra Lund welcomed the Orsund decision as a sign of hope.",
                    java.util.Set.of("sandvik"))
                .map(Finding::outcome))
        .isEmpty();
    assertThat(
            StatementCheck.check(
                    welcomed,
                    "Housing minister Petra Lund criticised the Sandvik decision.",
                    java.util.Set.of("sandvik"))
                .map(Finding::outcome))
        .contains("disagrees");
  }

  @Test
  void aClaimWithAFigureIsLeftToTheQuantityCheckUnlessItsQuoteIsDated() {
    assertThat(
            outcome(
                "The union said 4,000 teachers joined the strike.",
                "The union said 4,000 teachers joined the strike."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Eva Brun said the airport would handle 10 million passengers by 2030.",
                "Eva Brun said the airport would handle 10 million passengers by 2032."))
        .isEqualTo("disagrees");
  }

  @Test
  void aParticipleBeforeANounQuotesNobody() {
    assertThat(
            outcome(
                "The infection rate in Clara County was in line with the rate of confirmed cases.",
                "The prevalence in Clara County implies the infection is more widespread than the"
                    + " number of confirmed cases."))
        .isEqualTo("none");
  }

  @Test
  void aSourceIsKnownByItsSurnameOrHeadNoun() {
    assertThat(StatementCheck.key("Education Minister Sara Holm")).isEqualTo("holm");
    assertThat(StatementCheck.key("The road authority")).isEqualTo("authority");
    assertThat(StatementCheck.key("he")).isNull();
  }

  @Test
  void aContractedNegationDisagreesAndOneInAnotherClauseDoesNot() {
    String claim = "Health Minister Eva Lund said the outbreak was under control.";
    assertThat(outcome(claim, "Health Minister Eva Lund said the outbreak isn’t under control."))
        .isEqualTo("disagrees");
    assertThat(outcome(claim, "Health Minister Eva Lund said the outbreak wasn't under control."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                claim,
                "Health Minister Eva Lund said the outbreak was under control and no new cases"
                    + " were found."))
        .isEqualTo("agrees");
  }

  @Test
  void aPrivativeAdjectiveIsANegation() {
    String claim = "The fungus does not harm people who eat the apples, the agency said.";
    assertThat(
            outcome(claim, "The fungus is harmless to people who eat the apples, the agency said."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "The fungus harms people who eat the apples, the agency said.",
                "The fungus is harmless to people who eat the apples, the agency said."))
        .isEqualTo("disagrees");
    assertThat(StatementCheck.privative("harmless")).isTrue();
    assertThat(StatementCheck.privative("unless")).isFalse();
    assertThat(StatementCheck.privative("nevertheless")).isFalse();
  }

  @Test
  void aReactionNeedsTheSameSpeakerAndIsNotNegated() {
    assertThat(
            outcome(
                "On Monday, Karl Brandt criticised the strike.",
                "On Monday, Tom Weiss welcomed the strike."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Karl Brandt criticised the strike.", "Karl Brandt has not criticised the strike."))
        .isNotEqualTo("agrees");
  }
}
