package org.factdesk.narrate;

import java.net.URI;
import java.time.Duration;

/**
 * How to open a speech engine.
 *
 * @param kind which engine
 * @param voice voice name, or null for the engine's default
 * @param rate speaking rate as a multiple of the engine's normal rate, 0.5..2.0
 * @param httpUrl base URL of the speech server (engine http), e.g. http://127.0.0.1:8880
 * @param httpModel model name sent to the speech server (engine http)
 * @param espeakCommand the espeak-ng executable: a name looked up on PATH, or a path
 * @param timeout time limit for one phrase (process run or HTTP request)
 */
public record EngineConfig(
    EngineKind kind,
    String voice,
    double rate,
    URI httpUrl,
    String httpModel,
    String espeakCommand,
    Duration timeout) {

  public EngineConfig {
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    if (!(rate >= 0.5 && rate <= 2.0)) {
      throw new IllegalArgumentException("rate must be in 0.5..2.0, got " + rate);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (espeakCommand == null || espeakCommand.isBlank()) {
      espeakCommand = "espeak-ng";
    }
    if (httpModel == null || httpModel.isBlank()) {
      httpModel = "tts-1";
    }
  }

  /** The default engine (FreeTTS) at normal rate. */
  public static EngineConfig defaults() {
    return new EngineConfig(
        EngineKind.FREETTS, null, 1.0, null, null, null, Duration.ofSeconds(60));
  }

  public EngineConfig withKind(EngineKind k) {
    return new EngineConfig(k, voice, rate, httpUrl, httpModel, espeakCommand, timeout);
  }

  public EngineConfig withVoice(String v) {
    return new EngineConfig(kind, v, rate, httpUrl, httpModel, espeakCommand, timeout);
  }

  public EngineConfig withRate(double r) {
    return new EngineConfig(kind, voice, r, httpUrl, httpModel, espeakCommand, timeout);
  }

  public EngineConfig withHttp(URI url, String model) {
    return new EngineConfig(kind, voice, rate, url, model, espeakCommand, timeout);
  }

  public EngineConfig withEspeakCommand(String command) {
    return new EngineConfig(kind, voice, rate, httpUrl, httpModel, command, timeout);
  }
}
