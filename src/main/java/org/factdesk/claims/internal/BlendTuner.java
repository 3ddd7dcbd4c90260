package org.factdesk.claims.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.claims.CheckWorthiness;
import org.factdesk.claims.ClaimStructure;

/**
 * Chooses how much the embedding network and structure (quantity, attribution, named actor,
 * non-factual cues) should move the learned check-worthiness score, by positive-class F1 on CT24
 * dev, and prints dev-test F1 for the model alone and for the chosen blend. Usage: {@code
 * BlendTuner CT24_DIR}.
 */
public final class BlendTuner {
  private BlendTuner() {}

  /**
   * A split's learned log-odds (n-gram model and embedding network) and structure signals, computed
   * once.
   */
  public record Prepared(
      List<Ct24.Example> data,
      double[] logits,
      double[] embeddingLogits,
      CheckWorthiness.Signals[] signals) {}

  /** Prepares {@code data} with the shipped models; the sentences are embedded in one batch. */
  public static Prepared prepare(List<Ct24.Example> data) {
    Prepared p = prepareHashed(data);
    List<String> texts = new ArrayList<>();
    for (Ct24.Example e : data) {
      texts.add(e.text());
    }
    float[][] emb = CheckWorthiness.shared().embed(texts);
    for (int i = 0; i < emb.length; i++) {
      p.embeddingLogits()[i] = CheckWorthiness.shared().embeddingLogit(emb[i]);
    }
    return p;
  }

  /** Prepares {@code data} with the n-gram model only (embedding log-odds left at 0). */
  public static Prepared prepareHashed(List<Ct24.Example> data) {
    double[] logits = new double[data.size()];
    CheckWorthiness.Signals[] sig = new CheckWorthiness.Signals[data.size()];
    for (int i = 0; i < logits.length; i++) {
      String t = data.get(i).text();
      logits[i] = CheckWorthiness.shared().logit(t);
      sig[i] = CheckWorthiness.Signals.of(ClaimStructure.of(t, null));
    }
    return new Prepared(data, logits, new double[logits.length], sig);
  }

  public static Ct24.Prf evaluate(Prepared p, CheckWorthiness.Blend b) {
    boolean[] gold = new boolean[p.data().size()];
    boolean[] pred = new boolean[gold.length];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = p.data().get(i).positive();
      pred[i] =
          CheckWorthiness.score(p.logits()[i], List.of(), p.embeddingLogits()[i], p.signals()[i], b)
              .checkWorthy();
    }
    return Ct24.Prf.of(gold, pred);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Prepared dev = prepare(Ct24.read(dir.resolve("dev.tsv")));
    Prepared test = prepare(Ct24.read(dir.resolve("dev-test.tsv")));
    List<CheckWorthiness.Blend> grid = new ArrayList<>();
    double[] q = {0, 0.3, 0.6, 1.0};
    double[] a = {0, 0.2, 0.4, 0.8};
    double[] n = {0, 0.2, 0.4};
    double[] o = {0, 0.5, 1.0};
    for (int ei = 0; ei <= 20; ei += 2) {
      for (double qq : q) {
        for (double aa : a) {
          for (double nn : n) {
            for (double oo : o) {
              for (int t = 20; t <= 80; t += 5) {
                grid.add(new CheckWorthiness.Blend(qq, aa, nn, oo, ei / 10.0, t / 100.0));
              }
            }
          }
        }
      }
    }
    CheckWorthiness.Blend best = null;
    double bestF1 = -1;
    CheckWorthiness.Blend bestModelOnly = null;
    double bestModelOnlyF1 = -1;
    for (CheckWorthiness.Blend b : grid) {
      double f1 = evaluate(dev, b).f1();
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = b;
      }
      if (b.quantity() == 0
          && b.embedding() == 0
          && b.attribution() == 0
          && b.actor() == 0
          && b.nonFactual() == 0
          && f1 > bestModelOnlyF1) {
        bestModelOnlyF1 = f1;
        bestModelOnly = b;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "model only: %s dev F1=%.4f dev-test %s%n",
        bestModelOnly,
        bestModelOnlyF1,
        evaluate(test, bestModelOnly));
    System.out.printf(
        Locale.ROOT,
        "best blend: %s dev F1=%.4f dev-test %s%n",
        best,
        bestF1,
        evaluate(test, best));
    System.out.printf(
        Locale.ROOT,
        "shipped:    %s dev %s dev-test %s%n",
        CheckWorthiness.BLEND,
        evaluate(dev, CheckWorthiness.BLEND),
        evaluate(test, CheckWorthiness.BLEND));
  }
}
