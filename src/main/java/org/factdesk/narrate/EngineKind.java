package org.factdesk.narrate;

import java.util.Locale;

/** The speech engines factdesk can drive. */
public enum EngineKind {
  /** FreeTTS 1.2 with the kevin16 diphone voice: pure Java, ships in the build (default). */
  FREETTS,
  /** espeak-ng run as a separate process, when it is installed. */
  ESPEAK,
  /** An OpenAI-compatible {@code /v1/audio/speech} server. */
  HTTP,
  /** MaryTTS: refused, its licence (LGPL-3.0) is not allowed in factdesk. */
  MARY;

  /** Lower-case name as used on the command line and in the cache key. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
