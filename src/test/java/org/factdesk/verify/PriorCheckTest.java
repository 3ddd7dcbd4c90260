package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorCheckTest {
  private static PriorCheck rated(String rating) {
    return new PriorCheck("Check Desk", rating, "2026-11-30", "https://c.test/x", "A claim.", 0.9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Half true, true, NEUTRAL",
    "Half-True, true, NEUTRAL",
    "Mixture, true, NEUTRAL",
    "Mixed, true, NEUTRAL",
    "Partly false, true, NEUTRAL",
    "Partially true, true, NEUTRAL",
    "Mostly false, false, REFUTES",
    "Mostly true, false, SUPPORTS",
    "False, false, REFUTES",
    "True, false, SUPPORTS",
    "Unproven, false, NEUTRAL",
    "Missing context, false, NEUTRAL",
  })
  void mixedRatingsAreNeitherSide(String rating, boolean mixed, Stance stance) {
    assertThat(rated(rating).mixed()).isEqualTo(mixed);
    assertThat(rated(rating).stance()).isEqualTo(stance);
  }
}
