package org.factdesk.narrate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberWordsTest {
  @Test
  void cardinals() {
    assertThat(NumberWords.cardinal("0")).isEqualTo("zero");
    assertThat(NumberWords.cardinal("007")).isEqualTo("seven");
    assertThat(NumberWords.cardinal("40")).isEqualTo("forty");
    assertThat(NumberWords.cardinal("1000")).isEqualTo("one thousand");
    assertThat(NumberWords.cardinal("1000001")).isEqualTo("one million one");
    assertThat(NumberWords.cardinal("2014")).isEqualTo("two thousand fourteen");
    assertThat(NumberWords.cardinal("900000000000")).isEqualTo("nine hundred billion");
    assertThat(NumberWords.cardinal(-12)).isEqualTo("minus twelve");
  }

  @Test
  void ordinals() {
    assertThat(NumberWords.ordinal("1")).isEqualTo("first");
    assertThat(NumberWords.ordinal("12")).isEqualTo("twelfth");
    assertThat(NumberWords.ordinal("20")).isEqualTo("twentieth");
    assertThat(NumberWords.ordinal("103")).isEqualTo("one hundred third");
    assertThat(NumberWords.ordinal("1000")).isEqualTo("one thousandth");
  }

  @Test
  void years() {
    assertThat(NumberWords.year(2014)).isEqualTo("twenty fourteen");
    assertThat(NumberWords.year(2000)).isEqualTo("two thousand");
    assertThat(NumberWords.year(2009)).isEqualTo("two thousand nine");
    assertThat(NumberWords.year(1900)).isEqualTo("nineteen hundred");
    assertThat(NumberWords.year(1905)).isEqualTo("nineteen oh five");
    assertThat(NumberWords.year(1066)).isEqualTo("ten sixty-six");
    assertThat(NumberWords.decade(1980)).isEqualTo("nineteen eighties");
  }

  @Test
  void decimalsAndDigits() {
    assertThat(NumberWords.number("3.14")).isEqualTo("three point one four");
    assertThat(NumberWords.number(".5")).isEqualTo("point five");
    assertThat(NumberWords.number("1,250")).isEqualTo("one thousand two hundred fifty");
    assertThat(NumberWords.cardinal("1234567890123456789012345")).startsWith("one two three");
  }

  @Test
  void refusesNonDigits() {
    assertThatThrownBy(() -> NumberWords.cardinal("12a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12a");
  }
}
