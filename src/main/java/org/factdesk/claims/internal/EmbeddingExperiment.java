package org.factdesk.claims.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.factdesk.claims.CheckWorthiness;
import org.factdesk.nlp.Embedder;

/**
 * Measures whether MiniLM sentence embeddings help the check-worthiness model. Variants: (1) a
 * dense logistic regression on the embedding alone; (2) its log-odds added with weight {@code b} to
 * the hashed model's; (3) the same plus the structure blend, re-tuned; (4) one logistic regression
 * over the hashed features and the embedding concatenated; (5) a one-hidden-layer MLP on the
 * embedding, blended like (3). Everything is trained on CT24 train; L2, epochs, blend weights and
 * thresholds are chosen by positive-class F1 on dev only; dev-test is only printed. Embeddings are
 * cached under {@code CACHE_DIR}; with {@code OUT_MLP} the dev-chosen MLP of (5) is written there.
 * Usage: {@code EmbeddingExperiment CT24_DIR MODEL_FILE CACHE_DIR [OUT_MLP]}.
 */
public final class EmbeddingExperiment {
  /** The blend shipped before embeddings were added (n-gram model + structure). */
  static final CheckWorthiness.Blend PREVIOUS_BLEND =
      new CheckWorthiness.Blend(0.3, 0.0, 0.4, 0.5, 0, 0.45);

