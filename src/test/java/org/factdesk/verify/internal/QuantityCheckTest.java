package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
