package org.factdesk.verify.internal;

import java.util.List;
import org.factdesk.verify.TextEmbedder;

/**
 * How relevant a sentence is to a claim: {@code 0.6 * cosine + 0.4 * share of the claim's content
 * words it contains}. Below {@link #MIN_SCORE} a sentence is not taken as evidence. Used by both
 * evidence sources so that a claim gets the same sentences wherever they are stored.
 */
public final class Relevance {
  /** Sentences scoring below this are dropped. */
  public static final double MIN_SCORE = 0.3;

  private Relevance() {}

  /** The score of a sentence with embedding {@code v} and signals {@code s} for the query. */
  public static double score(float[] q, TextSignals qs, float[] v, TextSignals s) {
    return 0.6 * PairFeatures.cosine(q, v) + 0.4 * overlap(qs, s);
  }

  /**
   * The vector a sentence read after the one before it ({@link Anaphora}: "Their last strike, in
   * 2019, lasted five days.") is scored with: the normalised sum of the two sentences' vectors,
   * which stands for the joined text the index holds no vector for. The sentence's own vector alone
   * says nothing of whose strike it is, so the claim's subject, named only in the sentence before,
   * would not count towards its relevance. {@code own} as it is when {@code before} is null or of
   * another length.
   */
  public static float[] joined(float[] before, float[] own) {
    if (before == null || own == null || before.length != own.length) {
      return own;
    }
    float[] sum = new float[own.length];
    double norm = 0;
    for (int i = 0; i < own.length; i++) {
      sum[i] = before[i] + own[i];
      norm += sum[i] * (double) sum[i];
    }
    if (norm == 0) {
      return own;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < sum.length; i++) {
      sum[i] *= scale;
    }
    return sum;
  }

  /** Share of the query's content words found in the passage. */
  public static double overlap(TextSignals q, TextSignals p) {
    if (q.content().isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : q.content()) {
      if (p.content().contains(w)) {
        n++;
      }
    }
    return n / (double) q.content().size();
  }

  /** Embeds texts in batches of 64. */
  public static float[][] embedAll(TextEmbedder embedder, List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i += 64) {
      List<String> batch = texts.subList(i, Math.min(texts.size(), i + 64));
      float[][] v = embedder.embed(batch);
      System.arraycopy(v, 0, out, i, v.length);
    }
    return out;
  }
}
