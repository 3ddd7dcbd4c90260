package org.factdesk.claims.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Trains the check-worthiness {@link LinearModel} on CT24 train with AdaGrad logistic regression
 * (seeded shuffles), picks the L2 strength, epoch count and threshold by positive-class F1 on dev,
 * and writes the model. Usage: {@code Trainer CT24_DIR OUT_FILE}.
 */
public final class Trainer {
  static final int DIM = 1 << 18;
  static final long SEED = 20240401L;

  private Trainer() {}

  /** Settings of one training run. */
  public record Settings(double l2, int epochs, double rate, double positiveWeight) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Trainer CT24_DIR OUT_FILE");
    }
    Path dir = Path.of(args[0]);
    List<Ct24.Example> train = Ct24.read(dir.resolve("train.tsv"));
    List<Ct24.Example> dev = Ct24.read(dir.resolve("dev.tsv"));
    LinearModel best = null;
    double bestF1 = -1;
    Settings bestSettings = null;
    for (double l2 : new double[] {1e-6, 1e-5}) {
      for (int epochs : new int[] {3, 6, 10}) {
        for (double pw : new double[] {1.0, 2.0}) {
          Settings s = new Settings(l2, epochs, 0.2, pw);
          LinearModel m = train(train, dev, s);
          double f1 = f1(m, dev);
          System.out.printf(Locale.ROOT, "%s threshold=%.2f dev F1=%.4f%n", s, m.threshold(), f1);
          if (f1 > bestF1) {
            bestF1 = f1;
            best = m;
            bestSettings = s;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "best %s dev F1=%.4f%n", bestSettings, bestF1);
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      best.write(o);
    }
  }

  /** Trains with {@code s}, then sets the threshold that maximises F1 on {@code tune}. */
  public static LinearModel train(List<Ct24.Example> data, List<Ct24.Example> tune, Settings s) {
    int[][] x = new int[data.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = Features.slots(data.get(i).text(), DIM);
    }
    float[] w = new float[DIM];
    float[] g2 = new float[DIM];
    double b = 0;
    double bg2 = 0;
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int e = 0; e < s.epochs(); e++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int idx : order) {
        int[] f = x[idx];
        boolean y = data.get(idx).positive();
        double scale = f.length == 0 ? 0 : 1 / Math.sqrt(f.length);
        double sum = 0;
        for (int k : f) {
          sum += w[k];
        }
        double p = LinearModel.sigmoid(b + sum * scale);
        double g = (p - (y ? 1 : 0)) * (y ? s.positiveWeight() : 1);
        for (int k : f) {
          double gk = g * scale + s.l2() * w[k];
          g2[k] += (float) (gk * gk);
          w[k] -= (float) (s.rate() * gk / Math.sqrt(g2[k] + 1e-8));
        }
        bg2 += g * g;
        b -= s.rate() * g / Math.sqrt(bg2 + 1e-8);
      }
    }
    LinearModel raw = new LinearModel(w, (float) b, 0.5f);
    return new LinearModel(w, (float) b, (float) bestThreshold(raw, tune));
  }

  static double bestThreshold(LinearModel m, List<Ct24.Example> tune) {
    double[] scores = tune.stream().mapToDouble(e -> m.score(e.text())).toArray();
    boolean[] gold = new boolean[tune.size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = tune.get(i).positive();
    }
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double th = t / 100.0;
      boolean[] pred = new boolean[scores.length];
      for (int i = 0; i < pred.length; i++) {
        pred[i] = scores[i] >= th;
      }
      double f1 = Ct24.Prf.of(gold, pred).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = th;
      }
    }
    return best;
  }

  /** Positive-class F1 of {@code m} at its threshold on {@code data}. */
  public static double f1(LinearModel m, List<Ct24.Example> data) {
    return prf(m, data).f1();
  }

  public static Ct24.Prf prf(LinearModel m, List<Ct24.Example> data) {
    boolean[] gold = new boolean[data.size()];
    boolean[] pred = new boolean[data.size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = data.get(i).positive();
      pred[i] = m.score(data.get(i).text()) >= m.threshold();
    }
    return Ct24.Prf.of(gold, pred);
  }
}
