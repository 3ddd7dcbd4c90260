package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentsCommandTest {
  @TempDir Path tmp;

  private static final Path SEED =
      Path.of(System.getProperty("factdesk.shared", "../shared"), "seed", "comments.json");

  private static JsonNode json(CliRunner.Result r) throws IOException {
    assertThat(r.status()).as(r.err()).isZero();
    return Json.mapper().readTree(r.out());
  }

  private Path write(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void seedThreadIsFlaggedWithReplyPairsAndPhrasingClusters() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SEED), "seed absent");
    JsonNode out = json(CliRunner.run("comments", SEED.toString(), "--no-semantic"));
    assertThat(out.get("summary").get("comments").asInt()).isEqualTo(14);
    assertThat(out.get("summary").get("AUTHENTIC").asInt()).isZero();
    List<String> kinds = new ArrayList<>();
    for (JsonNode k : out.get("clusters")) {
      kinds.add(k.get("kind").asText());
    }
    assertThat(kinds.stream().filter("reply_pair"::equals).count()).isEqualTo(7);
    assertThat(kinds).contains("phrasing", "agenda");
    String clusters = out.get("clusters").toString();
    assertThat(clusters).contains("political will on all sides");
    for (JsonNode c : out.get("comments")) {
      assertThat(c.get("reasons").size()).isPositive();
      assertThat(c.get("cluster").isNull()).isFalse();
    }
  }

  @Test
  void seedTextOutputMatchesStoredExpectation() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SEED), "seed absent");
    CliRunner.Result r =
        CliRunner.run("comments", SEED.toString(), "--format", "text", "--no-semantic");
    String expected =
        Files.readString(
            Path.of("src/test/resources/org/factdesk/comments/seed-expected.txt"),
            StandardCharsets.UTF_8);
    assertThat(r.out().replace("\r\n", "\n")).isEqualTo(expected.replace("\r\n", "\n"));
  }

  @Test
  void aTimedBurstFromManyAccountsIsNamedAsACluster() throws IOException {
    String[] words =
        "river orange window seven ladder cousin marble thunder velvet basket puzzle garden silver"
            .split(" ");
    StringBuilder b = new StringBuilder("[");
    java.time.Instant t0 = java.time.Instant.parse("2026-04-01T08:00:00Z");
    for (int i = 0; i < 50; i++) {
      java.util.Random r = new java.util.Random(i);
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 9; w++) {
        text.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
      }
      // 20 comments a minute apart, then 30 accounts within a minute
      java.time.Instant at = i < 20 ? t0.plusSeconds(60L * i) : t0.plusSeconds(1800L + 2L * i);
      b.append(i == 0 ? "" : ",")
          .append("{\"id\":\"k")
          .append(i)
          .append("\",\"author\":\"acct")
          .append(i)
          .append("\",\"posted_at\":\"")
          .append(at)
          .append("\",\"text\":\"")
          .append(text)
          .append("\"}");
    }
    Path f = write("burst.json", b.append(']').toString());
    JsonNode out = json(CliRunner.run("comments", f.toString(), "--no-semantic"));
    JsonNode burst = null;
    for (JsonNode k : out.get("clusters")) {
      if (k.get("kind").asText().equals("burst")) {
        burst = k;
      }
    }
    assertThat(burst).isNotNull();
    assertThat(burst.get("members").size()).isEqualTo(30);
    assertThat(burst.get("reason").asText()).contains("earlier rate");
    assertThat(out.get("comments").get(0).get("label").asText()).isEqualTo("AUTHENTIC");
    JsonNode late = out.get("comments").get(40);
    assertThat(late.get("label").asText()).isNotEqualTo("AUTHENTIC");
    assertThat(late.get("reasons").get(0).get("signal").asText()).isEqualTo("burst");
    assertThat(late.get("reasons").get(0).get("weight").asDouble()).isPositive();
    assertThat(out.get("explanation").asText()).contains("never the timing signals");
  }

  @Test
  void aTimeBeyondTheCalendarIsBadInput() throws IOException {
    Path f =
        write(
            "far.json",
            "[{\"id\":\"a\",\"text\":\"hi\",\"posted_at\":\"+300000000-01-01T00:00:00Z\"}]");
    CliRunner.Result r = CliRunner.run("comments", f.toString());
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("far.json").contains("posted_at").contains("years 1 to 9999");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void tornMemoryLineIsIgnored() throws IOException {
    Path data = tmp.resolve("data");
    Files.createDirectories(data.resolve("comments"));
    Files.writeString(
        data.resolve("comments/memory.tsv"),
        "tabc\tx1\tp\t1f2e,zz;\ntdef\ty1\tq\t12ab", // second line torn, first has a bad hash
        StandardCharsets.UTF_8);
    Path a = write("a.json", "[{\"id\":\"x1\",\"text\":\"hello there friends\"}]");
    CliRunner.Result r = CliRunner.run("comments", a.toString(), "--data", data.toString());
    assertThat(r.status()).as(r.err()).isZero();
  }

  @Test
  void seedWithItsArticlePageStaysFlaggedAndPivotsAreOffArticle() throws IOException {
    Path page = SEED.resolveSibling("article-page.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(page), "seed absent");
    JsonNode out =
        json(
            CliRunner.run(
                "comments", SEED.toString(), "--article", page.toString(), "--no-semantic"));
    assertThat(out.get("summary").get("AUTHENTIC").asInt()).isZero();
    assertThat(out.get("comments").get(4).toString())
        .contains("which the article does not mention");
  }

  @Test
  void seedWithEmbeddingsStaysFlagged() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SEED), "seed absent");
    JsonNode out = json(CliRunner.run("comments", SEED.toString()));
    assertThat(out.get("summary").get("AUTHENTIC").asInt()).isZero();
    assertThat(out.get("notes").toString()).doesNotContain("semantic signal");
  }

  @Test
  void textFormatNamesSignals() throws IOException {
    Path p =
        write(
            "t.json",
            "[{\"id\":\"1\",\"text\":\"Honest question: why did the council vote 7-4?\"},"
                + "{\"id\":\"2\",\"parent_id\":\"1\",\"text\":\"Well said. It is crucial and"
                + " essential.\"}]");
    CliRunner.Result r =
        CliRunner.run("comments", p.toString(), "--format", "text", "--no-semantic");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("sycophantic_reply").contains("2 comments");
  }

  @Test
  void htmlPageCommentsAreAudited() throws IOException {
    Path p = Path.of("src/test/resources/org/factdesk/comments/html/thread.html");
    JsonNode out =
        json(CliRunner.run("comments", p.toString(), "--article", p.toString(), "--no-semantic"));
    assertThat(out.get("summary").get("comments").asInt()).isEqualTo(3);
    JsonNode c = out.get("comments");
    String first = c.get(0).get("id").asText();
    assertThat(c.get(0).get("label").asText()).isEqualTo("AUTHENTIC");
    assertThat(c.get(1).get("label").asText()).isNotEqualTo("AUTHENTIC");
    assertThat(c.get(1).toString()).contains("sycophantic_reply").contains(first);
    assertThat(c.get(2).get("label").asText()).isNotEqualTo("AUTHENTIC");
    assertThat(c.get(2).toString()).contains("topic_pivot");
  }

  @Test
  void seedPageAsSavedTextIsReadByTheArticleReader() throws IOException {
    Path page = SEED.resolveSibling("article-page.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(page), "seed absent");
    JsonNode out = json(CliRunner.run("comments", page.toString(), "--no-semantic"));
    assertThat(out.get("summary").get("comments").asInt()).isEqualTo(14);
    assertThat(out.get("summary").get("AUTHENTIC").asInt()).isZero();
  }

  @Test
  void humanThreadStaysAuthentic() throws IOException {
    Path p = Path.of("src/test/resources/org/factdesk/comments/threads/04-football-human.json");
    JsonNode out = json(CliRunner.run("comments", p.toString(), "--no-semantic"));
    assertThat(out.get("summary").get("AUTHENTIC").asInt()).isEqualTo(8);
  }

  @Test
  void crossThreadMemoryRemembersPhrasing() throws IOException {
    String text =
        "Do your own research. The mainstream media will never tell you the real story about"
            + " these vaccines.";
    Path a = write("a.json", "[{\"id\":\"x1\",\"author\":\"p\",\"text\":\"" + text + "\"}]");
    Path b =
        write(
            "b.json",
            "[{\"id\":\"y1\",\"author\":\"q\",\"text\":\"" + text.replace("these", "the") + "\"}]");
    Path data = tmp.resolve("data");
    json(CliRunner.run("comments", a.toString(), "--data", data.toString(), "--no-semantic"));
    assertThat(data.resolve("comments/memory.tsv")).exists();
    JsonNode out =
        json(CliRunner.run("comments", b.toString(), "--data", data.toString(), "--no-semantic"));
    assertThat(out.toString()).contains("cross_thread_phrasing");
    JsonNode alone = json(CliRunner.run("comments", b.toString(), "--no-semantic"));
    assertThat(alone.toString()).doesNotContain("cross_thread_phrasing");
  }

  // ---- hostile input: replay tests ----

  @Test
  void cyclicAndMissingReplyLinksAreBrokenWithANote() throws IOException {
    Path p =
        write(
            "cycle.json",
            "[{\"id\":\"a\",\"parent_id\":\"c\",\"text\":\"Exactly, well said.\"},"
                + "{\"id\":\"b\",\"parent_id\":\"a\",\"text\":\"I agree with that.\"},"
                + "{\"id\":\"c\",\"parent_id\":\"b\",\"text\":\"You're right.\"},"
                + "{\"id\":\"d\",\"parent_id\":\"d\",\"text\":\"Self reply.\"},"
                + "{\"id\":\"e\",\"parent_id\":\"nobody\",\"text\":\"Orphan.\"}]");
    JsonNode out = json(CliRunner.run("comments", p.toString(), "--no-semantic"));
    assertThat(out.get("summary").get("comments").asInt()).isEqualTo(5);
    assertThat(out.get("notes").toString()).contains("cyclic").contains("not in the thread");
  }

  @Test
  void duplicateIdsAreAuditedAndNoted() throws IOException {
    Path p =
        write(
            "dup.json",
            "[{\"id\":\"a\",\"text\":\"one\"},{\"id\":\"a\",\"text\":\"two\"},"
                + "{\"id\":7,\"text\":\"numeric id\"}]");
    JsonNode out = json(CliRunner.run("comments", p.toString(), "--no-semantic"));
    assertThat(out.get("comments").size()).isEqualTo(3);
    assertThat(out.get("notes").toString()).contains("reuse an id");
  }

  @Test
  void emojiAndOtherScriptsAreFine() throws IOException {
    Path p =
        write(
            "scripts.json",
            "[{\"id\":\"1\",\"text\":\"😀😀😀 🇺🇸🔥\"},{\"id\":\"2\",\"text\":\"这是一个非常好的观点，我完全同意。\"},"
                + "{\"id\":\"3\",\"text\":\"Это очень важный шаг к миру.\"},"
                + "{\"id\":\"4\",\"text\":\"مرحبا بكم في النقاش\"},{\"id\":\"5\",\"text\":\"\"},"
                + "{\"id\":\"6\",\"text\":\"İSTANBUL ıı İi\"}]");
    JsonNode out = json(CliRunner.run("comments", p.toString()));
    assertThat(out.get("summary").get("comments").asInt()).isEqualTo(6);
  }

  @Test
  void oneMegabyteCommentIsTruncatedForAnalysis() throws IOException {
    String big = "lorem ipsum dolor sit amet ".repeat(40_000);
    Path p = write("big.json", "[{\"id\":\"big\",\"text\":\"" + big + "\"}]");
    JsonNode out = json(CliRunner.run("comments", p.toString()));
    assertThat(out.get("notes").toString()).contains("only their beginning is analysed");
  }

  @Test
  void hundredThousandCommentsGetAResultAndOneMoreIsRefused() throws IOException {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < 100_000; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"id\":\"c")
          .append(i)
          .append("\",\"text\":\"comment number ")
          .append(i)
          .append(" about item ")
          .append(i % 977)
          .append(" and the weather in town ")
          .append(i % 13)
          .append("\"}");
    }
    Path ok = write("100k.json", b + "]");
    CliRunner.Result r = CliRunner.run("comments", ok.toString(), "--format", "text");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("100000 comments");
    Path over = write("100k1.json", b + ",{\"id\":\"extra\",\"text\":\"x\"}]");
    CliRunner.Result refused = CliRunner.run("comments", over.toString());
    assertThat(refused.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(refused.err()).contains("cap of 100000").doesNotContain("Exception");
  }

  @Test
  void malformedInputIsOneLineExit3() throws IOException {
    String[][] cases = {
      {"bad1.json", "[{\"id\":\"a\",\"text\":\"x\"}"},
      {"bad2.json", "{\"id\":\"a\"}"},
      {"bad3.json", "[{\"id\":\"a\"}]"},
      {"bad4.json", "[{\"text\":\"no id\"}]"},
      {"bad5.json", "[1,2,3]"},
      {"bad6.json", "[{\"id\":\"a\",\"text\":\"x\",\"posted_at\":\"yesterday\"}]"},
      {"bad7.json", "<html><body>a page without comments</body></html>"},
      {"bad9.json", "just some words"},
      {"bad8.json", "[{\"id\":\"a\",\"text\":{\"nested\":true}}]"}
    };
    for (String[] c : cases) {
      Path p = write(c[0], c[1]);
      CliRunner.Result r = CliRunner.run("comments", p.toString());
      assertThat(r.status()).as(c[0] + ": " + r.err()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err().strip().lines().count()).as(c[0]).isEqualTo(1);
      assertThat(r.err()).contains(p.toString());
    }
    CliRunner.Result missing = CliRunner.run("comments", tmp.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(Main.BAD_INPUT);
  }
}
