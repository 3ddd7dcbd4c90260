package org.factdesk.claims.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.nlp.Embedder;

/**
 * Session-2 experiments on CT24 check-worthiness: richer pooling of the MiniLM token states (mean,
 * mean+max, mean+max+[CLS]), extra training data from CLEF 2020 debates (train split only,
 * deduplicated against every CT24 split), and the network's epochs chosen on dev. Every choice is
 * made by positive-class F1 on CT24 dev; dev-test is only printed. Pooled vectors are cached in
 * {@code CACHE_DIR}. Usage: {@code Ct24Lab CT24_DIR CLEF20_DIR CACHE_DIR [OUT_MLP]}.
 */
public final class Ct24Lab {
  private Ct24Lab() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path clefDir = Path.of(args[1]);
    Path cache = Path.of(args[2]);
    Files.createDirectories(cache);
    List<Ct24.Example> train = Ct24.read(dir.resolve("train.tsv"));
    List<Ct24.Example> dev = Ct24.read(dir.resolve("dev.tsv"));
    List<Ct24.Example> test = Ct24.read(dir.resolve("dev-test.tsv"));
    if (args.length > 3 && args[3].endsWith(".onnx")) {
      otherModel(args, train, dev, test, cache);
      return;
    }
    List<Ct24.Example> clef =
        dedup(Ct24.readClef20(clefDir.resolve("train.tsv")), train, dev, test);
    System.out.printf(
        Locale.ROOT,
        "clef20 train after dedup: %d sentences, %d positive%n",
        clef.size(),
        clef.stream().filter(Ct24.Example::positive).count());
    float[][] ptr = pooled(train, cache.resolve("train.mmc"));
    float[][] pdv = pooled(dev, cache.resolve("dev.mmc"));
    float[][] pte = pooled(test, cache.resolve("dev-test.mmc"));
    float[][] pcl = pooled(clef, cache.resolve("clef20-train.mmc"));
    boolean[] ytr = EmbeddingExperiment.labels(train);
    boolean[] ydv = EmbeddingExperiment.labels(dev);
    boolean[] yte = EmbeddingExperiment.labels(test);
    boolean[] ycl = EmbeddingExperiment.labels(clef);
    BlendTuner.Prepared hdev = BlendTuner.prepareHashed(dev);
    BlendTuner.Prepared hte = BlendTuner.prepareHashed(test);
    String only = args.length > 4 ? args[4] : "";

