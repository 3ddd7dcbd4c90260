package org.factdesk.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReader;
import org.factdesk.narrate.AudioCache;
import org.factdesk.narrate.EngineConfig;
import org.factdesk.narrate.EngineKind;
import org.factdesk.narrate.EngineUnavailableException;
import org.factdesk.narrate.Listen;
import org.factdesk.narrate.ListenRequest;
import org.factdesk.narrate.Narrator;
import org.factdesk.narrate.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk listen}: narrates an article into an audio file with sentence timings. */
@Command(
    name = "listen",
    description = {
      "Narrate an article as audio (Ogg Opus or WAV) with sentence timings.",
      "Engines: freetts (default, pure Java), espeak (espeak-ng when installed), http (an"
          + " OpenAI-compatible /v1/audio/speech server). Narrated audio is cached in"
          + " <data>/audio/."
    })
final class ListenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Mixin InputOptions inputOptions;

  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description = "Article: a file (HTML or plain text), an http(s) URL, or -.")
  String input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "Audio file to write: .ogg / .opus (Ogg Opus) or .wav. MP3 is not supported.")
  Path output;

  @Option(names = "--timings", paramLabel = "FILE.json", description = "Write sentence timings.")
  Path timings;

  @Option(
      names = "--rate",
      paramLabel = "R",
      defaultValue = "1.0",
      description = "Speaking rate, 0.5..2.0 (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--voice", paramLabel = "V", description = "Voice of the engine.")
  String voice;

  @Option(
      names = "--engine",
      paramLabel = "E",
      description =
          "freetts, espeak, http or mary (default: $FACTDESK_TTS_ENGINE, else freetts; mary is"
              + " refused: LGPL).")
  String engine;

  @Option(
      names = "--http-url",
      paramLabel = "URL",
      description = "Base URL of the speech server for --engine http (default: $FACTDESK_TTS_URL).")
  URI httpUrl;

  @Option(
      names = "--http-model",
      paramLabel = "M",
      description = "Model name sent to the speech server (default: tts-1).")
  String httpModel;

  @Option(
      names = "--max-words",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Refuse longer articles (default: ${DEFAULT-VALUE}).")
  int maxWords;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Time limit per phrase for espeak and http (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    if (Files.isDirectory(output)) {
      throw new UsageException("-o " + output + " is a directory; give a file name");
    }
    OutputFormat format;
    try {
      format = OutputFormat.ofFileName(output.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (!(rate >= 0.5 && rate <= 2.0)) {
      throw new UsageException("--rate must be in 0.5..2.0, got " + rate);
    }
    if (maxWords < 1) {
      throw new UsageException("--max-words must be >= 1, got " + maxWords);
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      throw new UsageException("--timeout must be in 1..3600 seconds, got " + timeoutSeconds);
    }
    EngineConfig config =
        new EngineConfig(
            engineKind(),
            voice,
            rate,
            httpUrl != null ? httpUrl : envUri("FACTDESK_TTS_URL"),
            httpModel,
            System.getenv("FACTDESK_ESPEAK"),
            Duration.ofSeconds(timeoutSeconds));
    Article article = read(input);
    ListenRequest request =
        new ListenRequest(
            article,
            input,
            output,
            format,
            timings,
            config,
            maxWords,
            AudioCache.in(global.dataDir()),
            Narrator.Pauses.standard());
    Listen.Outcome o;
    try {
      o = Listen.run(request);
    } catch (EngineUnavailableException e) {
      throw new UsageException(e.getMessage());
    }
    double seconds = o.timings().durationMs() / 1000;
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "wrote %s: %d:%02d, %d sentences, %.1f KB, %s%s%n",
            output,
            (int) seconds / 60,
            (int) seconds % 60,
            o.timings().sentences().size(),
            o.bytes() / 1024.0,
            o.cached() ? "from cache" : "engine " + o.timings().engine(),
            timings == null ? "" : "; timings in " + timings);
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  private EngineKind engineKind() {
    String e = engine != null ? engine : System.getenv("FACTDESK_TTS_ENGINE");
    if (e == null || e.isBlank()) {
      return EngineKind.FREETTS;
    }
    try {
      return EngineKind.valueOf(e.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new UsageException("unknown engine '" + e + "'; choose freetts, espeak or http");
    }
  }

  private static URI envUri(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return URI.create(v.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException("$" + name + " is not a URL: " + v);
    }
  }

  /**
   * Reads the article with the shared reader: a file, an http(s) URL or "-", within --max-bytes.
   */
  private Article read(String input) {
    return ArticleReader.read(input, inputOptions.readOptions());
  }
}
