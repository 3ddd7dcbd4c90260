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
import org.factdesk.nlp.Embedder;

/**
 * Measures whether sentence embeddings help the check-worthiness model: trains a dense logistic
 * regression on the embeddings of CT24 train, then blends its log-odds with the hashed model's
 * (blend weight and threshold chosen on dev) and prints dev and dev-test F1. Embeddings are cached
 * under {@code CACHE_DIR}. Usage: {@code EmbeddingExperiment CT24_DIR MODEL_FILE CACHE_DIR}.
 */
public final class EmbeddingExperiment {
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
    int d = etr[0].length;
    double[] w = new double[d + 1];
    double[] g2 = new double[d + 1];
    SplittableRandom rnd = new SplittableRandom(Trainer.SEED);
    int[] order = new int[etr.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int e = 0; e < 8; e++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int idx : order) {
        double z = w[d];
        for (int k = 0; k < d; k++) {
          z += w[k] * etr[idx][k];
        }
        double p = LinearModel.sigmoid(z);
        double g = p - (train.get(idx).positive() ? 1 : 0);
        for (int k = 0; k <= d; k++) {
          double x = k == d ? 1 : etr[idx][k];
          double gk = g * x + 1e-5 * w[k];
          g2[k] += gk * gk;
          w[k] -= 0.1 * gk / Math.sqrt(g2[k] + 1e-8);
        }
      }
    }
    double bestF1 = -1;
    double bestA = 0;
    double bestT = 0.5;
    for (double a = 0; a <= 1.0001; a += 0.1) {
      for (int t = 5; t <= 95; t++) {
        double f1 = f1(dev, edev, hashed, w, a, t / 100.0);
        if (f1 > bestF1) {
          bestF1 = f1;
          bestA = a;
          bestT = t / 100.0;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "embedding-only dev F1 (best threshold)=%.4f%n",
        bestOver(dev, edev, hashed, w, 1.0));
    System.out.printf(
        Locale.ROOT,
        "blend a=%.1f threshold=%.2f dev F1=%.4f dev-test F1=%.4f (hashed only dev-test F1=%.4f)%n",
        bestA,
        bestT,
        bestF1,
        f1(test, ete, hashed, w, bestA, bestT),
        f1(test, ete, hashed, w, 0, hashed.threshold()));
  }

  private static double bestOver(
      List<Ct24.Example> data, float[][] emb, LinearModel h, double[] w, double a) {
    double best = 0;
    for (int t = 5; t <= 95; t++) {
      best = Math.max(best, f1(data, emb, h, w, a, t / 100.0));
    }
    return best;
  }

  static double f1(
      List<Ct24.Example> data, float[][] emb, LinearModel h, double[] w, double a, double th) {
    boolean[] gold = new boolean[data.size()];
    boolean[] pred = new boolean[data.size()];
    int d = emb[0].length;
    for (int i = 0; i < gold.length; i++) {
      double z = w[d];
      for (int k = 0; k < d; k++) {
        z += w[k] * emb[i][k];
      }
      double blended = (1 - a) * h.logit(data.get(i).text()) + a * z;
      gold[i] = data.get(i).positive();
      pred[i] = LinearModel.sigmoid(blended) >= th;
    }
    return Ct24.Prf.of(gold, pred).f1();
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
    float[][] out = new float[texts.size()][];
    long t0 = System.nanoTime();
    for (int i = 0; i < texts.size(); i += 64) {
      float[][] batch = Embedder.shared().embed(texts.subList(i, Math.min(texts.size(), i + 64)));
      System.arraycopy(batch, 0, out, i, batch.length);
    }
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
