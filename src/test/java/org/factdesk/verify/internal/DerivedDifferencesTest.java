package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedDifferencesTest {
  private static Optional<Finding> check(String claim, String passage) {
    return QuantityCheck.check(claim, passage);
  }

  private static String outcome(String claim, String passage) {
    return QuantityOutcome.of(claim, passage);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a winning margin is the difference of the two totals, never one of them
        "Berg won the heptathlon with 6,120 points, 45 more than the runner-up.|Berg finished the"
            + " heptathlon on 6,120 points, with Piet Laan second on 6,095.|disagrees",
        "Berg won the heptathlon with 6,120 points, 25 more than the runner-up.|Berg finished the"
            + " heptathlon on 6,120 points, with Piet Laan second on 6,095.|agrees",
        "Sorensen won the pentathlon with 4,812 points, 64 more than the runner-up.|Sorensen won"
            + " the pentathlon with 4,812 points, while Ida Marsh took silver with 4,748.|agrees",
        // a change from one level to another states the difference, in the thing and in per cent
        "Prize money at the championships totalled 240,000 euros, 40,000 euros more than in"
            + " 2025.|Prize money at the championships rose to 240,000 euros from 200,000"
            + " euros.|agrees",
        "Prize money at the championships totalled 240,000 euros, 60,000 euros more than in"
            + " 2025.|Prize money at the championships rose to 240,000 euros from 200,000"
            + " euros.|disagrees",
        "The government will cut the farm diesel subsidy by 40 per cent.|The government's plan"
            + " would cut the farm diesel subsidy from 50 cents to 30 cents a litre.|agrees",
        "The government will cut the farm diesel subsidy by 25 per cent.|The government's plan"
            + " would cut the farm diesel subsidy from 50 cents to 30 cents a litre.|disagrees",
      })
  void differencesOfTwoFigures(String claim, String passage, String expected) {
    assertThat(outcome(claim, passage)).isEqualTo(expected);
  }

  @Test
  void aMarginIsNeverSetAgainstATotal() {
    // the runner-up's total alone: the margin is not refuted by it
    assertThat(
            outcome(
                "Berg won the heptathlon with 6,120 points, 45 more than the runner-up.",
                "Piet Laan was second in the heptathlon with 6,095 points."))
        .isEqualTo("none");
    // a total of the passage is no difference: "40,000 euros more" is not 240,000 euros
    assertThat(
            outcome(
                "Prize money at the championships rose by 40,000 euros more than in 2025.",
                "Prize money at the championships is 240,000 euros this year."))
        .isNotEqualTo("disagrees");
  }

  @Test
  void aDerivedDifferenceIsNoTotal() {
    // the 40,000 euros of a change are no figure for a claim's total of 40,000 euros
    assertThat(
            check(
                    "The championships' prize money was 40,000 euros.",
                    "Prize money at the championships rose to 240,000 euros from 200,000 euros.")
                .map(Finding::detail)
                .orElse(""))
        .doesNotContain("a difference");
  }

  @Test
  void aDifferenceIsWrittenAfterItsFigure() {
    assertThat(
            DerivedDifferences.writtenAsDifference(
                "It won 40,000 euros more than Lyra.", "40,000 euros"))
        .isTrue();
    // "40,000 euros" inside "240,000 euros" is not the figure
    assertThat(
            DerivedDifferences.writtenAsDifference(
                "It won 240,000 euros more than Lyra, and 40,000 euros in bonuses.",
                "40,000 euros"))
        .isFalse();
  }
}
