package org.factdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FindsTest {
  private static final Pattern POSTPONED = Pattern.compile("\\bpostpon(?:ed|es)\\b");
  private static final Pattern CANCELLED = Pattern.compile("\\bcancell?ed\\b");

  @Test
  void answersAsTheMatcherDoesForEachPatternAndText() {
    String text = "The Orvik regatta was postponed until May.";
    for (int round = 0; round < 2; round++) { // the second round reads the remembered answers
      assertThat(Finds.in(POSTPONED, text)).isTrue();
      assertThat(Finds.in(CANCELLED, text)).isFalse();
      assertThat(Finds.in(CANCELLED, "The Orvik regatta was cancelled.")).isTrue();
      assertThat(Finds.in(POSTPONED, "The Orvik regatta was cancelled.")).isFalse();
    }
  }
}
