package org.factdesk.narrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.factdesk.FactDeskException;
import org.factdesk.article.Article;
import org.factdesk.internal.Json;
import org.factdesk.narrate.internal.WavFileSink;

/**
 * Narrated audio kept in {@code <data dir>/audio/}: {@code <key>.wav}, {@code <key>.json} (timings)
 * and, once asked for, {@code <key>.ogg}, where the key is a SHA-256 of the article text and title,
 * the engine, voice and rate, the pauses and the normalisation rules version. The same article is
 * synthesised once. Entries are written to temporary files and moved into place, so a crash leaves
 * no half entry.
 */
public final class AudioCache {
  /** A cached narration: the WAV file and its timings. */
  public record Entry(String key, Path wav, Timings timings) {}

  private final Path dir;

  public AudioCache(Path dir) {
    this.dir = dir;
  }

  /** The cache directory under a factdesk data directory. */
  public static AudioCache in(Path dataDir) {
    return new AudioCache(dataDir.resolve("audio"));
  }

  public Path dir() {
    return dir;
  }

  /** The cache key of narrating {@code article} with the given engine, voice, rate and pauses. */
  public static String key(
      Article article, String engine, String voice, double rate, Narrator.Pauses pauses) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String head =
          String.format(
              Locale.ROOT,
              "factdesk-narrate\u0000rules=%d\u0000engine=%s\u0000voice=%s\u0000rate=%.3f\u0000pauses=%s\u0000",
              SpeechText.RULES_VERSION,
              engine,
              voice,
              rate,
              pauses);
      md.update(head.getBytes(StandardCharsets.UTF_8));
      md.update(String.valueOf(article.title()).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      for (var p : article.paragraphs()) {
        md.update((p.start() + ":" + p.end() + ";").getBytes(StandardCharsets.UTF_8));
      }
      md.update((byte) 0);
      md.update(article.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new FactDeskException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The entry for {@code key}, if both of its files are present and readable. */
  public Optional<Entry> find(String key) {
    Path wav = dir.resolve(key + ".wav");
    Path json = dir.resolve(key + ".json");
    if (!Files.isRegularFile(wav) || !Files.isRegularFile(json)) {
      return Optional.empty();
    }
    try {
      Timings t = Json.mapper().readValue(json.toFile(), Timings.class);
      return Optional.of(new Entry(key, wav, t));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged entry is made again
    }
  }

  /** Makes the entry for {@code key} by running {@code narrate} into a WAV sink, then stores it. */
  public Entry put(String key, Function<PcmSink, Timings> narrate) {
    try {
      Files.createDirectories(dir);
      Path tmpWav = Files.createTempFile(dir, key + "-", ".wav.tmp");
      Path tmpJson = Files.createTempFile(dir, key + "-", ".json.tmp");
      try {
        Timings t;
        try (WavFileSink sink = new WavFileSink(tmpWav)) {
          t = narrate.apply(sink);
        }
        Files.writeString(tmpJson, Json.pretty(t), StandardCharsets.UTF_8);
        Path wav = dir.resolve(key + ".wav");
        move(tmpWav, wav);
        move(tmpJson, dir.resolve(key + ".json"));
        return new Entry(key, wav, t);
      } finally {
        Files.deleteIfExists(tmpWav);
        Files.deleteIfExists(tmpJson);
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot write the audio cache in " + dir, e);
    }
  }

  /**
   * The entry's audio in {@code format}: the WAV itself, or an Ogg Opus file encoded once and kept
   * beside it as {@code <key>.ogg}.
   */
  public Path encoded(Entry entry, OutputFormat format, String title) throws IOException {
    if (format == OutputFormat.WAV) {
      return entry.wav();
    }
    Path ogg = dir.resolve(entry.key() + ".ogg");
    if (Files.isRegularFile(ogg)) {
      return ogg;
    }
    Path tmp = Files.createTempFile(dir, entry.key() + "-", ".ogg.tmp");
    try {
      AudioFiles.convert(entry.wav(), tmp, format, title);
      move(tmp, ogg);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return ogg;
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
