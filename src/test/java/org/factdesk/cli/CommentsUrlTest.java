package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.internal.Json;
import org.factdesk.net.SuppressForbidden;
import org.factdesk.net.TestServer;
import org.junit.jupiter.api.Test;

@SuppressForbidden(reason = "serves a fixture page from the JDK in-process HTTP server")
class CommentsUrlTest {
  @Test
  void pageFromAUrlIsFetchedAndAudited() throws IOException, InterruptedException {
    byte[] html =
        Files.readAllBytes(Path.of("src/test/resources/org/factdesk/comments/html/thread.html"));
    try (TestServer server =
        new TestServer()
            .route("/story", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", html))
            .start()) {
      String url = server.url("/story");
      CliRunner.Result r =
          CliRunner.run("comments", url, "--allow-private-network", "--no-semantic");
      assertThat(r.status()).as(r.err()).isZero();
      JsonNode out = Json.mapper().readTree(r.out());
      assertThat(out.get("summary").get("comments").asInt()).isEqualTo(3);
      assertThat(out.get("summary").get("AUTHENTIC").asInt()).isEqualTo(1);
      CliRunner.Result refused = CliRunner.run("comments", url, "--no-semantic");
      assertThat(refused.status()).isEqualTo(Main.BAD_INPUT);
      assertThat(refused.err().strip().lines().count()).isEqualTo(1);
    }
  }
}
