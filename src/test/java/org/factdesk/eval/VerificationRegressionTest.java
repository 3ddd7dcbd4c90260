package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.factdesk.internal.Json;
import org.factdesk.nlp.Embedder;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verification regressions: each config under {@code regression/verify-*.properties} names a
 * benchmark, its data files with their SHA-256, and the expected metrics with a tolerance. Skipped
 * only when the shared data are absent; fails when a checksum differs or a metric falls below
 * expected - tolerance (ECE: rises above expected + tolerance). Figures go to target/regression/.
 */
class VerificationRegressionTest {
  private static Benchmarks benchmarks;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "verify-fever-symmetric",
        "verify-vitaminc",
        "verify-check-covid",
        "verify-check-covid-numeric",
        "verify-check-covid-temporal",
        "verify-healthver",
        "verify-climate-fever",
        "verify-averitec"
      })
  void regression(String config) throws Exception {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/regression/" + config + ".properties")) {
      assertThat(in).as("config " + config).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Path data = Path.of(System.getProperty("factdesk.shared", "../shared"), "data");
    assumeTrue(Files.isDirectory(data), "shared data absent: " + data);
    List<Path> files = new ArrayList<>();
    for (int i = 0; p.containsKey("file." + i); i++) {
      Path f = data.resolve(p.getProperty("file." + i));
      assertThat(sha256(f)).as("checksum of " + f).isEqualTo(p.getProperty("sha256." + i));
      if (!p.getProperty("file." + i).endsWith("corpus.json")) {
        files.add(f);
      }
    }
    BenchmarkResult r = benchmarks().run(p.getProperty("benchmark"), files, data, 0);
    Path out = Path.of("target", "regression", config + ".json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Json.pretty(r), StandardCharsets.UTF_8);
    assertThat(r.examples()).isEqualTo(Integer.parseInt(p.getProperty("examples")));
    double tol = Double.parseDouble(p.getProperty("tolerance"));
    for (String key : p.stringPropertyNames()) {
      if (!key.startsWith("expected.")) {
        continue;
      }
      String metric = key.substring("expected.".length());
      double expected = Double.parseDouble(p.getProperty(key));
      double got = r.metrics().get(metric);
      if (metric.equals("ece")) {
        assertThat(got).as(config + " " + metric).isLessThanOrEqualTo(expected + tol);
      } else {
        assertThat(got).as(config + " " + metric).isGreaterThanOrEqualTo(expected - tol);
      }
    }
  }

  private static synchronized Benchmarks benchmarks() {
    if (benchmarks == null) {
      benchmarks =
          new Benchmarks(
              StanceModel.shipped(Embedder.shared()::embed), StanceAggregator.standard());
    }
    return benchmarks;
  }

  static String sha256(Path f) throws IOException {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(f)) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
          d.update(buf, 0, n);
        }
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
