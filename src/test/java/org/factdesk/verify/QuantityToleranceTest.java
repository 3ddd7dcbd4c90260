package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factdesk.nlp.Approx;
import org.junit.jupiter.api.Test;

/**
 * How far a figure reaches (session 10, brought back alone in session 11): "about" by how round the
 * figure is, the evidence's qualifier half as far as the claim's, and a whole price exact to the
 * cent.
 */
class QuantityToleranceTest {
  private static Quantity q(double value, double step, Approx approx) {
    return new Quantity(value, value, step, "worker", approx, Set.of("plant"), "x");
  }

  @Test
  void aboutReachesTenPercentForARoundFigureAndFiveForAPreciseOne() {
    double[] round = q(3400, 1, Approx.ABOUT).interval();
    assertThat(round[0]).isCloseTo(3060, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(round[1]).isCloseTo(3740, org.assertj.core.api.Assertions.within(1e-6));
    double[] precise = q(3450, 1, Approx.ABOUT).interval();
    assertThat(precise[0]).isCloseTo(3277.5, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(precise[1]).isCloseTo(3622.5, org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void theEvidencesApproximationReachesHalfAsFar() {
    Quantity claim = q(3400, 1, Approx.ABOUT);
    assertThat(claim.compareValue(q(4100, 1, Approx.ABOUT)))
        .isEqualTo(Quantity.Comparison.DISAGREES);
    assertThat(claim.compareValue(q(3650, 1, Approx.ABOUT))).isEqualTo(Quantity.Comparison.AGREES);
  }

  @Test
  void nearlyReachesDownATenthAndAnExactFigureOnlyItsRounding() {
    Quantity nearly = q(1_200_000, 100_000, Approx.NEARLY);
    assertThat(nearly.compareValue(q(1_150_000, 10_000, Approx.EXACT)))
        .isEqualTo(Quantity.Comparison.AGREES);
    assertThat(nearly.compareValue(q(1_260_000, 10_000, Approx.EXACT)))
        .isEqualTo(Quantity.Comparison.DISAGREES);
    assertThat(q(31, 1, Approx.EXACT).compareValue(q(32, 1, Approx.EXACT)))
        .isEqualTo(Quantity.Comparison.DISAGREES);
  }

  private static List<String> outcomes(String claim, String passage) {
    return StructuredChecks.run(claim, passage, LocalDate.of(2026, 10, 16)).stream()
        .map(f -> f.check() + ":" + f.outcome())
        .toList();
  }

  @Test
  void aboutThreeThousandFourHundredIsNotSomeFourThousandOneHundred() {
    assertThat(
            outcomes(
                "About 3,400 workers have built the Tarn bridge.",
                "Some 4,100 workers have built the Tarn bridge since 2023."))
        .containsExactly("quantity:disagrees");
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
    // a sum with a scale word keeps its rounding
    assertThat(
            outcomes(
                "The Holm ferry terminal cost 4 million euros.",
                "The Holm ferry terminal cost 4.2 million euros."))
        .containsExactly("quantity:agrees");
  }
}
