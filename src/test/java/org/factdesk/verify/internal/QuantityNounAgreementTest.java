package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A large figure that agrees closely on its own noun, though the sentences share no other word. */
class QuantityNounAgreementTest {
  private static String outcome(String claim, String passage) {
    return QuantityParserTest.outcome(claim, passage);
  }

  @Test
  void aLargeFigureOfTheSameNounAgreesWithoutOtherSharedWords() {
    assertThat(
            outcome(
                "About 240,000 households will be affected.",
                "The ban covers 236,000 households in the valley."))
        .isEqualTo("agrees");
    assertThat(outcome("Bus companies added 150 extra buses.", "Operators put on 150 extra buses."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "The satellite weighs about 1.4 tonnes.", "Its launch mass is 1,380 kilograms."))
        .isEqualTo("agrees");
  }

  @Test
  void aFigureFurtherThanAFewPerCentIsNoAgreementOnItsNounAlone() {
    // "about" allows 10% when the sentences share a word, not on the noun alone
    assertThat(
            outcome(
                "About 240,000 households will be affected.",
                "The ban covers 220,000 households in the valley."))
        .isEqualTo("none");
  }

  @Test
  void smallCountsBoundsAndMoneyNeedAnotherSharedWord() {
    assertThat(outcome("Two people were injured.", "Police arrested two people."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Divers brought up more than 2,000 objects.",
                "More than 2,000 objects came from another wreck."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The hospital's budget is 210 million euros.",
                "The school gets 210 million euros."))
        .isEqualTo("none");
    assertThat(outcome("Norhavn promised 60 million crowns.", "Calveria pays 60 million crowns."))
        .isEqualTo("none");
  }

  @Test
  void aDifferentFigureOfTheNounIsStillNoDisagreementWithoutASharedWord() {
    assertThat(outcome("Bus companies added 150 extra buses.", "Operators put on 90 extra buses."))
        .isEqualTo("none");
  }
}
