package org.factdesk.narrate;

/**
 * A speech synthesiser: turns one phrase of normalised speech text into audio. Implementations are
 * used from one thread at a time. Open one with {@link SpeechEngines#open(EngineConfig)}.
 */
public interface SpeechEngine extends AutoCloseable {
  /** Engine name, e.g. "freetts"; part of the audio cache key. */
  String name();

  /** Voice name, e.g. "kevin16"; part of the audio cache key. */
  String voice();

  /** ISO 639-1 code of the language the voice speaks, e.g. "en". */
  String language();

  /**
   * Synthesises {@code speechText} (already normalised) at the configured rate.
   *
   * @throws org.factdesk.FactDeskException when the engine fails; the message names the engine
   */
  Pcm synthesize(String speechText);

  @Override
  void close();
}
