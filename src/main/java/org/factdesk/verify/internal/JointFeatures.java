package org.factdesk.verify.internal;

import java.util.List;
import org.factdesk.nlp.Embedder;
import org.factdesk.nlp.Embedder.PairStates;

/**
 * Features of a claim and a passage encoded together by the sentence model ({@code [CLS] claim
 * [SEP] passage [SEP]}): the mean of all token states and the [CLS] state (each L2-normalised),
 * then {@link #ALIGN_NAMES token alignment features}: how well each content piece of the claim is
 * matched by some piece of the passage (cosine of their states, or the same piece), the reverse,
 * claim digits the passage lacks, and negation next to the passage pieces that match the claim.
 */
public final class JointFeatures {
  /** Names of the alignment features, in order. */
  public static final List<String> ALIGN_NAMES =
      List.of(
          "claim_align_mean",
          "claim_align_min",
          "claim_align_below_0.6",
          "claim_align_below_0.8",
          "passage_align_mean",
          "claim_pieces_exact",
          "claim_has_digits",
          "claim_digits_missing",
          "negation_near_match",
          "claim_negated_pieces",
          "passage_negated_pieces");

  /** How far (in pieces) from a matched passage piece a negation counts as near it. */
  private static final int NEAR = 4;

  private JointFeatures() {}

  /** Length of the feature block for model dimension {@code dim}. */
  public static int length(int dim) {
    return 2 * dim + ALIGN_NAMES.size();
  }

  /** The feature block of one jointly encoded pair. */
  public static float[] of(PairStates s) {
    float[][] h = s.states();
    int n = h.length;
    int dim = h[0].length;
    float[] out = new float[length(dim)];
    for (int t = 0; t < n; t++) {
      for (int d = 0; d < dim; d++) {
        out[d] += h[t][d];
      }
    }
    Embedder.normalise(out, 0, dim);
    System.arraycopy(h[0], 0, out, dim, dim);
    Embedder.normalise(out, dim, dim);
    float[][] unit = new float[n][];
    for (int t = 0; t < n; t++) {
      unit[t] = h[t].clone();
      Embedder.normalise(unit[t], 0, dim);
    }
    List<String> p = s.pieces();
    int sep = s.secondStart();
    int end = n - 1; // the final [SEP]
    double[] align = new double[ALIGN_NAMES.size()];
    int count = 0;
    double sum = 0;
    double min = 1;
    int below6 = 0;
    int below8 = 0;
    int exact = 0;
    int digits = 0;
    int digitsMissing = 0;
    boolean negNear = false;
    double[][] cosines = cosines(unit, sep, end);
    for (int c = 1; c < sep - 1; c++) {
      if (!content(p.get(c))) {
        continue;
      }
      double best = -1;
      int arg = -1;
      boolean same = false;
      for (int q = sep; q < end; q++) {
        double cos = cosines[c][q - sep];
        if (cos > best) {
          best = cos;
          arg = q;
        }
        same |= p.get(q).equals(p.get(c));
      }
      if (arg < 0) {
        continue;
      }
      count++;
      sum += best;
      min = Math.min(min, best);
      below6 += best < 0.6 ? 1 : 0;
      below8 += best < 0.8 ? 1 : 0;
      exact += same ? 1 : 0;
      if (digit(p.get(c))) {
        digits++;
        digitsMissing += same ? 0 : 1;
      }
      for (int q = Math.max(sep, arg - NEAR); q <= Math.min(end - 1, arg + NEAR); q++) {
        negNear |= negation(p, q);
      }
    }
    if (count > 0) {
      align[0] = sum / count;
      align[1] = min;
      align[2] = below6 / (double) count;
      align[3] = below8 / (double) count;
      align[5] = exact / (double) count;
    }
    double back = 0;
    int backCount = 0;
    for (int q = sep; q < end; q++) {
      if (!content(p.get(q))) {
        continue;
      }
      double best = -1;
      for (int c = 1; c < sep - 1; c++) {
        best = Math.max(best, cosines[c][q - sep]);
      }
      if (best > -1) {
        back += best;
        backCount++;
      }
    }
    align[4] = backCount == 0 ? 0 : back / backCount;
    align[6] = digits > 0 ? 1 : 0;
    align[7] = digits == 0 ? 0 : digitsMissing / (double) digits;
    int claimNeg = 0;
    for (int c = 1; c < sep - 1; c++) {
      claimNeg += negation(p, c) ? 1 : 0;
    }
    int passageNeg = 0;
    for (int q = sep; q < end; q++) {
      passageNeg += negation(p, q) ? 1 : 0;
    }
    align[8] = negNear && claimNeg == 0 ? 1 : 0;
    align[9] = Math.min(claimNeg, 2);
    align[10] = Math.min(passageNeg, 2);
    for (int i = 0; i < align.length; i++) {
      out[2 * dim + i] = (float) align[i];
    }
    return out;
  }

  /**
   * A piece that carries meaning: letters or digits, not a stop word, negation or special token.
   */
  static boolean content(String piece) {
    if (piece.startsWith("[")) {
      return false;
    }
    String w = piece.startsWith("##") ? piece.substring(2) : piece;
    boolean alnum = false;
    for (int i = 0; i < w.length(); i++) {
      alnum |= Character.isLetterOrDigit(w.charAt(i));
    }
    return alnum && !TextSignals.isStopWord(w) && !TextSignals.isNegation(w);
  }

  static boolean digit(String piece) {
    String w = piece.startsWith("##") ? piece.substring(2) : piece;
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "not", "never"... or the "t" of "didn ' t" (the tokenizer splits the apostrophe off). */
  static boolean negation(List<String> pieces, int i) {
    String w = pieces.get(i);
    if (TextSignals.isNegation(w)) {
      return true;
    }
    return w.equals("t")
        && i >= 2
        && pieces.get(i - 1).equals("'")
        && pieces.get(i - 2).endsWith("n");
  }

  /**
   * The cosine of each claim piece's state ({@code c} from 1 to {@code sep - 2}) with each passage
   * piece's ({@code q} from {@code sep} to {@code end - 1}, at {@code q - sep}): each the same sum
   * as {@link #dot}, in the same order, computed once for the claim-to-passage and the
   * passage-to-claim alignment, four passage pieces at a time (independent sums the processor can
   * overlap).
   */
  static double[][] cosines(float[][] unit, int sep, int end) {
    int m = Math.max(0, end - sep);
    double[][] out = new double[Math.max(1, sep - 1)][m];
    for (int c = 1; c < sep - 1; c++) {
      float[] a = unit[c];
      double[] row = out[c];
      int q = sep;
      for (; q + 3 < end; q += 4) {
        float[] b0 = unit[q];
        float[] b1 = unit[q + 1];
        float[] b2 = unit[q + 2];
        float[] b3 = unit[q + 3];
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < a.length; i++) {
          float x = a[i];
          s0 += x * b0[i];
          s1 += x * b1[i];
          s2 += x * b2[i];
          s3 += x * b3[i];
        }
        row[q - sep] = s0;
        row[q + 1 - sep] = s1;
        row[q + 2 - sep] = s2;
        row[q + 3 - sep] = s3;
      }
      for (; q < end; q++) {
        row[q - sep] = dot(a, unit[q]);
      }
    }
    return out;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
