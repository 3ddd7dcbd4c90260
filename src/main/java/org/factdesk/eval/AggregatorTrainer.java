package org.factdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.FactDeskException;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceVote;
import org.factdesk.verify.internal.PooledModel;

/**
 * Trains the claim-level aggregator ({@link PooledModel}) on the votes the shipped stance head and
 * structured checks give Check-COVID train claims (each with its evidence sentences, filled to five
 * with other sentences of its abstract); fits its temperature on Check-COVID dev claims; chooses
 * the CONFLICTING and abstention thresholds on Check-COVID dev claims and HealthVer dev claims (sum
 * of macro-F1). Deterministic (full-batch gradient descent from zeros).
 */
public final class AggregatorTrainer {
  /**
   * @param l2 L2 penalty on the weights (not the biases)
   * @param epochs full-batch gradient steps
   * @param learningRate step size
   */
  public record Settings(double l2, int epochs, double learningRate) {
    public Settings {
      if (!(l2 >= 0)) {
        throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
      }
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
      }
      if (!(learningRate > 0)) {
        throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
      }
      if (!(learningRate * l2 < 1)) {
        throw new IllegalArgumentException(
            "learningRate * l2 must be < 1 (else the descent diverges), got " + learningRate * l2);
      }
    }

    /** The shipped settings. */
    public static Settings shipped() {
      return new Settings(1.0, 3000, 0.5);
    }
  }

  /** The conflict thresholds tried (1 = never CONFLICTING from the model). */
  static final double[] CONFLICT = {0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 1.0};

  /** The abstention thresholds tried. */
  static final double[] ABSTAIN = {0.0, 0.35, 0.40, 0.45, 0.50};

  /** What training produced. */
  public record Trained(PooledModel model, String log) {}

  private AggregatorTrainer() {}

  /** The claim sets: Check-COVID train, Check-COVID dev, HealthVer dev. */
  public static List<List<ClaimExample>> sets(Path data) {
    Path cc = data.resolve("verification/check-covid");
    return List.of(
        DataSets.checkCovidClaims(
            cc.resolve("train/covidCheck_train_composed+extracted.json"),
            cc.resolve("corpus.json"),
            5),
        DataSets.checkCovidClaims(
            cc.resolve("dev/covidCheck_dev_composed+extracted.json"), cc.resolve("corpus.json"), 5),
        DataSets.healthVerClaims(data.resolve("verification/healthver/dev.csv")));
  }

  /** Trains with {@code benchmarks}' stance model on the sets of {@link #sets}. */
  public static Trained train(Benchmarks benchmarks, Path data, Settings settings) {
    List<List<ClaimExample>> sets = sets(data);
    List<List<List<StanceVote>>> votes = new ArrayList<>();
    for (List<ClaimExample> s : sets) {
      votes.add(benchmarks.votes(s));
    }
    return train(sets, votes, settings);
  }

  /** Trains on {@code sets.get(0)}, calibrates on 1, chooses thresholds on 1 and 2. */
  public static Trained train(
      List<List<ClaimExample>> sets, List<List<List<StanceVote>>> votes, Settings settings) {
    double[][] x = features(votes.get(0));
    int[] y = classes(sets.get(0));
    int d = PooledModel.FEATURES.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] r : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += r[j] / x.length;
      }
    }
    for (double[] r : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / x.length;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = Math.sqrt(scale[j]) + 1e-6;
    }
    double[][] w = fit(x, y, mean, scale, settings);
    PooledModel raw = new PooledModel(mean, scale, w, 1, 1, 0);
    double[][] devX = features(votes.get(1));
    int[] devY = classes(sets.get(1));
    double t = temperature(raw, devX, devY);
    double best = -1;
    PooledModel chosen = raw.with(t, 1, 0);
    String scores = "";
    for (double a : ABSTAIN) {
      for (double c : CONFLICT) {
        PooledModel m = raw.with(t, c, a);
        StanceAggregator agg = new StanceAggregator(m, null);
        double f1 = 0;
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k < sets.size(); k++) {
          BenchmarkResult r =
              Benchmarks.scoreClaims(
                  "dev", "", sets.get(k), votes.get(k), agg, Benchmarks.CLIMATE_FEVER_LABELS);
          f1 += r.metrics().get("macro_f1");
          sb.append(String.format(Locale.ROOT, " %.4f", r.metrics().get("macro_f1")));
        }
        if (f1 > best + 1e-9) {
          best = f1;
          chosen = m;
          scores = sb.toString();
        }
      }
    }
    String log =
        String.format(
            Locale.ROOT,
            "aggregator trained on %d Check-COVID train claims (l2 %s, %d epochs); temperature"
                + " %.3f on %d Check-COVID dev claims; conflict %.2f, abstain %.2f chosen on"
                + " Check-COVID dev + HealthVer dev claims (%d), macro-F1%s",
            x.length,
            settings.l2(),
            settings.epochs(),
            t,
            devX.length,
            chosen.conflict(),
            chosen.abstain(),
            sets.size() > 2 ? sets.get(2).size() : 0,
            scores);
    return new Trained(chosen, log);
  }

  static double[][] features(List<List<StanceVote>> votes) {
    double[][] x = new double[votes.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = PooledModel.features(votes.get(i));
    }
    return x;
  }

  /** Gold classes in {@link PooledModel#CLASSES} order (DISPUTED is not trained on: -1). */
  static int[] classes(List<ClaimExample> ex) {
    int[] y = new int[ex.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] =
          switch (ex.get(i).gold()) {
            case "SUPPORTS" -> 0;
            case "REFUTES" -> 1;
            case "NOT_ENOUGH_INFO" -> 2;
            default -> -1;
          };
    }
    return y;
  }

  /** Multinomial logistic regression by full-batch gradient descent from zero weights. */
  static double[][] fit(double[][] x, int[] y, double[] mean, double[] scale, Settings st) {
    int d = mean.length;
    int k = PooledModel.CLASSES.size();
    double[][] z = new double[x.length][d];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (x[i][j] - mean[j]) / scale[j];
      }
    }
    double[][] w = new double[k][d + 1];
    int n = 0;
    for (int yi : y) {
      n += yi >= 0 ? 1 : 0;
    }
    PooledModel probe = new PooledModel(new double[d], ones(d), w, 1, 1, 0);
    for (int e = 0; e < st.epochs(); e++) {
      double[][] g = new double[k][d + 1];
      for (int i = 0; i < z.length; i++) {
        if (y[i] < 0) {
          continue;
        }
        double[] p = PooledModel.softmax(probe.logits(z[i]), 1);
        for (int c = 0; c < k; c++) {
          double err = p[c] - (c == y[i] ? 1 : 0);
          g[c][0] += err / n;
          for (int j = 0; j < d; j++) {
            g[c][j + 1] += err * z[i][j] / n;
          }
        }
      }
      for (int c = 0; c < k; c++) {
        for (int j = 0; j <= d; j++) {
          double reg = j == 0 ? 0 : st.l2() * w[c][j];
          w[c][j] -= st.learningRate() * (g[c][j] + reg);
        }
      }
    }
    for (double[] row : w) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new FactDeskException("aggregator training diverged (weights not finite)");
        }
      }
    }
    return w;
  }

  /** The temperature in [0.25, 8] minimising the negative log-likelihood (grid search). */
  static double temperature(PooledModel m, double[][] x, int[] y) {
    double best = 1;
    double bestNll = Double.POSITIVE_INFINITY;
    for (double t = 0.25; t <= 8.0001; t *= 1.05) {
      double nll = 0;
      for (int i = 0; i < x.length; i++) {
        if (y[i] >= 0) {
          nll -= Math.log(Math.max(1e-12, PooledModel.softmax(m.logits(x[i]), t)[y[i]]));
        }
      }
      if (nll < bestNll) {
        bestNll = nll;
        best = t;
      }
    }
    return best;
  }

  private static double[] ones(int d) {
    double[] o = new double[d];
    java.util.Arrays.fill(o, 1);
    return o;
  }

  /** Writes aggregator.properties into {@code dir}. */
  public static void write(Trained trained, Path dir) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("aggregator.properties");
      Path tmp = dir.resolve("aggregator.properties.tmp");
      String text =
          "# written by `factdesk eval train-aggregator`; see MODEL.md\n# "
              + trained.log()
              + "\n"
              + trained.model().toProperties();
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new FactDeskException("cannot write the aggregator to " + dir, e);
    }
  }
}
