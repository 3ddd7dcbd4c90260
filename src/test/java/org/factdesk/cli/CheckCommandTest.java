package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.factdesk.net.SuppressForbidden(reason = "a handler for the in-process test server")
class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void checksTheExampleArticleAgainstTheExampleSources() throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "check",
            "examples/article.html",
            "--evidence",
            "examples/sources/coastal-wire.xml",
            "--evidence",
            "examples/sources/harbour-times.xml",
            "--fact-checks",
            "examples/sources/factchecks.jsonl");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode n = Json.mapper().readTree(r.out());
    assertThat(n.path("article").path("title").asText()).contains("Marlow Bay ferry link");
    assertThat(n.path("claims").size()).isGreaterThanOrEqualTo(6);
    String all = n.path("claims").toString();
    assertThat(all).contains("214 homes");
    for (JsonNode c : n.path("claims")) {
      assertThat(c.path("explanation").asText()).isNotBlank();
      if (c.path("text").asText().contains("214 homes")) {
        assertThat(c.path("verdict").asText()).isEqualTo("REFUTED");
        assertThat(c.path("explanation").asText())
            .contains("124")
            .contains("previously checked by Coast Check: False, 2026-03-20");
      }
      if (c.path("text").asText().contains("Transport Minister Ana Petrova")) {
        assertThat(c.path("verdict").asText()).isEqualTo("REFUTED");
      }
      if (c.path("text").asText().contains("nearly 1.3 million")) {
        assertThat(c.path("verdict").asText()).isEqualTo("SUPPORTED");
      }
      if (c.path("text").asText().contains("national statistics office")) {
        assertThat(c.path("verdict").asText()).isEqualTo("REFUTED");
        assertThat(c.path("explanation").asText()).contains("labour ministry");
      }
      if (c.path("text").asText().contains("10 million euros")) {
        assertThat(c.path("verdict").asText()).isEqualTo("UNVERIFIED");
      }
    }
    assertThat(n.path("findings").toString()).contains("90 + 70 = 160");
  }

  @Test
  void emptyIndexGivesUnverifiedWithANote() throws Exception {
    Path a = dir.resolve("a.txt");
    Files.writeString(
        a, "The council spent 3 million euros on the bridge in 2025.\n", StandardCharsets.UTF_8);
    CliRunner.Result r =
        CliRunner.run("check", a.toString(), "--data", dir.resolve("data").toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode n = Json.mapper().readTree(r.out());
    assertThat(n.path("claims").get(0).path("verdict").asText()).isEqualTo("UNVERIFIED");
    assertThat(n.path("notes").toString()).contains("evidence index is empty");
  }

  @Test
  void articleWithoutClaimsGivesAnEmptyReport() throws Exception {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, "What a lovely day it was.\n", StandardCharsets.UTF_8);
    CliRunner.Result r =
        CliRunner.run(
            "check", a.toString(), "--format", "markdown", "--data", dir.resolve("d").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Claims: 0").contains("No check-worthy claims");
  }

  @Test
  void missingInputIsBadInput() {
    CliRunner.Result r = CliRunner.run("check", dir.resolve("nope.html").toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("nope.html").doesNotContain("Exception");
  }

  @Test
  void checksAnArticleServedOverHttp() throws Exception {
    byte[] page = Files.readAllBytes(Path.of("examples/article.html"));
    org.factdesk.net.TestServer server =
        new org.factdesk.net.TestServer()
            .route(
                "/a",
                ex -> org.factdesk.net.TestServer.send(ex, 200, "text/html; charset=utf-8", page))
            .start();
    String before = System.getProperty(org.factdesk.net.NetPolicy.ALLOW_PRIVATE_PROPERTY);
    System.setProperty(org.factdesk.net.NetPolicy.ALLOW_PRIVATE_PROPERTY, "true");
    try {
      String url = server.url("/a");
      CliRunner.Result r =
          CliRunner.run(
              "check",
              url,
              "--evidence",
              "examples/sources/coastal-wire.xml",
              "--format",
              "claimreview");
      assertThat(r.status()).as(r.err()).isZero();
      JsonNode n = Json.mapper().readTree(r.out());
      assertThat(n.get(0).path("@type").asText()).isEqualTo("ClaimReview");
    } finally {
      server.close();
      if (before == null) {
        System.clearProperty(org.factdesk.net.NetPolicy.ALLOW_PRIVATE_PROPERTY);
      } else {
        System.setProperty(org.factdesk.net.NetPolicy.ALLOW_PRIVATE_PROPERTY, before);
      }
    }
  }

  @Test
  void unknownFormatIsBadUsage() {
    CliRunner.Result r = CliRunner.run("check", "examples/article.html", "--format", "pdf");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("unknown format 'pdf'");
  }

  @Test
  void writesHtmlToAFile() throws Exception {
    Path out = dir.resolve("r.html");
    CliRunner.Result r =
        CliRunner.run(
            "check",
            "examples/article.html",
            "--evidence",
            "examples/sources/coastal-wire.xml",
            "--format",
            "html",
            "-o",
            out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("<!DOCTYPE html>");
  }
}
