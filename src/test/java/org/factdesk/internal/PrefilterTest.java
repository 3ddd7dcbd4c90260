package org.factdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefilterTest {
  @Test
  void containsAnyLooksForEachWordAsWritten() {
    assertThat(Prefilter.containsAny("the Minister said", "inister", "ayor")).isTrue();
    assertThat(Prefilter.containsAny("the MINISTER said", "inister", "ayor")).isFalse();
    assertThat(Prefilter.containsAny("", "a")).isFalse();
  }

  @Test
  void afterNumberNeedsWhiteSpaceAfterADigitOrANumberWord() {
    assertThat(Prefilter.afterNumber("one in five", "in", "one")).isTrue();
    assertThat(Prefilter.afterNumber("3 \t in 4", "in", "one")).isTrue();
    assertThat(Prefilter.afterNumber("3 out of 4", "out of", "one")).isTrue();
    assertThat(Prefilter.afterNumber("once in a while", "in", "one")).isFalse();
    assertThat(Prefilter.afterNumber("3in 4", "in", "one")).isFalse(); // no white space
    assertThat(Prefilter.afterNumber("in 4", "in", "one")).isFalse(); // nothing before
    assertThat(Prefilter.afterNumber("  in 4", "in", "one")).isFalse();
  }

  @Test
  void thePrefiltersCanBeTurnedOff() {
    boolean old = Prefilter.enable(false);
    try {
      assertThat(Prefilter.enabled()).isFalse();
    } finally {
      Prefilter.enable(old);
    }
    assertThat(Prefilter.enabled()).isTrue();
  }
}
