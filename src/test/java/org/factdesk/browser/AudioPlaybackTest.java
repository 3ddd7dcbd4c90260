package org.factdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.cli.CliRunner;
import org.factdesk.internal.Json;
import org.factdesk.net.SuppressForbidden;
import org.factdesk.net.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The narration plays in a real browser: Chromium loads the Ogg Opus file that {@code factdesk
 * listen} wrote, reports the duration the timings file gives, and its playback clock advances.
 */
@SuppressForbidden(reason = "serves the audio from the JDK in-process HTTP server")
class AudioPlaybackTest {
  @TempDir Path tmp;

  /** Serves audio as a browser expects, with byte ranges, so that it can find the duration. */
  private static void sendWithRanges(HttpExchange ex, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "audio/ogg");
    ex.getResponseHeaders().set("Accept-Ranges", "bytes");
    String range = ex.getRequestHeaders().getFirst("Range");
    Matcher m = range == null ? null : RANGE.matcher(range);
    if (m == null || !m.matches()) {
      TestServer.send(ex, 200, "audio/ogg", body);
      return;
    }
    int from = Integer.parseInt(m.group(1));
    int to =
        m.group(2).isEmpty()
            ? body.length - 1
            : Math.min(body.length - 1, Integer.parseInt(m.group(2)));
    if (from > to) {
      ex.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
      ex.sendResponseHeaders(416, -1);
      return;
    }
    ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
    ex.sendResponseHeaders(206, to - from + 1);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body, from, to - from + 1);
    }
  }

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  @Test
  void chromiumPlaysTheOggWithTheDurationOfTheTimings() throws Exception {
    assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
    Path article = tmp.resolve("article.txt");
    try (InputStream in =
        AudioPlaybackTest.class.getResourceAsStream("/org/factdesk/narrate/short-article.txt")) {
      Files.write(article, in.readAllBytes());
    }
    Path ogg = tmp.resolve("a.ogg");
    Path timings = tmp.resolve("a.json");
    CliRunner.Result r =
        CliRunner.run(
            "listen",
            article.toString(),
            "-o",
            ogg.toString(),
            "--timings",
            timings.toString(),
            "--data",
            tmp.resolve("data").toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode t = Json.mapper().readTree(timings.toFile());
    double expectedSeconds = t.get("durationMs").asDouble() / 1000.0;

    byte[] audio = Files.readAllBytes(ogg);
    String page =
        "<!DOCTYPE html><html><body><audio id=\"a\" preload=\"auto\" src=\"/a.ogg\"></audio></body>"
            + "</html>";
    try (TestServer server = new TestServer()) {
      server
          .route("/a.ogg", ex -> sendWithRanges(ex, audio))
          .route("/", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", page))
          .start();
      ChromeDriver browser = Browser.start(tmp.resolve("profile"));
      try {
        browser.get(server.url("/"));
        Object state =
            browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const a = document.getElementById('a');"
                    + "const report = () => done({duration: a.duration,"
                    + " error: a.error ? a.error.code : 0, time: a.currentTime});"
                    + "a.addEventListener('error', report);"
                    + "a.play().then(() => setTimeout(report, 1500)).catch(e => done({fail: String(e),"
                    + " error: a.error ? a.error.code : 0, duration: a.duration}));");
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) state;
        assertThat(s).as("browser report %s", s).doesNotContainKey("fail");
        assertThat(((Number) s.get("error")).intValue()).as("media error code").isZero();
        assertThat(s.get("duration")).as("duration in %s", s).isInstanceOf(Number.class);
        assertThat(((Number) s.get("duration")).doubleValue())
            .isCloseTo(expectedSeconds, org.assertj.core.data.Offset.offset(0.1));
        assertThat(((Number) s.get("time")).doubleValue()).as("playback clock").isGreaterThan(0.2);
      } finally {
        browser.quit();
      }
    }
  }
}
