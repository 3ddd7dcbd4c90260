package org.factdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.factdesk.evidence.bench.RetrievalBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retrieval-quality regression (config {@code regression/evidence-retrieval.properties}): fails
 * if a metric drops below its expected value minus the tolerance, or if the hybrid does not beat
 * both BM25 and vectors alone.
 */
class RetrievalRegressionTest {
  @TempDir Path work;

  @Test
  void hybridRetrievalMeetsItsExpectedFigures() throws Exception {
    Path shared = Path.of(System.getProperty("factdesk.shared", "../shared")).resolve("data");
    assumeTrue(
        Files.isRegularFile(shared.resolve("verification/climate-fever/climate-fever.jsonl")),
        "../shared/data is absent");
    Properties cfg = RetrievalBenchmark.config();
    Map<String, Object> report = new RetrievalBenchmark(shared, cfg).run(work);
    @SuppressWarnings("unchecked")
    Map<String, Object> all =
        (Map<String, Object>) ((Map<String, Object>) report.get("test")).get("all");
    RetrievalBenchmark.Metrics bm25 = (RetrievalBenchmark.Metrics) all.get("bm25");
    RetrievalBenchmark.Metrics vector = (RetrievalBenchmark.Metrics) all.get("vector");
    RetrievalBenchmark.Metrics hybrid = (RetrievalBenchmark.Metrics) all.get("hybrid");
    double tol = Double.parseDouble(cfg.getProperty("tolerance"));
    for (String metric : new String[] {"recall5", "recall20", "mrr"}) {
      for (String system : new String[] {"bm25", "vector", "hybrid"}) {
        String key = "expected." + system + "." + metric;
        if (cfg.getProperty(key) != null) {
          double expected = Double.parseDouble(cfg.getProperty(key));
          double actual = value((RetrievalBenchmark.Metrics) all.get(system), metric);
          assertThat(actual).as(key).isGreaterThanOrEqualTo(expected - tol);
        }
      }
      assertThat(value(hybrid, metric))
          .as("hybrid beats bm25 on " + metric)
          .isGreaterThan(value(bm25, metric));
      assertThat(value(hybrid, metric))
          .as("hybrid beats vectors on " + metric)
          .isGreaterThan(value(vector, metric));
    }
  }

  private static double value(RetrievalBenchmark.Metrics m, String metric) {
    return switch (metric) {
      case "recall5" -> m.recall5();
      case "recall20" -> m.recall20();
      default -> m.mrr();
    };
  }
}