    for (int parts = 1; parts <= 3; parts++) {
      for (boolean withClef : new boolean[] {false, true}) {
        String name = String.format(Locale.ROOT, "MLP parts=%d clef=%s", parts, withClef);
        if (!only.isEmpty() && !name.contains(only)) {
          continue;
        }
        float[][] x = slice(ptr, parts);
        boolean[] y = ytr;
        if (withClef) {
          x = concat(x, slice(pcl, parts));
          y = concat(ytr, ycl);
        }
        FastMlp m = FastMlp.trainChoosingEpochs(x, y, slice(pdv, parts), ydv, 128, 12, 0.01, 2);
        double[] zdv = m.logits(slice(pdv, parts));
        double[] zte = m.logits(slice(pte, parts));
        EmbeddingExperiment.report(
            name + " epochs=" + m.epochs(),
            ydv,
            zdv,
            yte,
            zte,
            EmbeddingExperiment.bestThreshold(ydv, zdv)[0]);
        EmbeddingExperiment.blends(name + " + n-gram", hdev, hte, zdv, zte);
      }
    }
  }

  /** The MLP on a second embedding model's pooled vectors (args 3 and 4: ONNX and tokenizer). */
  static void otherModel(
      String[] args,
      List<Ct24.Example> train,
      List<Ct24.Example> dev,
      List<Ct24.Example> test,
      Path cache)
      throws IOException {
    Path onnx = Path.of(args[3]);
    String tag = onnx.getFileName().toString().replace(".onnx", "");
    try (Embedder e = Embedder.load(onnx, Path.of(args[4]), 2)) {
      float[][] ptr = pooled(train, cache.resolve(tag + "-train.mmc"), () -> e);
      float[][] pdv = pooled(dev, cache.resolve(tag + "-dev.mmc"), () -> e);
      float[][] pte = pooled(test, cache.resolve(tag + "-dev-test.mmc"), () -> e);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 320; i++) {
        texts.add(test.get(i % test.size()).text());
      }
      e.embed(texts);
      long t0 = System.nanoTime();
      e.embed(texts);
      System.out.printf(
          Locale.ROOT,
          "%s speed: %.2f ms/sentence (batched, 2 threads)%n",
          tag,
          (System.nanoTime() - t0) / 1e6 / texts.size());
      boolean[] ytr = EmbeddingExperiment.labels(train);
      boolean[] ydv = EmbeddingExperiment.labels(dev);
      boolean[] yte = EmbeddingExperiment.labels(test);
      BlendTuner.Prepared hdev = BlendTuner.prepareHashed(dev);
      BlendTuner.Prepared hte = BlendTuner.prepareHashed(test);
      if (args.length > 5 && args[5].equals("ensemble")) {
        ensemble(tag, ptr, ytr, pdv, ydv, pte, yte, hdev, hte);
        return;
      }
      int[][] blocks = {{2}, {0}, {0, 1}, {0, 1, 2}, {1, 2}};
      for (int[] b : blocks) {
        String name = tag + " MLP blocks=" + Arrays.toString(b);
        float[][] x = blocks(ptr, b);
        FastMlp m = FastMlp.trainChoosingEpochs(x, ytr, blocks(pdv, b), ydv, 128, 20, 0.01, 2);
        double[] zdv = m.logits(blocks(pdv, b));
        double[] zte = m.logits(blocks(pte, b));
        EmbeddingExperiment.report(
            name + " epochs=" + m.epochs(),
            ydv,
            zdv,
            yte,
            zte,
            EmbeddingExperiment.bestThreshold(ydv, zdv)[0]);
        EmbeddingExperiment.blends(name + " + n-gram", hdev, hte, zdv, zte);
      }
    }
  }

  /** Mean log-odds of three networks that differ only in their seed (all three blocks). */
  static void ensemble(
      String tag,
      float[][] ptr,
      boolean[] ytr,
      float[][] pdv,
      boolean[] ydv,
      float[][] pte,
      boolean[] yte,
      BlendTuner.Prepared hdev,
      BlendTuner.Prepared hte) {
    double[] zdv = new double[pdv.length];
    double[] zte = new double[pte.length];
    int k = 3;
    for (int i = 0; i < k; i++) {
      FastMlp m =
          FastMlp.trainChoosingEpochs(
              ptr, ytr, pdv, ydv, 128, 20, 0.01, 2, Trainer.SEED + 7919L * i);
      double[] a = m.logits(pdv);
      double[] b = m.logits(pte);
      for (int j = 0; j < a.length; j++) {
        zdv[j] += a[j] / k;
      }
      for (int j = 0; j < b.length; j++) {
        zte[j] += b[j] / k;
      }
      System.out.printf(Locale.ROOT, "seed %d: %d epochs%n", i, m.epochs());
    }
    String name = tag + " MLP x3 seeds blocks=[0, 1, 2]";
    EmbeddingExperiment.report(
        name, ydv, zdv, yte, zte, EmbeddingExperiment.bestThreshold(ydv, zdv)[0]);
    EmbeddingExperiment.blends(name + " + n-gram", hdev, hte, zdv, zte);
  }

  /** The chosen 1/3 blocks of each pooled vector (0 mean, 1 max, 2 [CLS]). */
  static float[][] blocks(float[][] x, int[] which) {
    int d = x[0].length / 3;
    float[][] out = new float[x.length][d * which.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < which.length; j++) {
        System.arraycopy(x[i], which[j] * d, out[i], j * d, d);
      }
    }
    return out;
  }

  static List<Ct24.Example> dedup(
      List<Ct24.Example> extra, List<Ct24.Example> a, List<Ct24.Example> b, List<Ct24.Example> c) {
    Set<String> seen = new HashSet<>();
    for (List<Ct24.Example> l : List.of(a, b, c)) {
      for (Ct24.Example e : l) {
        seen.add(key(e.text()));
      }
    }
    List<Ct24.Example> out = new ArrayList<>();
    for (Ct24.Example e : extra) {
      if (seen.add(key(e.text()))) {
        out.add(e);
      }
    }
    return out;
  }

  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static float[][] slice(float[][] x, int parts) {
    int d = x[0].length / 3 * parts;
    if (d == x[0].length) {
      return x;
    }
    float[][] out = new float[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = Arrays.copyOf(x[i], d);
    }
    return out;
  }

  static float[][] concat(float[][] a, float[][] b) {
    float[][] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static boolean[] concat(boolean[] a, boolean[] b) {
    boolean[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Mean, max and [CLS] pooled MiniLM vectors of {@code data}, cached in {@code file}. */
  static float[][] pooled(List<Ct24.Example> data, Path file) throws IOException {
    return pooled(data, file, Embedder::shared);
  }

  /**
   * Mean, max and [CLS] pooled vectors of {@code data} by the embedder {@code embedder} supplies
   * (asked only when {@code file} does not exist yet), cached in {@code file}.
   */
  static float[][] pooled(List<Ct24.Example> data, Path file, Supplier<Embedder> embedder)
      throws IOException {
    if (Files.exists(file)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        int n = in.readInt();
        int d = in.readInt();
        if (n != data.size()) {
          throw new IOException(file + ": holds " + n + " vectors, expected " + data.size());
        }
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
    float[][] out = embedder.get().embed(texts, Embedder.Pooling.MEAN_MAX_CLS);
    System.out.printf(
        Locale.ROOT, "pooled %d in %.1f s%n", texts.size(), (System.nanoTime() - t0) / 1e9);
    try (OutputStream o = Files.newOutputStream(file);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(o))) {
      d.writeInt(out.length);
      d.writeInt(out[0].length);
      for (float[] v : out) {
        for (float f : v) {
          d.writeFloat(f);
        }
      }
    }
    return out;
  }
}
