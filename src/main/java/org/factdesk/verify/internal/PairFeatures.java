package org.factdesk.verify.internal;

import java.util.List;

/**
 * The features of a (claim, passage) pair fed to the stance head: the embedding block {@code u, v,
 * |u-v|, u*v} followed by {@link #HAND_NAMES hand features} (lexical overlap, negation, numbers,
 * names).
 */
public final class PairFeatures {
  /** Names of the hand features, in order; the explanation of a stance refers to them. */
  public static final List<String> HAND_NAMES =
      List.of(
          "cosine",
          "claim_overlap",
          "passage_overlap",
          "claim_negated",
          "passage_negated",
          "negation_mismatch",
          "claim_has_number",
          "number_match",
          "number_mismatch",
          "claim_names_found",
          "claim_names_missing",
          "length_ratio",
          "bias");

  private PairFeatures() {}

  /** Length of the feature vector for embedding dimension {@code dim}. */
  public static int length(int dim) {
    return 4 * dim + HAND_NAMES.size();
  }

  /** The hand features of a pair (and the cosine of the two embeddings). */
  public static double[] hand(TextSignals claim, TextSignals passage, double cosine) {
    double[] f = new double[HAND_NAMES.size()];
    f[0] = cosine;
    int inPassage = 0;
    for (String t : claim.content()) {
      if (passage.content().contains(t)) {
        inPassage++;
      }
    }
    f[1] = claim.content().isEmpty() ? 0 : inPassage / (double) claim.content().size();
    f[2] = passage.content().isEmpty() ? 0 : inPassage / (double) passage.content().size();
    boolean cn = claim.negations() > 0;
    boolean pn = passage.negations() > 0;
    f[3] = cn ? 1 : 0;
    f[4] = pn ? 1 : 0;
    f[5] = cn != pn ? 1 : 0;
    List<Double> cnum = claim.numbers();
    f[6] = cnum.isEmpty() ? 0 : 1;
    if (!cnum.isEmpty() && !passage.numbers().isEmpty()) {
      int matched = 0;
      for (double c : cnum) {
        for (double p : passage.numbers()) {
          if (TextSignals.sameFigure(c, p)) {
            matched++;
            break;
          }
        }
      }
      f[7] = matched / (double) cnum.size();
      f[8] = matched < cnum.size() ? 1 : 0;
    }
    if (!claim.names().isEmpty()) {
      int found = 0;
      for (String n : claim.names()) {
        if (passage.names().contains(n) || passage.content().contains(TextSignals.stem(n))) {
          found++;
        }
      }
      f[9] = found / (double) claim.names().size();
      f[10] = found < claim.names().size() && !passage.names().isEmpty() ? 1 : 0;
    }
    f[11] = Math.log1p(passage.tokens().size()) - Math.log1p(Math.max(1, claim.tokens().size()));
    f[12] = 1;
    return f;
  }

  /** The full feature vector: u, v, |u-v|, u*v, then the hand features. */
  public static float[] of(float[] u, float[] v, double[] hand) {
    int d = u.length;
    float[] x = new float[4 * d + hand.length];
    for (int i = 0; i < d; i++) {
      x[i] = u[i];
      x[d + i] = v[i];
      x[2 * d + i] = Math.abs(u[i] - v[i]);
      x[3 * d + i] = u[i] * v[i] * 10f; // products of unit vectors are tiny; rescale
    }
    for (int i = 0; i < hand.length; i++) {
      x[4 * d + i] = (float) hand[i];
    }
    return x;
  }

  /** Cosine of two vectors (they need not be normalised). */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
