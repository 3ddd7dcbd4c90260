package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberWordsTest {
  @Test
  void wordsOfTheirOwn() {
    assertThat(NumberWords.word(0)).isEqualTo("zero");
    assertThat(NumberWords.word(17)).isEqualTo("seventeen");
    assertThat(NumberWords.word(40)).isEqualTo("forty");
    assertThatThrownBy(() -> NumberWords.word(21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 21");
  }

  @Test
  void scaleNames() {
    assertThat(NumberWords.scaleName(0)).isEmpty();
    assertThat(NumberWords.scaleName(2)).isEqualTo("million");
    assertThat(NumberWords.scaleName(6)).isEqualTo("quintillion");
    assertThatThrownBy(() -> NumberWords.scaleName(7)).hasMessageContaining("got 7");
  }

  @Test
  void numberWordsAreRecognisedAndParsed() {
    assertThat(NumberWords.isNumberWord("dozen")).isTrue();
    assertThat(NumberWords.isNumberWord("seventy")).isTrue();
    assertThat(NumberWords.isNumberWord("million")).isTrue();
    assertThat(NumberWords.isNumberWord("percent")).isFalse();
    assertThat(NumberWords.isNumberWord("Three")).isFalse(); // lower-case input only
    assertThat(NumberWords.parse("twenty-five")).isEqualTo(25.0);
  }
}
