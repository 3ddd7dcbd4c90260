package org.factdesk.claims.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Logistic regression over hashed {@link Features}: {@code p = sigmoid(bias + sum(w[slot]) /
 * sqrt(n))}. {@code threshold} is the probability above which a sentence counts as check-worthy
 * (tuned on the dev split). Stored as a gzip'd binary: magic, dim, bias, threshold, weights.
 */
public final class LinearModel {
  private static final int MAGIC = 0x46444357; // "FDCW"

  private final float[] weights;
  private final float bias;
  private final float threshold;

  /** A feature and how much it pushed the log-odds. */
  public record Contribution(String feature, double weight) {}

  public LinearModel(float[] weights, float bias, float threshold) {
    if (weights.length == 0 || Integer.bitCount(weights.length) != 1) {
      throw new IllegalArgumentException(
          "weights length must be a power of two, got " + weights.length);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    this.weights = weights;
    this.bias = bias;
    this.threshold = threshold;
  }

  public int dim() {
    return weights.length;
  }

  public float threshold() {
    return threshold;
  }

  /** Log-odds of the sentence being check-worthy. */
  public double logit(String text) {
    int[] slots = Features.slots(text, weights.length);
    return logit(slots);
  }

  double logit(int[] slots) {
    double sum = 0;
    for (int s : slots) {
      sum += weights[s];
    }
    return bias + (slots.length == 0 ? 0 : sum / Math.sqrt(slots.length));
  }

  /** Probability of the sentence being check-worthy. */
  public double score(String text) {
    return sigmoid(logit(text));
  }

  /** The {@code k} features that moved the log-odds most, largest magnitude first. */
  public List<Contribution> explain(String text, int k) {
    List<String> names = Features.names(text);
    double scale = names.isEmpty() ? 0 : 1 / Math.sqrt(names.size());
    Map<String, Double> by = new LinkedHashMap<>();
    for (String n : names) {
      by.merge(n, weights[Features.slot(n, weights.length)] * scale, Double::sum);
    }
    List<Contribution> out = new ArrayList<>();
    by.forEach((n, w) -> out.add(new Contribution(n, w)));
    out.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight())));
    return List.copyOf(out.subList(0, Math.min(k, out.size())));
  }

  public static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  public void write(OutputStream out) throws IOException {
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
      d.writeInt(MAGIC);
      d.writeInt(weights.length);
      d.writeFloat(bias);
      d.writeFloat(threshold);
      for (float w : weights) {
        d.writeFloat(w);
      }
    }
  }

  public static LinearModel read(InputStream in) throws IOException {
    try (DataInputStream d = new DataInputStream(new GZIPInputStream(in))) {
      int magic = d.readInt();
      if (magic != MAGIC) {
        throw new IOException(
            "not a check-worthiness model (magic " + Integer.toHexString(magic) + ")");
      }
      int dim = d.readInt();
      if (dim <= 0 || dim > (1 << 24)) {
        throw new IOException("model dimension out of range: " + dim);
      }
      float bias = d.readFloat();
      float threshold = d.readFloat();
      float[] w = new float[dim];
      for (int i = 0; i < dim; i++) {
        w[i] = d.readFloat();
      }
      return new LinearModel(w, bias, threshold);
    }
  }
}
