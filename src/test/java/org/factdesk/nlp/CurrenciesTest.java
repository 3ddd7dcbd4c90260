package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrenciesTest {

  @Test
  void symbolsGiveIsoCodes() {
    assertThat(Currencies.codeOfSymbol("€")).isEqualTo("EUR");
    assertThat(Currencies.codeOfSymbol("US$")).isEqualTo("USD");
    assertThat(Currencies.codeOfSymbol("#")).isNull();
  }

  @Test
  void codesAndWordsShareOneName() {
    assertThat(Currencies.nameOf("EUR")).isEqualTo("euro");
    assertThat(Currencies.nameOf("euros")).isEqualTo("euro");
    assertThat(Currencies.nameOf("JPY")).isEqualTo("yen");
    assertThat(Currencies.nameOf("USD")).isEqualTo(Currencies.nameOf("dollars"));
    // "pounds" may be a weight: the extractor's unit decides, not this table
    assertThat(Currencies.nameOf("pounds")).isNull();
    assertThat(Currencies.nameOf("tonnes")).isNull();
  }

  @Test
  void wordsAfterAFigureLeaveOutAdjectives() {
    assertThat(Currencies.isWordAfterFigure("euro")).isTrue();
    assertThat(Currencies.isWordAfterFigure("yen")).isTrue();
    assertThat(Currencies.isWordAfterFigure("real")).isFalse(); // "five real options"
    assertThat(Currencies.isName("real")).isTrue();
  }

  @Test
  void onlyTheCommonestAreCommon() {
    assertThat(Currencies.isCommon("euro")).isTrue();
    assertThat(Currencies.isCommon("krona")).isFalse();
    assertThat(Currencies.isName("krona")).isTrue();
    assertThat(Currencies.isName("tonne")).isFalse();
  }
}
