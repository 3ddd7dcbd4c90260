package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.factdesk.claims.internal.BlendTuner;
import org.factdesk.claims.internal.Ct24;
import org.junit.jupiter.api.Test;

/** CT24 positive-class F1 of the shipped model, alone and blended with structure (see config). */
class CheckWorthinessRegressionTest {
  @Test
  void ct24F1StaysAtItsMeasuredLevel() throws Exception {
    Properties cfg = RegressionConfig.load("claims-ct24.properties");
    double tol = Double.parseDouble(cfg.getProperty("tolerance"));
    for (String split : new String[] {"dev", "devtest"}) {
      Path data =
          RegressionConfig.shared().resolve("data").resolve(cfg.getProperty(split + ".data"));
      assumeTrue(Files.exists(data), "CT24 data absent: " + data);
      RegressionConfig.assertChecksum(data, cfg.getProperty(split + ".sha256"));
      BlendTuner.Prepared p = BlendTuner.prepare(Ct24.read(data));
      CheckWorthiness.Blend modelOnly =
          new CheckWorthiness.Blend(0, 0, 0, 0, 0, CheckWorthiness.shared().modelThreshold());
      double model = BlendTuner.evaluate(p, modelOnly).f1();
      double blend = BlendTuner.evaluate(p, CheckWorthiness.BLEND).f1();
      System.out.printf(
          java.util.Locale.ROOT, "%s model F1=%.4f blend F1=%.4f%n", split, model, blend);
      assertThat(model)
          .as(split + " model-only F1")
          .isGreaterThanOrEqualTo(
              Double.parseDouble(cfg.getProperty("expected." + split + ".model_f1")) - tol);
      assertThat(blend)
          .as(split + " blended F1")
          .isGreaterThanOrEqualTo(
              Double.parseDouble(cfg.getProperty("expected." + split + ".blend_f1")) - tol);
    }
  }
}
