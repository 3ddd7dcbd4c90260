package org.factdesk.claims.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.claims.CheckWorthiness;

/**
 * Session-3 experiments on CT24 check-worthiness, each added to the shipped blend (n-gram log-odds
 * + embedding network + structure) as a third log-odds term whose weight and the threshold are
 * chosen on dev. Only dev F1 is printed; dev-test is printed by mode {@code report} for the one
 * variant kept. Modes: {@code knn} (similarity-weighted label vote of the nearest CT24 train
 * sentences), {@code posweight W} (the network retrained with positive weight W), {@code context}
 * (a network over the sentence's vector concatenated with the previous sentence's, by CT24 sentence
 * id). Usage: {@code Ct24Lab3 CT24_DIR CACHE_DIR MODE [ARG]}.
 */
public final class Ct24Lab3 {
  private Ct24Lab3() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Files.createDirectories(cache);
    String mode = args[2];
    List<Ct24.Example> train = Ct24.read(dir.resolve("train.tsv"));
    List<Ct24.Example> dev = Ct24.read(dir.resolve("dev.tsv"));
    String tag = CheckWorthiness.EMBEDDING_MODEL;
    float[][] xtr =
        Ct24Lab.pooled(train, cache.resolve(tag + "-train.mmc"), EmbeddingTrainer::embedder);
    float[][] xdv =
        Ct24Lab.pooled(dev, cache.resolve(tag + "-dev.mmc"), EmbeddingTrainer::embedder);
    boolean[] ytr = EmbeddingExperiment.labels(train);
    boolean[] ydv = EmbeddingExperiment.labels(dev);
    BlendTuner.Prepared pdv = BlendTuner.prepareHashed(dev);
    double[] mdv = shipped(xdv);
    System.out.printf(Locale.ROOT, "shipped blend dev %s%n", f1(pdv, mdv, null, 1.2, 0, 0.35));
    double[] extra;
    switch (mode) {
      case "knn" -> {
        int k = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        extra = knn(xtr, ytr, xdv, k, -1);
      }
      case "posweight" -> {
        double w = Double.parseDouble(args[3]);
        FastMlp m = FastMlp.trainChoosingEpochs(xtr, ytr, xdv, ydv, 128, 20, 0.01, w);
        System.out.printf(Locale.ROOT, "posweight %.1f: %d epochs%n", w, m.epochs());
        mdv = m.logits(xdv);
        extra = new double[mdv.length];
      }
      case "context" -> {
        List<Ct24.Example> test = Ct24.read(dir.resolve("dev-test.tsv"));
        float[][] xte =
            Ct24Lab.pooled(test, cache.resolve(tag + "-dev-test.mmc"), EmbeddingTrainer::embedder);
        Map<String, float[]> byId = new HashMap<>();
        put(byId, train, xtr);
        put(byId, dev, xdv);
        put(byId, test, xte);
        float[][] ctr = withPrevious(train, xtr, byId);
        float[][] cdv = withPrevious(dev, xdv, byId);
        FastMlp m = FastMlp.trainChoosingEpochs(ctr, ytr, cdv, ydv, 128, 20, 0.01, 2);
        System.out.printf(Locale.ROOT, "context network: %d epochs%n", m.epochs());
        mdv = m.logits(cdv);
        extra = new double[mdv.length];
      }
      case "linear" -> {
        extra = linear(xtr, ytr, xdv, ydv);
        System.out.printf(
            Locale.ROOT,
            "linear alone dev best F1 %.4f%n",
            EmbeddingExperiment.bestThreshold(ydv, extra)[1]);
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
    System.out.printf(
        Locale.ROOT,
        "%s network alone dev best F1 %.4f%n",
        mode,
        EmbeddingExperiment.bestThreshold(ydv, mdv)[1]);
    if (mode.equals("knn")) {
      System.out.printf(
          Locale.ROOT,
          "knn alone dev best F1 %.4f%n",
          EmbeddingExperiment.bestThreshold(ydv, extra)[1]);
    }
    double best = -1;
    String bestDesc = "";
    for (int bi = 0; bi <= 20; bi += 2) {
      for (int ci = 0; ci <= 20; ci += 2) {
        for (int t = 20; t <= 60; t += 5) {
          Ct24.Prf p = f1(pdv, mdv, extra, bi / 10.0, ci / 10.0, t / 100.0);
          if (p.f1() > best + 1e-9) {
            best = p.f1();
            bestDesc =
                String.format(
                    Locale.ROOT, "b=%.1f c=%.1f t=%.2f %s", bi / 10.0, ci / 10.0, t / 100.0, p);
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "%s blend (shipped structure weights) dev best: %s%n", mode, bestDesc);
  }

  static double[] shipped(float[][] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = CheckWorthiness.shared().embeddingLogit(x[i]);
    }
    return out;
  }

  /** Dev P/R/F1 of n-gram + b x network + c x extra + the shipped structure weights. */
  static Ct24.Prf f1(
      BlendTuner.Prepared p, double[] net, double[] extra, double b, double c, double threshold) {
    CheckWorthiness.Blend s = CheckWorthiness.BLEND;
    CheckWorthiness.Blend bl =
        new CheckWorthiness.Blend(
            s.quantity(), s.attribution(), s.actor(), s.nonFactual(), 1.0, threshold);
    double[] z = new double[net.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = b * net[i] + (extra == null ? 0 : c * extra[i]);
    }
    return BlendTuner.evaluate(new BlendTuner.Prepared(p.data(), p.logits(), z, p.signals()), bl);
  }

  /**
   * Log-odds of the similarity-weighted positive share among the {@code k} nearest train vectors
   * (cosine on the pooled vectors), smoothed towards the train prior; {@code skip} >= 0 leaves that
   * train index out (none for dev).
   */
  static double[] knn(float[][] xtr, boolean[] ytr, float[][] q, int k, int skip) {
    double prior = 0;
    for (boolean b : ytr) {
      prior += b ? 1 : 0;
    }
    prior /= ytr.length;
    double[] out = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      double[] topS = new double[k];
      boolean[] topY = new boolean[k];
      java.util.Arrays.fill(topS, -9);
      for (int j = 0; j < xtr.length; j++) {
        if (j == skip) {
          continue;
        }
        double s = dot(q[i], xtr[j]);
        if (s > topS[k - 1]) {
          int p = k - 1;
          while (p > 0 && topS[p - 1] < s) {
            topS[p] = topS[p - 1];
            topY[p] = topY[p - 1];
            p--;
          }
          topS[p] = s;
          topY[p] = ytr[j];
        }
      }
      double pos = prior;
      double all = 1;
      for (int r = 0; r < k; r++) {
        double w = Math.exp(10 * topS[r] / 3);
        w /= Math.exp(10.0);
        pos += topY[r] ? w : 0;
        all += w;
      }
      double p = pos / all;
      out[i] = Math.log(p / (1 - p)) - Math.log(prior / (1 - prior));
    }
    return out;
  }

  /**
   * Logistic regression on the pooled vectors (SGD, positive weight 2, L2 1e-5, seeded), epochs
   * 1..10 chosen on dev; returns the dev log-odds of the chosen epoch.
   */
  static double[] linear(float[][] x, boolean[] y, float[][] xd, boolean[] yd) {
    int d = x[0].length;
    double[] w = new double[d];
    double b = 0;
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(Trainer.SEED);
    int[] order = EmbeddingExperiment.identity(x.length);
    double[] best = null;
    double bestF1 = -1;
    for (int e = 1; e <= 10; e++) {
      EmbeddingExperiment.shuffle(order, rnd);
      double rate = 0.05 / Math.sqrt(e);
      for (int i : order) {
        double z = b + dot(w, x[i]);
        double g = (LinearModel.sigmoid(z) - (y[i] ? 1 : 0)) * (y[i] ? 2 : 1);
        for (int k = 0; k < d; k++) {
          w[k] -= rate * (g * x[i][k] + 1e-5 * w[k]);
        }
        b -= rate * g;
      }
      double[] z = new double[xd.length];
      for (int i = 0; i < xd.length; i++) {
        z[i] = b + dot(w, xd[i]);
      }
      double f1 = EmbeddingExperiment.bestThreshold(yd, z)[1];
      if (f1 > bestF1) {
        bestF1 = f1;
        best = z;
      }
    }
    return best;
  }

  private static double dot(double[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void put(Map<String, float[]> byId, List<Ct24.Example> data, float[][] x) {
    for (int i = 0; i < data.size(); i++) {
      byId.put(data.get(i).id(), x[i]);
    }
  }

  /** Each vector followed by the previous sentence's (id - 1), zeros when there is none. */
  static float[][] withPrevious(List<Ct24.Example> data, float[][] x, Map<String, float[]> byId) {
    int d = x[0].length;
    float[][] out = new float[x.length][2 * d];
    for (int i = 0; i < x.length; i++) {
      System.arraycopy(x[i], 0, out[i], 0, d);
      float[] prev = byId.get(Long.toString(Long.parseLong(data.get(i).id()) - 1));
      if (prev != null) {
        System.arraycopy(prev, 0, out[i], d, d);
      }
    }
    return out;
  }
}
