package org.factdesk.narrate.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.factdesk.FactDeskException;
import org.factdesk.narrate.EngineUnavailableException;
import org.factdesk.narrate.Pcm;
import org.factdesk.narrate.SpeechEngine;

/**
 * espeak-ng run as a separate process for each phrase ({@code espeak-ng --stdout --stdin}), with a
 * time limit. Output goes to a temporary file, so no reader thread is needed.
 */
public final class EspeakEngine implements SpeechEngine {
  /** Default voice. */
  public static final String DEFAULT_VOICE = "en-us";

  private static final int NORMAL_WPM = 175;
  private static final long MAX_OUTPUT_BYTES = 64L << 20;

  private final Path executable;
  private final String voice;
  private final int wpm;
  private final Duration timeout;

  public EspeakEngine(String command, String voice, double rate, Duration timeout) {
    this.executable =
        find(command)
            .orElseThrow(
                () ->
                    new EngineUnavailableException(
                        "engine espeak: '"
                            + command
                            + "' is not installed (not found on PATH); install espeak-ng or choose"
                            + " another --engine"));
    this.voice = voice == null ? DEFAULT_VOICE : voice;
    if (!this.voice.matches("[A-Za-z0-9_+-]{1,40}")) {
      throw new EngineUnavailableException("engine espeak: bad voice name '" + voice + "'");
    }
    this.wpm = (int) Math.round(NORMAL_WPM * rate);
    this.timeout = timeout;
  }

  /** The executable for {@code command}: a path, or a name looked up on PATH. */
  public static Optional<Path> find(String command) {
    if (command.contains("/")) {
      Path p = Path.of(command);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, command);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Override
  public String name() {
    return "espeak";
  }

  @Override
  public String voice() {
    return voice;
  }

  @Override
  public String language() {
    return voice.toLowerCase(Locale.ROOT).split("[-_+]")[0];
  }

  @Override
  public Pcm synthesize(String speechText) {
    Path out = null;
    Path err = null;
    Process p = null;
    try {
      out = Files.createTempFile("factdesk-espeak-", ".wav");
      err = Files.createTempFile("factdesk-espeak-", ".err");
      ProcessBuilder pb =
          new ProcessBuilder(
              List.of(
                  executable.toString(),
                  "--stdout",
                  "--stdin",
                  "-v",
                  voice,
                  "-s",
                  Integer.toString(wpm)));
      pb.redirectOutput(out.toFile());
      pb.redirectError(err.toFile());
      p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(speechText.getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new FactDeskException(
            "engine espeak timed out after "
                + timeout.toSeconds()
                + " s on '"
                + FreeTtsEngine.abbreviate(speechText)
                + "'");
      }
      if (p.exitValue() != 0) {
        String msg = Files.readString(err, StandardCharsets.UTF_8).strip();
        throw new FactDeskException(
            "engine espeak exited with status "
                + p.exitValue()
                + ": "
                + FreeTtsEngine.abbreviate(msg));
      }
      if (Files.size(out) > MAX_OUTPUT_BYTES) {
        throw new FactDeskException("engine espeak wrote more than 64 MB for one phrase");
      }
      return Wav.decode(Files.readAllBytes(out));
    } catch (IOException e) {
      throw new FactDeskException("engine espeak: cannot run " + executable, e);
    } catch (IllegalArgumentException e) {
      throw new FactDeskException("engine espeak: unreadable audio", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FactDeskException("engine espeak interrupted", e);
    } finally {
      if (p != null && p.isAlive()) {
        p.destroyForcibly();
      }
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a leftover temporary file is harmless
      }
    }
  }

  @Override
  public void close() {}
}
