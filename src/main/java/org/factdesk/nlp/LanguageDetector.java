package org.factdesk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.factdesk.FactDeskException;

/**
 * Language detection with the OpenNLP 183-language model, backed by an English function-word check
 * so that short English news text with many names is not mistaken for another language.
 */
public final class LanguageDetector {
  private static final String MODEL = "/langdetect-183.bin";
  private static final int MAX_CHARS = 5_000;
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "as", "by",
          "have", "has", "were", "are", "from", "said", "it", "at", "which", "this", "be");

  private static final class Holder {
    static final LanguageDetectorModel MODEL_INSTANCE = load();
  }

  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(Holder.MODEL_INSTANCE));

  private LanguageDetector() {}

  public static LanguageGuess detect(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String[] words = t.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int letters = 0;
    int english = 0;
    int count = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      count++;
      letters += w.length();
      if (ENGLISH.contains(w)) {
        english++;
      }
    }
    if (letters < 12) {
      return new LanguageGuess("und", 0);
    }
    if (count >= 6 && english * 5 >= count) {
      return new LanguageGuess("eng", Math.min(1, 0.5 + english / (double) count));
    }
    Language best = DETECTOR.get().predictLanguage(t);
    return new LanguageGuess(best.getLang(), Math.max(0, Math.min(1, best.getConfidence())));
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new FactDeskException("OpenNLP model " + MODEL + " is not on the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new FactDeskException("cannot load OpenNLP model " + MODEL, e);
    }
  }
}
