package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;
import org.factdesk.verify.Quantity;
import org.junit.jupiter.api.Test;

class TextSignalsTest {
  private static final String TEXT =
      "Officials in Lyon said on Monday that 3.5 million people did not vote in March 2024.";

  @Test
  void signalsAreReadOnlyAndWrappedOnce() {
    TextSignals s = TextSignals.of(TEXT);
    assertThat(TextSignals.of(TEXT)).isSameAs(s); // remembered: every caller shares it
    assertThat(s.content()).contains("official", "vote").isSameAs(s.content());
    assertThat(s.tokens()).isSameAs(s.tokens());
    assertThat(s.numbers()).contains(3.5e6).isSameAs(s.numbers());
    assertThat(s.names()).contains("lyon").isSameAs(s.names());
    assertThat(s.negations()).isEqualTo(1);
    assertThatThrownBy(() -> s.content().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.tokens().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.numbers().add(1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.names().remove("lyon"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theOtherRememberedResultsCannotBeChangedEither() {
    List<Quantity> figures = QuantityParser.parse(TEXT);
    assertThat(figures).isNotEmpty();
    assertThatThrownBy(() -> figures.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(QuantityParser.parse(TEXT)).isSameAs(figures);

    List<TimeExpression> times = TimeExtractor.extract(TEXT, LocalDate.of(2024, 4, 10));
    assertThat(times).isNotEmpty();
    assertThatThrownBy(() -> times.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(TimeExtractor.extract(TEXT, LocalDate.of(2024, 4, 10))).isSameAs(times);
  }

  @Test
  void wholeWordsOnly() {
    assertThat(TextSignals.hasWord("the ostra club's coach", "ostra")).isTrue();
    assertThat(TextSignals.hasWord("the ostra club's coach", "club's")).isTrue();
    assertThat(TextSignals.hasWord("the ostrava club", "ostra")).isFalse();
    assertThat(TextSignals.hasWord("nostra ostra", "ostra")).isTrue(); // the second one
    assertThat(TextSignals.hasWord("ostra2", "ostra")).isFalse();
    assertThat(TextSignals.hasWord("anything", "")).isFalse();
  }
}
