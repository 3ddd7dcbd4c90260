package org.factdesk.claims.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Positive-class precision, recall and F1 of a scorer on a CT24 split at a threshold. Usage: {@code
 * Evaluation CT24_DIR} prints the shipped model's figures on dev and dev-test.
 */
public final class Evaluation {
  private Evaluation() {}

  /** Figures of one scorer on one split. */
  public record Result(int examples, int positives, double threshold, Ct24.Prf prf) {}

  public static Result run(
      List<Ct24.Example> data, ToDoubleFunction<String> scorer, double threshold) {
    boolean[] gold = new boolean[data.size()];
    boolean[] pred = new boolean[data.size()];
    int pos = 0;
    for (int i = 0; i < gold.length; i++) {
      gold[i] = data.get(i).positive();
      pos += gold[i] ? 1 : 0;
      pred[i] = scorer.applyAsDouble(data.get(i).text()) >= threshold;
    }
    return new Result(data.size(), pos, threshold, Ct24.Prf.of(gold, pred));
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Evaluation CT24_DIR MODEL_FILE");
    }
    LinearModel m;
    try (var in = java.nio.file.Files.newInputStream(Path.of(args[1]))) {
      m = LinearModel.read(in);
    }
    for (String split : new String[] {"dev.tsv", "dev-test.tsv"}) {
      Result r = run(Ct24.read(Path.of(args[0]).resolve(split)), m::score, m.threshold());
      System.out.printf(
          Locale.ROOT,
          "%s n=%d pos=%d threshold=%.2f P=%.4f R=%.4f F1=%.4f%n",
          split,
          r.examples(),
          r.positives(),
          r.threshold(),
          r.prf().precision(),
          r.prf().recall(),
          r.prf().f1());
    }
  }
}
