package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.factdesk.claims.internal.StructureEvaluation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Precision and recall per structure on the hand-labelled news sentences (see config). */
class StructureRegressionTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "dev",
        "heldout",
        "heldout2",
        "dev3",
        "heldout3",
        "heldout4",
        "dev5",
        "heldout5",
        "dev7"
      })
  void precisionAndRecallPerStructure(String set) throws Exception {
    Properties cfg = RegressionConfig.load("claims-structure.properties");
    Path file = Path.of(getClass().getResource("/" + cfg.getProperty(set + ".file")).toURI());
    RegressionConfig.assertChecksum(file, cfg.getProperty(set + ".sha256"));
    double tol = Double.parseDouble(cfg.getProperty("tolerance"));
    StructureEvaluation.Result r =
        StructureEvaluation.run(file, LocalDate.parse(cfg.getProperty("reference")));
    assertThat(r.sentences())
        .isGreaterThanOrEqualTo(set.equals("dev3") || set.equals("dev7") ? 16 : 30);
    for (Map.Entry<String, StructureEvaluation.Counts> e : r.counts().entrySet()) {
      String expected = cfg.getProperty(set + "." + e.getKey());
      assertThat(expected).as(set + "." + e.getKey() + " in the config").isNotNull();
      String[] pr = expected.split("/");
      System.out.printf(
          java.util.Locale.ROOT,
          "%s %s P=%.3f R=%.3f%n",
          set,
          e.getKey(),
          e.getValue().precision(),
          e.getValue().recall());
      assertThat(e.getValue().precision())
          .as(set + " " + e.getKey() + " precision")
          .isGreaterThanOrEqualTo(Double.parseDouble(pr[0]) - tol);
      assertThat(e.getValue().recall())
          .as(set + " " + e.getKey() + " recall")
          .isGreaterThanOrEqualTo(Double.parseDouble(pr[1]) - tol);
    }
  }
}
