package org.factdesk.narrate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.factdesk.narrate.EngineUnavailableException;
import org.factdesk.narrate.Pcm;
import org.junit.jupiter.api.Test;

class EspeakEngineTest {
  @Test
  void speaksWhenInstalled() {
    assumeTrue(EspeakEngine.find("espeak-ng").isPresent(), "espeak-ng is not installed");
    try (EspeakEngine e = new EspeakEngine("espeak-ng", null, 1.0, Duration.ofSeconds(30))) {
      String text = "Officials confirmed that one hundred fifty servicemen were released.";
      Pcm pcm = e.synthesize(text);
      assertThat(pcm.rms()).isGreaterThan(300);
      assertThat(text.split(" ").length / pcm.seconds()).isBetween(1.5, 5.0);
      assertThat(e.language()).isEqualTo("en");
    }
  }

  @Test
  void missingExecutableIsAnUnavailableEngine() {
    assertThatThrownBy(
            () ->
                new EspeakEngine(
                    "/nonexistent/espeak-ng-factdesk", null, 1.0, Duration.ofSeconds(5)))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("not installed");
  }
}
