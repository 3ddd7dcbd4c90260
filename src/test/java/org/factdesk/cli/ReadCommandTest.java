package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End-to-end: {@code factdesk read} on the fixture pages and the seed page. Expected output is
 * stored under {@code expected/}; run with {@code -Dfactdesk.updateExpected=true} to rewrite it
 * after a deliberate change, and review the diff.
 */
class ReadCommandTest {
  static final Path FIXTURES = Path.of("src/test/resources/org/factdesk/article");
  private static final boolean UPDATE = Boolean.getBoolean("factdesk.updateExpected");

  static Path seed() {
    return Path.of(System.getProperty("factdesk.shared", "../shared"), "seed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jsonld-news.html",
        "opengraph-only.html",
        "bare.html",
        "comments-wordpress.html",
        "comments-microdata.html",
        "plain-article.txt",
        "story-div.html",
        "plain-byline.txt",
        "comments-unmarked.html"
      })
  void readsFixtureAsStored(String name) throws IOException {
    CliRunner.Result r =
        CliRunner.run("read", FIXTURES.resolve(name).toString(), "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    Path expected = FIXTURES.resolve("expected").resolve(name.replaceFirst("\\.\\w+$", ".json"));
    if (UPDATE) {
      Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertOffsetsExact(Json.mapper().readTree(r.out()));
  }

  /**
   * The seed page. Its expected output is stored as a SHA-256 digest (the page itself belongs to
   * ../shared and is not copied into the repository); the structure is checked field by field.
   */
  @Test
  void readsTheSeedPage() throws Exception {
    Path page = seed().resolve("article-page.txt");
    assumeTrue(Files.isRegularFile(page), "../shared/seed is absent");
    CliRunner.Result r = CliRunner.run("read", page.toString(), "--format", "json");
    assertThat(r.status()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    String text = json.get("text").asText();
    assertThat(json.get("paragraphs")).hasSize(14);
    assertThat(text)
        .startsWith("The United States and Russia have agreed")
        .endsWith("which Russia illegally annexed in 2014.")
        .doesNotContain("Listen to the article", "Fact Checker", "Verify the accuracy", "Comments");
    assertThat(json.get("language").asText()).isEqualTo("en");
    assertOffsetsExact(json);

    JsonNode expected = Json.mapper().readTree(seed().resolve("comments.json").toFile());
    JsonNode comments = json.get("comments");
    assertThat(comments).hasSize(14);
    for (int i = 0; i < 14; i++) {
      JsonNode want = expected.get(i);
      JsonNode got = comments.get(i);
      assertThat(got.get("id").asText()).isEqualTo(want.get("id").asText());
      assertThat(got.get("text").asText()).isEqualTo(want.get("text").asText());
      assertThat(got.path("parent_id").asText(null))
          .as("parent of " + want.get("id").asText())
          .isEqualTo(want.path("parent_id").asText(null));
    }

    Path digest = FIXTURES.resolve("expected/seed-article-page.sha256");
    if (UPDATE) {
      Files.writeString(digest, sha256(r.out()) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(sha256(r.out())).isEqualTo(Files.readString(digest).strip());
  }

  /** The demo page in examples/ (written by the lead): metadata, clean text, both comments. */
  @Test
  void readsTheExamplePage() throws IOException {
    Path page = Path.of("examples/article.html");
    assumeTrue(Files.isRegularFile(page), "examples/article.html is absent");
    CliRunner.Result r = CliRunner.run("read", page.toString());
    assertThat(r.status()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.get("title").asText())
        .isEqualTo("Marlow Bay ferry link reopens after storm repairs");
    assertThat(json.get("source").asText()).isEqualTo("The Coastal Ledger");
    assertThat(json.get("published").asText()).isEqualTo("2026-10-16T08:00:00Z");
    assertThat(json.get("text").asText())
        .startsWith("The ferry link between Marlow Bay and Skerra Island reopened")
        .doesNotContain("Listen to the article", "newsletter");
    assertThat(json.get("comments")).hasSize(2);
    assertThat(json.get("comments").get(1).get("parent_id").asText()).isEqualTo("c1");
    assertOffsetsExact(json);
  }

  @Test
  void textFormatShowsMetadataTextAndComments() {
    CliRunner.Result r =
        CliRunner.run(
            "read", FIXTURES.resolve("comments-wordpress.html").toString(), "--format", "text");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Title: New bus line to the airport starts in June")
        .contains("Author: Kim Larsen")
        .contains("[c2 reply to c1] Kim Larsen (2026-04-02T10:30:00Z) Yes, each bus has");
  }

  @Test
  void missingFileIsBadInput() {
    CliRunner.Result r = CliRunner.run("read", "no/such/file.html");
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err())
        .isEqualTo("Error: read: no/such/file.html: no such file" + System.lineSeparator());
  }

  @Test
  void refusedUrlIsBadInputWithOneLine() {
    CliRunner.Result r = CliRunner.run("read", "http://127.0.0.1:9/article");
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("refused").contains("loopback").doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void unknownFormatIsUsageError() {
    CliRunner.Result r =
        CliRunner.run("read", FIXTURES.resolve("bare.html").toString(), "--format", "xml");
    assertThat(r.status()).isEqualTo(Main.USAGE);
  }

  static void assertOffsetsExact(JsonNode json) {
    String text = json.get("text").asText();
    int previousEnd = 0;
    for (JsonNode p : json.get("paragraphs")) {
      int start = p.get("start").asInt();
      int end = p.get("end").asInt();
      assertThat(start).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = end;
      assertThat(p.get("sentences").size()).isPositive();
      for (JsonNode s : p.get("sentences")) {
        assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
            .isEqualTo(s.get("text").asText());
        assertThat(s.get("start").asInt()).isBetween(start, end);
      }
    }
  }

  static String sha256(String s) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
