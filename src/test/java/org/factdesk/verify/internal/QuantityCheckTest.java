package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class QuantityCheckTest {
  @Test
  void whatAFigureIsSharedOutOverIsAWholeWord() {
    assertThat(QuantityCheck.per("Each household may use 120 litres a day.", "120")).isNotEmpty();
    // "car" is not in "scarce"
    assertThat(
            QuantityCheck.perOther(
                "Each car may take 40 litres.", "40", "Fuel is scarce: 40 litres at most.", "40"))
        .isTrue();
    assertThat(
            QuantityCheck.perOther(
                "Each car may take 40 litres.", "40", "Car owners may take 40 litres.", "40"))
        .isFalse();
  }

  @Test
  void functionAndNumberWordsAreNotWhatIsSharedOutOver() {
    assertThat(QuantityCheck.per("Each of the 12 ferries carries 300 people.", "300")).isEmpty();
    assertThat(QuantityCheck.per("Every two weeks 300 people sail.", "300")).isEmpty();
  }

  @Test
  void aCountOfTheDeadMeetsTheSameCountInOtherWords() {
    String claim = "Four climbers lost their lives in the avalanche.";
    assertThat(
            QuantityCheck.check(
                    claim,
                    "Three climbers were killed when snow swept down the north face.",
                    Set.of())
                .map(Finding::outcome))
        .contains("disagrees");
    assertThat(
            QuantityCheck.check(claim, "Four climbers died after the avalanche struck.", Set.of())
                .map(Finding::outcome))
        .contains("agrees");
    // the injured are another count of the same story
    assertThat(
            QuantityCheck.check(claim, "Three climbers were injured in the avalanche.", Set.of())
                .map(Finding::outcome))
        .isEmpty();
  }
}
