package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code factdesk ingest} and {@code factdesk search} on fixture sources. */
class EvidenceCommandsTest {
  @TempDir static Path data;

  static CliRunner.Result ingested;

  static String fixture(String name) {
    try {
      return Path.of(
              EvidenceCommandsTest.class.getResource("/org/factdesk/sources/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  static void ingest() {
    ingested =
        CliRunner.run(
            "ingest",
            "--data",
            data.toString(),
            fixture("feeds.opml"),
            fixture("corpus.jsonl"),
            fixture("factchecks.jsonl"),
            fixture("factcheck-page.html"),
            fixture("malformed.xml"));
  }

  @Test
  void ingestReportsBadSourcesAndLinesAndExitsWith3() {
    assertThat(ingested.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(ingested.err())
        .contains("corpus.jsonl:2: not JSON")
        .contains("malformed.xml:6: malformed XML")
        .doesNotContain("Exception");
    assertThat(ingested.out()).contains("ingested 8 documents").contains("1 sources failed");
  }

  @Test
  void ingestOfGoodSourcesExitsWith0AndAddsNothingTwice() {
    CliRunner.Result r =
        CliRunner.run("ingest", "--data", data.toString(), fixture("bay-atom.xml"));
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("ingested 0 documents").contains("2 duplicates");
  }

  @Test
  void searchPrintsTheJsonContract() throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "search", "--data", data.toString(), "how many homes did the storm damage", "-k", "3");
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    JsonNode hits = Json.mapper().readTree(r.out()).get("hits");
    assertThat(hits.size()).isEqualTo(3);
    JsonNode top = hits.get(0);
    for (String key : new String[] {"url", "title", "source", "published", "passage", "score"}) {
      assertThat(top.has(key)).as(key).isTrue();
    }
    assertThat(r.out()).contains("124 homes");
  }

  @Test
  void searchFiltersByDateSourceAndCollection() throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "search", "--data", data.toString(), "ferry", "-k", "10", "--before", "2026-06-01");
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    JsonNode hits = Json.mapper().readTree(r.out()).get("hits");
    assertThat(hits.size()).isPositive();
    for (JsonNode h : hits) {
      assertThat(Instant.parse(h.get("published").asText()))
          .isBefore(Instant.parse("2026-06-01T00:00:00Z"));
    }
    r = CliRunner.run("search", "--data", data.toString(), "ferry", "--source", "Bay Times");
    for (JsonNode h : Json.mapper().readTree(r.out()).get("hits")) {
      assertThat(h.get("source").asText()).isEqualTo("Bay Times");
    }
    r =
        CliRunner.run(
            "search",
            "--data",
            data.toString(),
            "minister",
            "--collection",
            "factchecks",
            "--format",
            "text",
            "--explain");
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out())
        .contains("1. [")
        .contains("Rating: False")
        .contains("score: ")
        .contains("rrf(");
  }

  @Test
  void searchExplainsInJson() throws Exception {
    CliRunner.Result r =
        CliRunner.run("search", "--data", data.toString(), "unemployment", "-k", "1", "--explain");
    JsonNode e = Json.mapper().readTree(r.out()).get("hits").get(0).get("explanation");
    assertThat(e.get("fusion").asText()).startsWith("rrf(");
    assertThat(e.get("bm25").asDouble()).isPositive();
    assertThat(e.get("terms").toString()).contains("unemploy");
  }

  @Test
  void badSearchesAreRefused() {
    assertThat(CliRunner.run("search", "--data", data.toString(), "x", "--before", "soon").status())
        .isEqualTo(Main.USAGE);
    assertThat(CliRunner.run("search", "--data", data.toString(), "x", "-k", "0").status())
        .isEqualTo(Main.USAGE);
    CliRunner.Result none =
        CliRunner.run("search", "--data", data.resolve("nothing").toString(), "x");
    assertThat(none.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(none.err()).contains("no evidence index");
  }
}
