package org.factdesk.verify.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.factdesk.verify.StanceVote;

/**
 * The claim-level model of {@link org.factdesk.verify.StanceAggregator}: multinomial logistic
 * regression (SUPPORTED, REFUTED, UNVERIFIED) over pooled features of the independent votes,
 * standardised, with a calibration temperature, and the two decision thresholds.
 *
 * @param mean per-feature mean (standardisation)
 * @param scale per-feature standard deviation
 * @param weights per class, the bias then one weight per feature
 * @param temperature logit temperature (calibration)
 * @param conflict both P(SUPPORTED) and P(REFUTED) at least this: CONFLICTING (1 = never)
 * @param abstain the most probable side below this: UNVERIFIED
 */
public record PooledModel(
    double[] mean,
    double[] scale,
    double[][] weights,
    double temperature,
    double conflict,
    double abstain) {
  /** The feature names, in order. */
  public static final List<String> FEATURES =
      List.of("max_support", "max_refute", "mean_support", "mean_refute", "n_support", "n_refute");

  /** The classes, in order. */
  public static final List<String> CLASSES = List.of("SUPPORTED", "REFUTED", "UNVERIFIED");

  public PooledModel {
    int d = FEATURES.size();
    if (mean.length != d || scale.length != d) {
      throw new IllegalArgumentException(
          "mean and scale must have " + d + " values, got " + mean.length + " and " + scale.length);
    }
    if (weights.length != CLASSES.size()) {
      throw new IllegalArgumentException(
          "weights must have " + CLASSES.size() + " rows, got " + weights.length);
    }
    for (double[] w : weights) {
      if (w.length != d + 1) {
        throw new IllegalArgumentException(
            "each weight row must have " + (d + 1) + " values, got " + w.length);
      }
    }
    for (double s : scale) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("scale must be > 0, got " + s);
      }
    }
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
    }
    if (!(conflict > 0 && conflict <= 1) || !(abstain >= 0 && abstain < 1)) {
      throw new IllegalArgumentException(
          "conflict must be in (0, 1] and abstain in [0, 1), got " + conflict + ", " + abstain);
    }
  }

  /**
   * The pooled features of {@code votes}, near-copies left out: strongest and mean weighted
   * SUPPORTS and REFUTES, and the number of votes whose weighted SUPPORTS (REFUTES) is at least 0.5
   * and above the other.
   */
  public static double[] features(List<StanceVote> votes) {
    double[] f = new double[FEATURES.size()];
    int n = 0;
    for (StanceVote v : votes) {
      if (v.copy()) {
        continue;
      }
      double s = v.support();
      double r = v.refute();
      f[0] = Math.max(f[0], s);
      f[1] = Math.max(f[1], r);
      f[2] += s;
      f[3] += r;
      f[4] += s >= 0.5 && s > r ? 1 : 0;
      f[5] += r >= 0.5 && r > s ? 1 : 0;
      n++;
    }
    if (n > 0) {
      f[2] /= n;
      f[3] /= n;
    }
    return f;
  }

  /** The logits (before the temperature) of features {@code f}. */
  public double[] logits(double[] f) {
    double[] z = new double[weights.length];
    for (int k = 0; k < weights.length; k++) {
      double t = weights[k][0];
      for (int j = 0; j < f.length; j++) {
        t += weights[k][j + 1] * (f[j] - mean[j]) / scale[j];
      }
      z[k] = t;
    }
    return z;
  }

  /** Calibrated probabilities of SUPPORTED, REFUTED, UNVERIFIED for {@code votes}. */
  public double[] probabilities(List<StanceVote> votes) {
    return softmax(logits(features(votes)), temperature);
  }

  /** Softmax of {@code z / t}. */
  public static double[] softmax(double[] z, double t) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v / t);
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] / t - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Reads the parameters written by {@link #toProperties}. */
  public static PooledModel of(Properties p) {
    String f = p.getProperty("features", "");
    if (!f.equals(String.join(",", FEATURES))) {
      throw new IllegalArgumentException("features must be " + FEATURES + ", got '" + f + "'");
    }
    double[][] w = new double[CLASSES.size()][];
    for (int k = 0; k < w.length; k++) {
      w[k] = numbers(p, "weights." + CLASSES.get(k));
    }
    return new PooledModel(
        numbers(p, "mean"),
        numbers(p, "scale"),
        w,
        Double.parseDouble(required(p, "temperature")),
        Double.parseDouble(required(p, "conflict")),
        Double.parseDouble(required(p, "abstain")));
  }

  /** The parameters as properties lines (without a header). */
  public String toProperties() {
    StringBuilder sb = new StringBuilder();
    sb.append("features=").append(String.join(",", FEATURES)).append('\n');
    sb.append("mean=").append(join(mean)).append('\n');
    sb.append("scale=").append(join(scale)).append('\n');
    for (int k = 0; k < weights.length; k++) {
      sb.append("weights.").append(CLASSES.get(k)).append('=').append(join(weights[k]));
      sb.append('\n');
    }
    sb.append(String.format(Locale.ROOT, "temperature=%.4f%n", temperature));
    sb.append(String.format(Locale.ROOT, "conflict=%.2f%n", conflict));
    sb.append(String.format(Locale.ROOT, "abstain=%.2f%n", abstain));
    return sb.toString();
  }

  /** The same model with other calibration and thresholds. */
  public PooledModel with(double temperature, double conflict, double abstain) {
    return new PooledModel(mean, scale, weights, temperature, conflict, abstain);
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("missing '" + key + "'");
    }
    return v.strip();
  }

  private static double[] numbers(Properties p, String key) {
    String[] parts = required(p, key).split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i].strip());
    }
    return out;
  }

  private static String join(double[] v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", v[i]));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "temperature %.2f, conflict %.2f, abstain %.2f, weights %s",
        temperature,
        conflict,
        abstain,
        Arrays.deepToString(weights));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PooledModel m
        && Arrays.equals(mean, m.mean)
        && Arrays.equals(scale, m.scale)
        && Arrays.deepEquals(weights, m.weights)
        && temperature == m.temperature
        && conflict == m.conflict
        && abstain == m.abstain;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mean) * 31 + Arrays.deepHashCode(weights);
  }
}
