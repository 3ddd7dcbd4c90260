package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnaphoraTest {
  @Test
  void aSentenceThatPointsBackIsReadAfterTheOneBefore() {
    assertThat(
            Anaphora.withAntecedent(
                "Teslin train drivers voted to strike from Monday.",
                "Their last strike, in 2019, lasted five days."))
        .isEqualTo(
            "Teslin train drivers voted to strike from Monday. Their last strike, in 2019, lasted"
                + " five days.");
    assertThat(Anaphora.withAntecedent("The plant opened in May.", "It cost 86 million euros."))
        .startsWith("The plant opened in May. ");
  }

  @Test
  void aSentenceThatNamesItsSubjectStandsAlone() {
    assertThat(Anaphora.withAntecedent("The plant opened in May.", "Theatres closed in June."))
        .isEqualTo("Theatres closed in June.");
    assertThat(Anaphora.withAntecedent("", "It cost 86 million euros."))
        .isEqualTo("It cost 86 million euros.");
    assertThat(Anaphora.pointsBack("Itself a relic, the mill stood.")).isFalse();
    assertThat(Anaphora.pointsBack("  \"This")).isFalse();
  }
}