  private EmbeddingExperiment() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    LinearModel hashed;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      hashed = LinearModel.read(in);
    }
    Path cache = Path.of(args[2]);
    Files.createDirectories(cache);
    List<Ct24.Example> train = Ct24.read(dir.resolve("train.tsv"));
    List<Ct24.Example> dev = Ct24.read(dir.resolve("dev.tsv"));
    List<Ct24.Example> test = Ct24.read(dir.resolve("dev-test.tsv"));
    float[][] etr = embed(train, cache.resolve("train.emb"));
    float[][] edev = embed(dev, cache.resolve("dev.emb"));
    float[][] ete = embed(test, cache.resolve("dev-test.emb"));
    boolean[] ytr = labels(train);
    boolean[] ydev = labels(dev);
    boolean[] yte = labels(test);
    BlendTuner.Prepared pdev = BlendTuner.prepareHashed(dev);
    BlendTuner.Prepared pte = BlendTuner.prepareHashed(test);

    // Reference: the shipped hashed model alone and with the shipped structure blend.
    report("hashed alone", ydev, pdev.logits(), yte, pte.logits(), hashed.threshold());
    System.out.printf(
        Locale.ROOT,
        "previous n-gram + structure blend: dev %s dev-test %s%n",
        BlendTuner.evaluate(pdev, PREVIOUS_BLEND),
        BlendTuner.evaluate(pte, PREVIOUS_BLEND));

    // (1) dense LR on the embedding alone: choose l2 / epochs / positive weight on dev.
    DenseLr best = null;
    double bestF1 = -1;
    for (double l2 : new double[] {0, 1e-5, 1e-4}) {
      for (int epochs : new int[] {5, 10, 20}) {
        for (double pw : new double[] {1, 2}) {
          DenseLr m = DenseLr.train(etr, ytr, l2, epochs, 0.1, pw);
          double f1 = bestThreshold(ydev, m.logits(edev))[1];
          System.out.printf(
              Locale.ROOT, "emb LR l2=%g epochs=%d pw=%.0f dev F1=%.4f%n", l2, epochs, pw, f1);
          if (f1 > bestF1) {
            bestF1 = f1;
            best = m;
          }
        }
      }
    }
    double[] zdev = best.logits(edev);
    double[] zte = best.logits(ete);
    report("(1) embedding LR alone", ydev, zdev, yte, zte, bestThreshold(ydev, zdev)[0]);

    // (2) hashed + b * embedding logit, (3) the same with the structure blend re-tuned.
    blends("(2)/(3) hashed + b*embLR", pdev, pte, zdev, zte);

    // (4) one LR over hashed sparse features concatenated with the embedding.
    for (double scale : new double[] {0.5, 1, 2}) {
      ConcatLr c = ConcatLr.train(train, etr, ytr, 1e-5, 6, 0.2, 2, scale);
      double[] cdev = c.logits(dev, edev);
      double[] cte = c.logits(test, ete);
      report(
          String.format(Locale.ROOT, "(4) concat LR emb-scale=%.1f", scale),
          ydev,
          cdev,
          yte,
          cte,
          bestThreshold(ydev, cdev)[0]);
    }

    // (5) MLP on the embedding (one hidden layer), blended with the hashed logit + structure.
    Mlp bestMlp = null;
    double bestMlpF1 = -1;
    for (int hidden : new int[] {32, 128}) {
      for (int epochs : new int[] {5, 15}) {
        Mlp m = Mlp.train(etr, ytr, hidden, epochs, 0.01, 2);
        double f1 = bestThreshold(ydev, m.logits(edev))[1];
        System.out.printf(Locale.ROOT, "MLP hidden=%d epochs=%d dev F1=%.4f%n", hidden, epochs, f1);
        if (f1 > bestMlpF1) {
          bestMlpF1 = f1;
          bestMlp = m;
        }
      }
    }
    double[] mdev = bestMlp.logits(edev);
    double[] mte = bestMlp.logits(ete);
    report("(5) MLP alone", ydev, mdev, yte, mte, bestThreshold(ydev, mdev)[0]);
    blends("(5) hashed + b*MLP", pdev, pte, mdev, mte);
    if (args.length > 3) {
      Path out = Path.of(args[3]);
      try (OutputStream o = Files.newOutputStream(out)) {
        bestMlp.toModel().write(o);
      }
      System.out.println("wrote the dev-chosen MLP to " + out);
    }
  }

  static void blends(
      String name,
      BlendTuner.Prepared pdev,
      BlendTuner.Prepared pte,
      double[] edevLogit,
      double[] eteLogit) {
    boolean[] ydev = labels(pdev.data());
    boolean[] yte = labels(pte.data());
    double bestF1 = -1;
    double bestB = 0;
    double bestT = 0.5;
    for (int bi = 0; bi <= 20; bi++) {
      double b = bi / 10.0;
      double[] z = add(pdev.logits(), edevLogit, b);
      double[] bt = bestThreshold(ydev, z);
      if (bt[1] > bestF1 + 1e-9) {
        bestF1 = bt[1];
        bestB = b;
        bestT = bt[0];
      }
    }
    report(
        String.format(Locale.ROOT, "%s no structure b=%.1f", name, bestB),
        ydev,
        add(pdev.logits(), edevLogit, bestB),
        yte,
        add(pte.logits(), eteLogit, bestB),
        bestT);
    // with structure: grid as BlendTuner's, plus b
    CheckWorthiness.Blend bestBlend = null;
    double bestSF1 = -1;
    double bestSB = 0;
    for (int bi = 0; bi <= 20; bi += 2) {
      double b = bi / 10.0;
      BlendTuner.Prepared d =
          new BlendTuner.Prepared(
              pdev.data(),
              add(pdev.logits(), edevLogit, b),
              pdev.embeddingLogits(),
              pdev.signals());
      for (double q : new double[] {0, 0.3, 0.6, 1.0}) {
        for (double a : new double[] {0, 0.2, 0.4, 0.8}) {
          for (double n : new double[] {0, 0.2, 0.4}) {
            for (double o : new double[] {0, 0.5, 1.0}) {
              for (int t = 20; t <= 80; t += 5) {
                CheckWorthiness.Blend bl = new CheckWorthiness.Blend(q, a, n, o, 0, t / 100.0);
                double f1 = BlendTuner.evaluate(d, bl).f1();
                if (f1 > bestSF1 + 1e-9) {
                  bestSF1 = f1;
                  bestBlend = bl;
                  bestSB = b;
                }
              }
            }
          }
        }
      }
    }
    BlendTuner.Prepared t =
        new BlendTuner.Prepared(
            pte.data(), add(pte.logits(), eteLogit, bestSB), pte.embeddingLogits(), pte.signals());
    System.out.printf(
        Locale.ROOT,
        "%s + structure b=%.1f %s: dev F1=%.4f dev-test %s%n",
        name,
        bestSB,
        bestBlend,
        bestSF1,
        BlendTuner.evaluate(t, bestBlend));
  }

  static double[] add(double[] a, double[] b, double w) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + w * b[i];
    }
    return out;
  }

  static boolean[] labels(List<Ct24.Example> data) {
    boolean[] y = new boolean[data.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = data.get(i).positive();
    }
    return y;
  }

  static Ct24.Prf prf(boolean[] gold, double[] logits, double threshold) {
    boolean[] pred = new boolean[gold.length];
    for (int i = 0; i < pred.length; i++) {
      pred[i] = LinearModel.sigmoid(logits[i]) >= threshold;
    }
    return Ct24.Prf.of(gold, pred);
  }

  /** {threshold, F1} maximising F1 over thresholds 0.05..0.95. */
  static double[] bestThreshold(boolean[] gold, double[] logits) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double f1 = prf(gold, logits, t / 100.0).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return new double[] {best, bestF1};
  }

  static void report(
      String name, boolean[] ydev, double[] zdev, boolean[] yte, double[] zte, double th) {
    System.out.printf(
        Locale.ROOT,
        "%s threshold=%.2f: dev %s dev-test %s%n",
        name,
        th,
        prf(ydev, zdev, th),
        prf(yte, zte, th));
  }

  static void shuffle(int[] order, SplittableRandom rnd) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** Dense logistic regression trained with AdaGrad. */
  record DenseLr(double[] w) {
    static DenseLr train(
        float[][] x, boolean[] y, double l2, int epochs, double rate, double posWeight) {
      int d = x[0].length;
      double[] w = new double[d + 1];
      double[] g2 = new double[d + 1];
      SplittableRandom rnd = new SplittableRandom(Trainer.SEED);
      int[] order = identity(x.length);
      for (int e = 0; e < epochs; e++) {
        shuffle(order, rnd);
        for (int idx : order) {
          double z = w[d];
          for (int k = 0; k < d; k++) {
            z += w[k] * x[idx][k];
          }
          double g = (LinearModel.sigmoid(z) - (y[idx] ? 1 : 0)) * (y[idx] ? posWeight : 1);
          for (int k = 0; k <= d; k++) {
            double gk = g * (k == d ? 1 : x[idx][k]) + l2 * w[k];
            g2[k] += gk * gk;
            w[k] -= rate * gk / Math.sqrt(g2[k] + 1e-8);
          }
        }
      }
      return new DenseLr(w);
    }

    double[] logits(float[][] x) {
      int d = w.length - 1;
      double[] out = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double z = w[d];
        for (int k = 0; k < d; k++) {
          z += w[k] * x[i][k];
        }
        out[i] = z;
      }
      return out;
    }
  }

  /** Logistic regression over hashed sparse features plus the scaled embedding. */
  record ConcatLr(float[] w, double[] v, double bias, double scale) {
    static ConcatLr train(
        List<Ct24.Example> data,
        float[][] emb,
        boolean[] y,
        double l2,
        int epochs,
        double rate,
        double posWeight,
        double scale) {
      int[][] x = new int[data.size()][];
      for (int i = 0; i < x.length; i++) {
        x[i] = Features.slots(data.get(i).text(), Trainer.DIM);
      }
      int d = emb[0].length;
      float[] w = new float[Trainer.DIM];
      float[] g2 = new float[Trainer.DIM];
      double[] v = new double[d];
      double[] vg2 = new double[d];
      double b = 0;
      double bg2 = 0;
      SplittableRandom rnd = new SplittableRandom(Trainer.SEED);
      int[] order = identity(x.length);
      for (int e = 0; e < epochs; e++) {
        shuffle(order, rnd);
        for (int idx : order) {
          int[] f = x[idx];
          double sc = f.length == 0 ? 0 : 1 / Math.sqrt(f.length);
          double sum = 0;
          for (int k : f) {
            sum += w[k];
          }
          double z = b + sum * sc;
          for (int k = 0; k < d; k++) {
            z += v[k] * emb[idx][k] * scale;
          }
          double g = (LinearModel.sigmoid(z) - (y[idx] ? 1 : 0)) * (y[idx] ? posWeight : 1);
          for (int k : f) {
            double gk = g * sc + l2 * w[k];
            g2[k] += (float) (gk * gk);
            w[k] -= (float) (rate * gk / Math.sqrt(g2[k] + 1e-8));
          }
          for (int k = 0; k < d; k++) {
            double gk = g * emb[idx][k] * scale + l2 * v[k];
            vg2[k] += gk * gk;
            v[k] -= rate * gk / Math.sqrt(vg2[k] + 1e-8);
          }
          bg2 += g * g;
          b -= rate * g / Math.sqrt(bg2 + 1e-8);
        }
      }
      return new ConcatLr(w, v, b, scale);
    }

    double[] logits(List<Ct24.Example> data, float[][] emb) {
      double[] out = new double[data.size()];
      for (int i = 0; i < out.length; i++) {
        int[] f = Features.slots(data.get(i).text(), Trainer.DIM);
        double sum = 0;
        for (int k : f) {
          sum += w[k];
        }
        double z = bias + (f.length == 0 ? 0 : sum / Math.sqrt(f.length));
        for (int k = 0; k < v.length; k++) {
          z += v[k] * emb[i][k] * scale;
        }
        out[i] = z;
      }
      return out;
    }
  }

  /** One hidden layer (ReLU), sigmoid output, plain SGD with seeded initialisation. */
  record Mlp(double[][] w1, double[] b1, double[] w2, double[] b2) {
    static Mlp train(
        float[][] x, boolean[] y, int hidden, int epochs, double rate, double posWeight) {
      int d = x[0].length;
      SplittableRandom rnd = new SplittableRandom(Trainer.SEED);
      double[][] w1 = new double[hidden][d];
      double s = Math.sqrt(2.0 / d);
      for (double[] row : w1) {
        for (int k = 0; k < d; k++) {
          row[k] = (rnd.nextDouble() * 2 - 1) * s;
        }
      }
      double[] b1 = new double[hidden];
      double[] w2 = new double[hidden];
      for (int j = 0; j < hidden; j++) {
        w2[j] = (rnd.nextDouble() * 2 - 1) * Math.sqrt(1.0 / hidden);
      }
      double[] b2 = new double[1];
      Mlp m = new Mlp(w1, b1, w2, b2);
      int[] order = identity(x.length);
      double[] h = new double[hidden];
      for (int e = 0; e < epochs; e++) {
        shuffle(order, rnd);
        for (int idx : order) {
          double z = m.forward(x[idx], h);
          double g = (LinearModel.sigmoid(z) - (y[idx] ? 1 : 0)) * (y[idx] ? posWeight : 1);
          for (int j = 0; j < hidden; j++) {
            if (h[j] > 0) {
              double gh = g * w2[j];
              double[] row = w1[j];
              for (int k = 0; k < d; k++) {
                row[k] -= rate * gh * x[idx][k];
              }
              b1[j] -= rate * gh;
            }
            w2[j] -= rate * g * h[j];
          }
          b2[0] -= rate * g;
        }
      }
      return m;
    }

    double forward(float[] x, double[] h) {
      double z = b2[0];
      for (int j = 0; j < w1.length; j++) {
        double a = b1[j];
        double[] row = w1[j];
        for (int k = 0; k < row.length; k++) {
          a += row[k] * x[k];
        }
        h[j] = Math.max(0, a);
        z += w2[j] * h[j];
      }
      return z;
    }

    EmbeddingMlp toModel() {
      int d = w1[0].length;
      float[] fw1 = new float[w1.length * d];
      float[] fb1 = new float[w1.length];
      float[] fw2 = new float[w1.length];
      for (int j = 0; j < w1.length; j++) {
        for (int k = 0; k < d; k++) {
          fw1[j * d + k] = (float) w1[j][k];
        }
        fb1[j] = (float) b1[j];
        fw2[j] = (float) w2[j];
      }
      return new EmbeddingMlp(d, fw1, fb1, fw2, (float) b2[0]);
    }

    double[] logits(float[][] x) {
      double[] h = new double[w1.length];
      double[] out = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        out[i] = forward(x[i], h);
      }
      return out;
    }
  }

  static float[][] embed(List<Ct24.Example> data, Path file) throws IOException {
    if (Files.exists(file)) {
      try (DataInputStream in =
          new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
        int n = in.readInt();
        int d = in.readInt();
        float[][] out = new float[n][d];
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < d; k++) {
            out[i][k] = in.readFloat();
          }
        }
        return out;
      }
    }
    List<String> texts = new ArrayList<>();
    for (Ct24.Example e : data) {
      texts.add(e.text());
    }
    long t0 = System.nanoTime();
    float[][] out = Embedder.shared().embed(texts);
    System.out.printf(
        Locale.ROOT, "embedded %d in %.1f s%n", texts.size(), (System.nanoTime() - t0) / 1e9);
    try (OutputStream o = Files.newOutputStream(file);
        DataOutputStream dout = new DataOutputStream(new java.io.BufferedOutputStream(o))) {
      dout.writeInt(out.length);
      dout.writeInt(out[0].length);
      for (float[] v : out) {
        for (float x : v) {
          dout.writeFloat(x);
        }
      }
    }
    return out;
  }
}
