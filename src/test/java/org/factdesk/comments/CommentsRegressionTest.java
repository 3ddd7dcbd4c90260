package org.factdesk.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs each comments regression config and fails when a metric gets worse than its bound. */
class CommentsRegressionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "comments-sfu",
        "comments-sfu-raw",
        "comments-sfu-semantic",
        "comments-campaigns-separate",
        "comments-campaigns",
        "comments-campaigns-notimes",
        "comments-tweepfake",
        "comments-youtube",
        "comments-own-threads"
      })
  void regression(String name) throws IOException, NoSuchAlgorithmException {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/regression/" + name + ".properties");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, Double> m;
    String run = p.getProperty("run");
    if (run.equals("own")) {
      m =
          CommentsEval.ownThreads(
              Path.of("src/test/resources/org/factdesk/comments/threads"), AuditOptions.defaults());
    } else {
      Path data = CommentsEval.shared().resolve(p.getProperty("data"));
      Assumptions.assumeTrue(Files.exists(data), "shared data absent: " + data);
      assertThat(sha256(data)).as("checksum of " + data).isEqualTo(p.getProperty("sha256"));
      for (String k : p.stringPropertyNames()) {
        if (k.startsWith("sha256.")) {
          Path other = data.resolveSibling(k.substring("sha256.".length()));
          assertThat(sha256(other)).as("checksum of " + other).isEqualTo(p.getProperty(k));
        }
      }
      AuditOptions options = AuditOptions.defaults();
      if (Boolean.parseBoolean(p.getProperty("semantic"))) {
        options = options.withEmbedder(texts -> org.factdesk.nlp.Embedder.shared().embed(texts));
      }
      m =
          switch (run) {
            case "sfu" ->
                CommentsEval.sfu(data, options, Boolean.parseBoolean(p.getProperty("dedupe")));
            case "campaigns" ->
                CommentsEval.campaigns(
                    data.getParent(),
                    options,
                    Boolean.parseBoolean(p.getProperty("times")),
                    Boolean.parseBoolean(p.getProperty("separate")));
            case "tweepfake" -> CommentsEval.tweepfake(data);
            case "youtube" -> CommentsEval.youtube(data, options);
            default -> throw new IllegalArgumentException("unknown run " + run);
          };
    }
    double tol = Double.parseDouble(p.getProperty("tolerance"));
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("min.")) {
        String metric = k.substring(4);
        assertThat(m.get(metric))
            .as(name + " " + metric + " " + m)
            .isGreaterThanOrEqualTo(Double.parseDouble(p.getProperty(k)) - tol);
      } else if (k.startsWith("max.")) {
        String metric = k.substring(4);
        assertThat(m.get(metric))
            .as(name + " " + metric + " " + m)
            .isLessThanOrEqualTo(Double.parseDouble(p.getProperty(k)) + tol);
      }
    }
  }

  private static String sha256(Path p) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
