package org.factdesk.narrate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.narrate.EngineUnavailableException;
import org.factdesk.narrate.Pcm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FreeTtsEngineTest {
  static FreeTtsEngine engine;

  @BeforeAll
  static void open() {
    engine = new FreeTtsEngine(null, 1.0);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void speaksAudibleSpeechOfPlausibleLength() {
    String text =
        "The United States and Russia have agreed to restore military talks for the first time in"
            + " more than four years.";
    Pcm pcm = engine.synthesize(text);
    assertThat(pcm.sampleRate()).isEqualTo(16000);
    assertThat(pcm.rms()).as("RMS").isGreaterThan(500);
    double wordsPerSecond = text.split(" ").length / pcm.seconds();
    // people read news at about 2.5 words per second; allow a wide band
    assertThat(wordsPerSecond).isBetween(1.5, 4.5);
  }

  @Test
  void fasterRateGivesShorterAudio() {
    String text =
        "Moscow denied the collision, claiming the drone crashed during a sharp maneuver.";
    FreeTtsEngine fast = new FreeTtsEngine(null, 1.5);
    try {
      double normal = engine.synthesize(text).seconds();
      double quick = fast.synthesize(text).seconds();
      assertThat(quick).isLessThan(normal * 0.85);
    } finally {
      fast.close();
    }
  }

  @Test
  void sameTextGivesSameAudio() {
    Pcm a = engine.synthesize("Kyiv and Moscow exchanged prisoners.");
    Pcm b = engine.synthesize("Kyiv and Moscow exchanged prisoners.");
    assertThat(a.samples()).isEqualTo(b.samples());
  }

  @Test
  @SuppressForbidden(reason = "saves and restores the default locale to switch it for the test")
  void speaksTheSameWhateverTheDefaultLocale() {
    String text = "In India, It is Ice cold, I said.";
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.ROOT);
      Pcm root = engine.synthesize(text);
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      Pcm turkish = engine.synthesize(text);
      assertThat(turkish.samples()).isEqualTo(root.samples());
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void unknownVoiceIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> new FreeTtsEngine("alan", 1.0))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("kevin16");
  }
}
