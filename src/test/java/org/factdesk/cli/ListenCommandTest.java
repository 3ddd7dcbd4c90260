package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenCommandTest {
  @TempDir Path tmp;

  Path fixture(String name) throws Exception {
    Path p = tmp.resolve(name);
    try (InputStream in =
        ListenCommandTest.class.getResourceAsStream("/org/factdesk/narrate/" + name)) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  @Test
  void writesOggAndTimingsThenServesTheCache() throws Exception {
    Path in = fixture("short-article.txt");
    Path data = tmp.resolve("data");
    CliRunner.Result r =
        CliRunner.run(
            "listen",
            in.toString(),
            "-o",
            tmp.resolve("out.ogg").toString(),
            "--timings",
            tmp.resolve("out.json").toString(),
            "--data",
            data.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("out.ogg").contains("5 sentences").contains("engine freetts");
    byte[] ogg = Files.readAllBytes(tmp.resolve("out.ogg"));
    assertThat(new String(ogg, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("OggS");
    JsonNode t = Json.mapper().readTree(tmp.resolve("out.json").toFile());
    assertThat(t.get("engine").asText()).isEqualTo("freetts");
    assertThat(t.get("sentences")).hasSize(5);
    assertThat(t.get("paragraphs")).hasSize(2); // the first line is the title
    String text = Files.readString(in, StandardCharsets.UTF_8);
    assertThat(text).contains("Drone talks resume in Abu Dhabi");

    CliRunner.Result again =
        CliRunner.run(
            "listen",
            in.toString(),
            "-o",
            tmp.resolve("again.ogg").toString(),
            "--data",
            data.toString());
    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("from cache");
    assertThat(Files.readAllBytes(tmp.resolve("again.ogg"))).isEqualTo(ogg);
  }

  @Test
  void mp3IsRefusedNamingTheSupportedFormats() throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "listen",
            fixture("short-article.txt").toString(),
            "-o",
            tmp.resolve("a.mp3").toString(),
            "--data",
            tmp.toString());
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("MP3").contains(".ogg").contains(".wav");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void emptyInputIsBadInput() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "\n\n", StandardCharsets.UTF_8);
    CliRunner.Result r =
        CliRunner.run(
            "listen",
            empty.toString(),
            "-o",
            tmp.resolve("a.ogg").toString(),
            "--data",
            tmp.toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("Error: listen: " + empty + ": empty input");
    Path stars = Files.writeString(tmp.resolve("stars.txt"), "* * *\n", StandardCharsets.UTF_8);
    CliRunner.Result s =
        CliRunner.run(
            "listen",
            stars.toString(),
            "-o",
            tmp.resolve("a.ogg").toString(),
            "--data",
            tmp.toString());
    assertThat(s.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(s.err().strip()).startsWith("Error: listen: " + stars + ": ").doesNotContain("\n");
    assertThat(tmp.resolve("a.ogg")).doesNotExist();
  }

  @Test
  void hundredThousandWordsAreRefused() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append("Officials said the talks would resume next week again.\n");
    }
    Path big = Files.writeString(tmp.resolve("big.txt"), sb, StandardCharsets.UTF_8);
    CliRunner.Result r =
        CliRunner.run(
            "listen",
            big.toString(),
            "-o",
            tmp.resolve("a.ogg").toString(),
            "--data",
            tmp.toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("has 90000 words").contains("--max-words");
  }

  @Test
  void frenchIsBadInput() throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "listen",
            fixture("french-article.txt").toString(),
            "-o",
            tmp.resolve("a.ogg").toString(),
            "--data",
            tmp.toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    // the reader detects French, or else the narration's own check catches it
    assertThat(r.err()).containsAnyOf("does not look like English", "in language 'fr'");
    assertThat(r.err()).contains("English").doesNotContain("Exception");
  }

  @Test
  void missingFileIsBadInput() {
    CliRunner.Result r =
        CliRunner.run(
            "listen", tmp.resolve("nope.txt").toString(), "-o", tmp.resolve("a.ogg").toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("nope.txt: no such file");
  }

  @Test
  void unavailableEnginesSayWhyInOneLine() throws Exception {
    Path in = fixture("short-article.txt");
    CliRunner.Result mary =
        CliRunner.run(
            "listen",
            in.toString(),
            "-o",
            tmp.resolve("a.ogg").toString(),
            "--engine",
            "mary",
            "--data",
            tmp.toString());
    assertThat(mary.status()).isEqualTo(Main.USAGE);
    assertThat(mary.err()).contains("LGPL").contains("freetts");
    assertThat(mary.err().strip().lines()).hasSize(1);

    CliRunner.Result http =
        CliRunner.run(
            "listen",
            in.toString(),
            "-o",
            tmp.resolve("a.ogg").toString(),
            "--engine",
            "http",
            "--data",
            tmp.toString());
    assertThat(http.status()).isEqualTo(Main.USAGE);
    assertThat(http.err()).contains("--http-url");

    CliRunner.Result bogus =
        CliRunner.run(
            "listen",
            in.toString(),
            "-o",
            tmp.resolve("a.ogg").toString(),
            "--engine",
            "sam",
            "--data",
            tmp.toString());
    assertThat(bogus.status()).isEqualTo(Main.USAGE);
    assertThat(bogus.err()).contains("unknown engine 'sam'");
  }

  @Test
  void rateOutOfRangeIsUsage() throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "listen",
            fixture("short-article.txt").toString(),
            "-o",
            tmp.resolve("a.ogg").toString(),
            "--rate",
            "5",
            "--data",
            tmp.toString());
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--rate must be in 0.5..2.0");
  }
}
