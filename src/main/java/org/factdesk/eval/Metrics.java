package org.factdesk.eval;

import java.util.List;

/** Accuracy, macro-F1 and expected calibration error. */
public final class Metrics {
  private Metrics() {}

  /** Fraction of positions where {@code gold} equals {@code predicted}. */
  public static <T> double accuracy(List<T> gold, List<T> predicted) {
    check(gold, predicted);
    int right = 0;
    for (int i = 0; i < gold.size(); i++) {
      right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
    }
    return gold.isEmpty() ? 0 : right / (double) gold.size();
  }

  /** Mean F1 over {@code labels} (a label never gold nor predicted counts as F1 0). */
  public static <T> double macroF1(List<T> gold, List<T> predicted, List<T> labels) {
    check(gold, predicted);
    double sum = 0;
    for (T l : labels) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = gold.get(i).equals(l);
        boolean p = predicted.get(i).equals(l);
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
      }
      sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return labels.isEmpty() ? 0 : sum / labels.size();
  }

  /**
   * Expected calibration error over {@code bins} equal-width confidence bins: the weighted mean of
   * |accuracy - mean confidence| per bin.
   */
  public static double ece(double[] confidence, boolean[] correct, int bins) {
    if (confidence.length != correct.length) {
      throw new IllegalArgumentException(
          "lengths differ: " + confidence.length + " vs " + correct.length);
    }
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be >= 1, got " + bins);
    }
    double[] conf = new double[bins];
    double[] acc = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < confidence.length; i++) {
      int b = Math.min(bins - 1, (int) Math.floor(confidence[i] * bins));
      b = Math.max(0, b);
      conf[b] += confidence[i];
      acc[b] += correct[i] ? 1 : 0;
      count[b]++;
    }
    double e = 0;
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        e += Math.abs(acc[b] / count[b] - conf[b] / count[b]) * count[b];
      }
    }
    return confidence.length == 0 ? 0 : e / confidence.length;
  }

  private static void check(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("lengths differ: " + a.size() + " vs " + b.size());
    }
  }
}
