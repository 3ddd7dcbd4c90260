package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command end to end: {@code check examples/article.html --sources
 * examples/sources --data DIR} ingests the sources into the data directory's evidence index on
 * first use, then checks the article against it; a second run finds everything already indexed.
 */
class CheckWithIndexTest {
  private static final Path EXPECTED =
      Path.of("src/test/resources/org/factdesk/cli/check-example.expected.json");

  @TempDir Path dir;

  @Test
  void checksTheExampleAgainstSourcesIngestedOnFirstUse() throws Exception {
    Path data = dir.resolve("data");
    CliRunner.Result first =
        CliRunner.run(
            "check",
            "examples/article.html",
            "--sources",
            "examples/sources",
            "--data",
            data.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(Files.isDirectory(data.resolve("index"))).isTrue();
    assertThat(first.err()).contains("ingested 10 documents");
    JsonNode n = Json.mapper().readTree(first.out());
    assertContract(n);
    assertExampleVerdicts(n);

    // the second run reuses the index: nothing is ingested again, the verdicts are the same
    CliRunner.Result second =
        CliRunner.run(
            "check",
            "examples/article.html",
            "--sources",
            "examples/sources",
            "--data",
            data.toString());
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.err()).contains("ingested 0 documents").contains("10 duplicates");
    JsonNode again = Json.mapper().readTree(second.out());
    assertThat(normalised(again)).isEqualTo(normalised(n));

    // and without --sources the index in the data directory is used as it is
    CliRunner.Result third =
        CliRunner.run("check", "examples/article.html", "--data", data.toString());
    assertThat(third.status()).as(third.err()).isZero();
    assertThat(normalised(Json.mapper().readTree(third.out()))).isEqualTo(normalised(n));

    String actual =
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(normalised(n)) + "\n";
    if (Boolean.getBoolean("factdesk.updateExpected")) {
      Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyIndexGivesUnverifiedWithANote() throws Exception {
    Path data = dir.resolve("empty");
    LuceneEvidenceIndex.open(data.resolve("index"), EmbedderEncoder.shipped()).close();
    CliRunner.Result r = CliRunner.run("check", "examples/article.html", "--data", data.toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode n = Json.mapper().readTree(r.out());
    assertContract(n);
    assertThat(n.path("claims").size()).isPositive();
    for (JsonNode c : n.path("claims")) {
      assertThat(c.path("verdict").asText()).isEqualTo("UNVERIFIED");
      assertThat(c.path("explanation").asText()).contains("evidence index is empty");
    }
    assertThat(n.path("notes").toString()).contains("evidence index is empty");
  }

  @Test
  void aMissingSourceIsBadInputWithOneLine() {
    CliRunner.Result r =
        CliRunner.run(
            "check",
            "examples/article.html",
            "--sources",
            dir.resolve("nope.xml").toString(),
            "--data",
            dir.resolve("d").toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("nope.xml").doesNotContain("Exception");
  }

  @Test
  void anArticleDatedYearsBeyond9999IsCheckedAsUndated() throws Exception {
    // replays a crash: the article's date reached the index's date filter, whose milliseconds
    // overflowed a long ("internal error: long overflow")
    Path page = dir.resolve("far.html");
    Files.writeString(
        page,
        "<html><head><title>Quarry fire</title><script type=\"application/ld+json\">"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Quarry fire\","
            + "\"datePublished\":\"+999999999-12-31T23:59:59Z\"}</script></head><body><article>"
            + "<p>Three workers lost their lives in the quarry fire on Monday, the police said.</p>"
            + "</article></body></html>",
        StandardCharsets.UTF_8);
    CliRunner.Result r =
        CliRunner.run(
            "check",
            page.toString(),
            "--sources",
            "examples/sources",
            "--data",
            dir.resolve("far-data").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertContract(Json.mapper().readTree(r.out()));
  }

  private static void assertContract(JsonNode n) {
    assertThat(n.path("article").isObject()).isTrue();
    assertThat(n.path("article").has("title")).isTrue();
    assertThat(n.path("summary").isObject()).isTrue();
    for (JsonNode c : n.path("claims")) {
      for (String k :
          List.of(
              "id",
              "text",
              "sentence",
              "start",
              "end",
              "checkworthiness",
              "verdict",
              "confidence",
              "explanation",
              "evidence")) {
        assertThat(c.has(k)).as("claim key " + k).isTrue();
      }
      for (JsonNode e : c.path("evidence")) {
        for (String k : List.of("url", "title", "source", "published", "passage", "stance")) {
          assertThat(e.has(k)).as("evidence key " + k).isTrue();
        }
      }
    }
  }

  /** The verdicts that examples/README.md gives, claim by claim. */
  private static void assertExampleVerdicts(JsonNode n) {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("for the first time in more than six months", "SUPPORTED");
    expected.put("214 homes", "REFUTED");
    expected.put("fallen by 38%", "SUPPORTED");
    expected.put("nearly 1.3 million passengers", "SUPPORTED");
    expected.put("Transport Minister Ana Petrova", "REFUTED");
    expected.put("national statistics office", "REFUTED");
    expected.put("10 million euros", "UNVERIFIED");
    Map<String, String> actual = new LinkedHashMap<>();
    for (JsonNode c : n.path("claims")) {
      for (String key : expected.keySet()) {
        if (c.path("text").asText().contains(key)) {
          actual.put(key, c.path("verdict").asText());
        }
      }
    }
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    // the residents' opinion is not a checkable claim (examples/README.md)
    assertThat(n.path("claims").toString()).doesNotContain("waited too long");
    for (JsonNode c : n.path("claims")) {
      String t = c.path("text").asText();
      String e = c.path("explanation").asText();
      if (t.contains("214 homes")) {
        assertThat(e)
            .contains("124")
            .contains("previously checked by Coast Check: False, 2026-03-20");
      }
      if (t.contains("4.2 million euros")) {
        assertThat(e).contains("4.2 million euros");
      }
      if (t.contains("Transport Minister")) {
        assertThat(e).contains("defence minister");
      }
      if (t.contains("national statistics office")) {
        assertThat(e).contains("labour ministry");
      }
    }
    assertThat(n.path("findings").toString()).contains("90 + 70 = 160");
  }

  /**
   * The stable part of a report: claim ids, texts, verdicts and structured checks, and the
   * findings. Confidences, scores and timings are left out (they move slightly with how the
   * embedder batches texts).
   */
  static JsonNode normalised(JsonNode n) {
    ObjectNode out = Json.mapper().createObjectNode();
    out.put("title", n.path("article").path("title").asText());
    ArrayNode claims = out.putArray("claims");
    for (JsonNode c : n.path("claims")) {
      ObjectNode o = claims.addObject();
      o.put("id", c.path("id").asText());
      o.put("text", c.path("text").asText());
      o.put("verdict", c.path("verdict").asText());
      ArrayNode checks = o.putArray("checks");
      for (JsonNode k : c.path("checks")) {
        checks.add(k.path("check").asText() + " " + k.path("outcome").asText());
      }
    }
    out.set("findings", n.path("findings"));
    return out;
  }
}
