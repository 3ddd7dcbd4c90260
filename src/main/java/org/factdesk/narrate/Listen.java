package org.factdesk.narrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.factdesk.FactDeskException;
import org.factdesk.InputException;
import org.factdesk.article.Article;
import org.factdesk.internal.Json;
import org.factdesk.narrate.internal.EspeakEngine;
import org.factdesk.narrate.internal.FreeTtsEngine;
import org.factdesk.narrate.internal.HttpSpeechEngine;
import org.factdesk.narrate.internal.LanguageCheck;

/**
 * {@code factdesk listen}: checks the article, narrates it (or takes it from the cache), writes the
 * audio and the timings. Output files are written to a temporary file and moved into place.
 */
public final class Listen {
  /** What a run did. */
  public record Outcome(
      Path output,
      long bytes,
      Timings timings,
      boolean cached,
      Narrator.Stats stats,
      long totalNanos) {}

  private Listen() {}

  /**
   * Runs {@code request}.
   *
   * @throws InputException for empty, too long or non-English text
   * @throws EngineUnavailableException when the engine is missing
   */
  public static Outcome run(ListenRequest request) {
    return run(request, SpeechEngines::open);
  }

  /** Runs {@code request} with engines from {@code opener} (tests count synthesis with it). */
  public static Outcome run(
      ListenRequest request, java.util.function.Function<EngineConfig, SpeechEngine> opener) {
    long t0 = System.nanoTime();
    Article article = request.article();
    String words = check(article, request.inputName(), request.maxWords());
    EngineConfig ec = request.engine();
    String engineId = engineId(ec);
    String voice = ec.voice() != null ? ec.voice() : defaultVoice(ec.kind());
    String key = AudioCache.key(article, engineId, voice, ec.rate(), request.pauses());
    Optional<AudioCache.Entry> hit = request.cache().find(key);
    AudioCache.Entry entry;
    Narrator.Stats stats = null;
    if (hit.isPresent()) {
      entry = hit.get();
    } else {
      Narrator.Stats[] holder = new Narrator.Stats[1];
      try (SpeechEngine engine = opener.apply(ec)) {
        checkLanguage(request.inputName(), article.language(), engine.language(), words);
        Narrator narrator = new Narrator(engine, ec.rate(), request.pauses());
        entry =
            request
                .cache()
                .put(
                    key,
                    sink -> {
                      Narrator.Result r = narrator.narrate(article, sink);
                      holder[0] = r.stats();
                      return r.timings();
                    });
      }
      stats = holder[0];
    }
    long bytes = write(entry, request, article);
    return new Outcome(
        request.output(), bytes, entry.timings(), hit.isPresent(), stats, System.nanoTime() - t0);
  }

  /** Refuses empty and over-long articles; returns the text that the language check reads. */
  static String check(Article article, String input, int maxWords) {
    String text =
        article.title() == null ? article.text() : article.title() + "\n" + article.text();
    long count = countWords(text);
    if (count == 0) {
      throw new InputException(input, "no text to narrate");
    }
    if (count > maxWords) {
      throw new InputException(
          input,
          "has "
              + count
              + " words, more than the limit of "
              + maxWords
              + " for narration (raise it with --max-words)");
    }
    return text;
  }

  private static void checkLanguage(String input, String declared, String language, String text) {
    if (!"en".equals(language)) {
      return; // only English is checked: the other voices are the user's choice
    }
    if (declared != null && !declared.isBlank()) {
      String d = declared.strip().toLowerCase(java.util.Locale.ROOT);
      if (!d.equals("en") && !d.startsWith("en-") && !d.startsWith("en_")) {
        throw new InputException(
            input, "is in language '" + declared + "'; the voice speaks English only");
      }
    }
    LanguageCheck.Result r = LanguageCheck.check(text);
    if (!r.english()) {
      throw new InputException(
          input, "does not look like English (" + r.reason() + "); the voice speaks English only");
    }
  }

  static long countWords(String text) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  private static String engineId(EngineConfig ec) {
    return switch (ec.kind()) {
      case HTTP -> "http:" + ec.httpUrl() + "#" + ec.httpModel();
      default -> ec.kind().id();
    };
  }

  private static String defaultVoice(EngineKind kind) {
    return switch (kind) {
      case FREETTS -> FreeTtsEngine.DEFAULT_VOICE;
      case ESPEAK -> EspeakEngine.DEFAULT_VOICE;
      case HTTP -> HttpSpeechEngine.DEFAULT_VOICE;
      default -> "cmu-slt-hsmm"; // MARY; a default keeps Java 17 build tools happy
    };
  }

  private static long write(AudioCache.Entry entry, ListenRequest r, Article article) {
    Path out = r.output().toAbsolutePath();
    Path dir = out.getParent();
    Path tmpAudio = null;
    Path tmpTimings = null;
    try {
      Files.createDirectories(dir);
      tmpAudio = tempBeside(out);
      Path encoded = r.cache().encoded(entry, r.format(), article.title());
      Files.copy(encoded, tmpAudio, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      if (r.timingsFile() != null) {
        Path tf = r.timingsFile().toAbsolutePath();
        Files.createDirectories(tf.getParent());
        tmpTimings = tempBeside(tf);
        Files.writeString(tmpTimings, Json.pretty(entry.timings()), StandardCharsets.UTF_8);
        AudioCache.move(tmpTimings, tf);
      }
      long bytes = Files.size(tmpAudio);
      AudioCache.move(tmpAudio, out);
      return bytes;
    } catch (IOException e) {
      throw new FactDeskException("cannot write " + out, e);
    } finally {
      deleteQuietly(tmpAudio);
      deleteQuietly(tmpTimings);
    }
  }

  /** A temporary name next to {@code target}, created with default permissions on first write. */
  private static Path tempBeside(Path target) {
    return target.resolveSibling(
        "."
            + target.getFileName()
            + "."
            + ProcessHandle.current().pid()
            + "."
            + System.nanoTime()
            + ".tmp");
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // nothing more to do about a leftover temporary file
      }
    }
  }
}
