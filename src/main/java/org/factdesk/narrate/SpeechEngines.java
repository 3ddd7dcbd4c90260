package org.factdesk.narrate;

import org.factdesk.narrate.internal.EspeakEngine;
import org.factdesk.narrate.internal.FreeTtsEngine;
import org.factdesk.narrate.internal.HttpSpeechEngine;

/** Opens the speech engine a configuration names. */
public final class SpeechEngines {
  private SpeechEngines() {}

  /**
   * Opens the engine of {@code config}.
   *
   * @throws EngineUnavailableException when it is not installed, not configured or not allowed
   */
  public static SpeechEngine open(EngineConfig config) {
    return switch (config.kind()) {
      case FREETTS -> new FreeTtsEngine(config.voice(), config.rate());
      case ESPEAK ->
          new EspeakEngine(config.espeakCommand(), config.voice(), config.rate(), config.timeout());
      case HTTP ->
          new HttpSpeechEngine(
              config.httpUrl(),
              config.httpModel(),
              config.voice(),
              config.rate(),
              config.timeout());
      default -> // MARY (a default branch keeps Java 17 build tools happy)
          throw new EngineUnavailableException(
              "engine mary: MaryTTS 5.2.1 is LGPL-3.0, which factdesk does not ship; use --engine"
                  + " freetts (default, pure Java), espeak or http");
    };
  }
}
