package org.factdesk.nlp;

/**
 * The language a text is written in.
 *
 * @param code ISO 639-3 code ("eng", "deu", ...), or "und" when the text is too short to tell
 * @param confidence the detector's confidence, 0..1
 */
public record LanguageGuess(String code, double confidence) {
  public LanguageGuess {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank, got '" + code + "'");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  public boolean isEnglish() {
    return code.equals("eng");
  }
}
