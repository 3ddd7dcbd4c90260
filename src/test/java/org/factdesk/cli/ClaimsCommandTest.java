package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {
  static final String FIXTURE = "/org/factdesk/cli/claims/short-article.txt";

  static Path resource(String name) throws Exception {
    return Path.of(ClaimsCommandTest.class.getResource(name).toURI());
  }

  @Test
  void textOutputMatchesTheStoredExpectation() throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "claims",
            resource(FIXTURE).toString(),
            "--format",
            "text",
            "--reference-date",
            "2026-02-06");
    assertThat(r.status()).isZero();
    String expected =
        Files.readString(
            resource("/org/factdesk/cli/claims/short-article.expected.txt"),
            StandardCharsets.UTF_8);
    assertThat(r.out()).isEqualTo(expected);
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    CliRunner.Result r =
        CliRunner.run("claims", resource(FIXTURE).toString(), "--reference-date", "2026-02-06");
    assertThat(r.status()).isZero();
    JsonNode root = Json.mapper().readTree(r.out());
    assertThat(root.has("article")).isTrue();
    JsonNode claims = root.get("claims");
    assertThat(claims.size()).isEqualTo(6);
    String text = Files.readString(resource(FIXTURE), StandardCharsets.UTF_8);
    for (JsonNode c : claims) {
      for (String key :
          new String[] {
            "id",
            "text",
            "sentence",
            "start",
            "end",
            "checkworthiness",
            "quantities",
            "dates",
            "entities",
            "attribution"
          }) {
        assertThat(c.has(key)).as(key + " in " + c).isTrue();
      }
      assertThat(c.get("checkworthiness").asDouble()).isBetween(0.0, 1.0);
      for (JsonNode q : c.get("quantities")) {
        assertThat(q.has("text") && q.has("value") && q.has("unit") && q.has("approx")).isTrue();
      }
      assertThat(text.replace("\n\n", " ")).isNotNull();
    }
    JsonNode first = claims.get(0);
    assertThat(first.get("quantities").get(0).get("value").asDouble()).isEqualTo(183);
    assertThat(first.get("attribution").get("verb").asText()).isEqualTo("according to");
    JsonNode last = claims.get(5);
    assertThat(last.get("dates").get(0).get("resolved").asText())
        .isEqualTo("2023-03-01/2023-03-31");
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              "Police arrested 14 people in Belgrade on Saturday."
                  .getBytes(StandardCharsets.UTF_8)));
      CliRunner.Result r = CliRunner.run("claims", "-", "--format", "text");
      assertThat(r.status()).isZero();
      assertThat(r.out()).contains("14 = 14.0 people");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void readsUrlsFromAnInProcessServer() throws Exception {
    byte[] page =
        ("<!doctype html><html><head><title>Drones</title></head><body><h1>Overnight attacks</h1>"
                + "<p>Russia fired 183 drones at Ukraine, according to the Ukrainian air force.</p>"
                + "<p>Cautious optimism is warranted.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    // a one-request HTTP server on a loopback port (plain sockets: the JDK's HttpServer is
    // refused by forbidden-apis as non-portable)
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread t =
          new Thread(
              () -> {
                try (Socket s = server.accept()) {
                  BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                  String line;
                  while ((line = in.readLine()) != null && !line.isEmpty()) {
                    // skip the request headers
                  }
                  OutputStream o = s.getOutputStream();
                  o.write(
                      ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                              + page.length
                              + "\r\nConnection: close\r\n\r\n")
                          .getBytes(StandardCharsets.US_ASCII));
                  o.write(page);
                  o.flush();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              "claims-test-http");
      t.setDaemon(true);
      t.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/a";
      CliRunner.Result r = CliRunner.run("claims", url, "--allow-private-network");
      assertThat(r.status()).as(r.err()).isZero();
      JsonNode root = Json.mapper().readTree(r.out());
      assertThat(root.get("article").get("title").asText()).isEqualTo("Overnight attacks");
      assertThat(root.get("claims").size()).isEqualTo(1);
      t.join(5_000);
    }
  }

  @Test
  void nonEnglishIsReportedAsSuch(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("de.txt");
    Files.writeString(
        f,
        "Die Vereinigten Staaten und Russland haben sich darauf geeinigt, den militärischen Dialog"
            + " auf hoher Ebene wieder aufzunehmen.",
        StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("claims", f.toString(), "--format", "text");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Not English").contains("deu");
    JsonNode root = Json.mapper().readTree(CliRunner.run("claims", f.toString()).out());
    assertThat(root.get("language").get("english").asBoolean()).isFalse();
    assertThat(root.get("claims").size()).isZero();
  }

  @Test
  void badInputIsOneLineAndExitThree(@TempDir Path dir) throws Exception {
    CliRunner.Result missing = CliRunner.run("claims", dir.resolve("nope.txt").toString());
    assertThat(missing.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("no such file").doesNotContain("Exception");
    assertThat(missing.err().strip().lines().count()).isEqualTo(1);
    Path bin = dir.resolve("bin.dat");
    Files.write(bin, new byte[] {0, 1, 2, 3, 0, 5});
    assertThat(CliRunner.run("claims", bin.toString()).status()).isEqualTo(Main.BAD_INPUT);
    assertThat(CliRunner.run("claims", dir.toString()).status()).isEqualTo(Main.BAD_INPUT);
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    CliRunner.Result e = CliRunner.run("claims", empty.toString(), "--format", "text");
    assertThat(e.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(CliRunner.run("claims", "http://127.0.0.1:9/x").status()).isEqualTo(Main.BAD_INPUT);
    assertThat(CliRunner.run("claims", "x", "--format", "xml").status()).isEqualTo(Main.USAGE);
  }

  @Test
  void timeAndPlaceOfEachClaimMatchTheStoredExpectation() throws Exception {
    CliRunner.Result r =
        CliRunner.run(
            "claims",
            resource("/org/factdesk/cli/claims/dateline-article.txt").toString(),
            "--reference-date",
            "2026-02-06");
    assertThat(r.status()).isZero();
    JsonNode claims = Json.mapper().readTree(r.out()).get("claims");
    com.fasterxml.jackson.databind.node.ArrayNode got = Json.mapper().createArrayNode();
    for (JsonNode c : claims) {
      com.fasterxml.jackson.databind.node.ObjectNode o = got.addObject();
      for (String key : new String[] {"id", "text", "start", "end", "when", "where"}) {
        o.set(key, c.get(key));
      }
    }
    JsonNode expected =
        Json.mapper()
            .readTree(
                Files.readString(
                    resource("/org/factdesk/cli/claims/dateline-article.expected-settings.json"),
                    StandardCharsets.UTF_8));
    assertThat(got).isEqualTo(expected);
  }
}
