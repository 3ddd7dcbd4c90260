package org.factdesk.claims.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.claims.CheckWorthiness;
import org.factdesk.nlp.Embedder;

/**
 * Rebuilds the shipped check-worthiness embedding network ({@code checkworthiness-embedding.bin}):
 * a 128-unit ReLU network over the {@link CheckWorthiness#EMBEDDING_MODEL} vectors pooled as {@link
 * CheckWorthiness#POOLING}, trained on CT24 train with seeded SGD (rate 0.01, positive weight 2),
 * the epoch count (1..{@value #MAX_EPOCHS}) chosen by best-threshold positive-class F1 on dev.
 * Pooled vectors are cached in {@code CACHE_DIR} (shared with {@link Ct24Lab}). Usage: {@code
 * EmbeddingTrainer CT24_DIR CACHE_DIR OUT_FILE}.
 */
public final class EmbeddingTrainer {
  static final int HIDDEN = 128;
  static final int MAX_EPOCHS = 20;

  private EmbeddingTrainer() {}

  /** The embedding model as {@link CheckWorthiness} loads it. */
  static Embedder embedder() {
    String name = CheckWorthiness.EMBEDDING_MODEL;
    return Embedder.fromClassPath(
        name,
        "/" + name + ".onnx",
        "/" + name + "-tokenizer.json",
        Runtime.getRuntime().availableProcessors());
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: EmbeddingTrainer CT24_DIR CACHE_DIR OUT_FILE");
    }
    Path dir = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Files.createDirectories(cache);
    List<Ct24.Example> train = Ct24.read(dir.resolve("train.tsv"));
    List<Ct24.Example> dev = Ct24.read(dir.resolve("dev.tsv"));
    int parts = CheckWorthiness.POOLING.parts();
    if (parts > Embedder.Pooling.MEAN_MAX_CLS.parts()) {
      throw new IllegalStateException("unsupported pooling " + CheckWorthiness.POOLING);
    }
    String tag = CheckWorthiness.EMBEDDING_MODEL;
    float[][] x =
        Ct24Lab.slice(
            Ct24Lab.pooled(train, cache.resolve(tag + "-train.mmc"), EmbeddingTrainer::embedder),
            parts);
    float[][] xd =
        Ct24Lab.slice(
            Ct24Lab.pooled(dev, cache.resolve(tag + "-dev.mmc"), EmbeddingTrainer::embedder),
            parts);
    boolean[] yd = EmbeddingExperiment.labels(dev);
    FastMlp m =
        FastMlp.trainChoosingEpochs(
            x, EmbeddingExperiment.labels(train), xd, yd, HIDDEN, MAX_EPOCHS, 0.01, 2);
    double[] best = EmbeddingExperiment.bestThreshold(yd, m.logits(xd));
    System.out.printf(
        Locale.ROOT,
        "pooling %s, %d epochs: dev F1 %.4f at threshold %.2f%n",
        CheckWorthiness.POOLING,
        m.epochs(),
        best[1],
        best[0]);
    Path out = Path.of(args[2]);
    try (OutputStream o = Files.newOutputStream(out)) {
      m.toModel().write(o);
    }
    System.out.println("wrote " + out);
  }
}
