package org.factdesk.comments.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Weights of the trained style model: logistic regression over {@link StyleFeatures}. Stored sparse
 * and gzipped: a magic number, the hash bits, the bias, the number of non-zero weights, then
 * (index, weight) pairs.
 */
public final class StyleWeights {
  private static final int MAGIC = 0x5354594C;

  private final float[] w;
  private float bias;

  /** Weight of the hand-set model's logit, a dense input beside the n-grams. */
  private float hand;

  public StyleWeights() {
    this(new float[StyleFeatures.DIM], 0, 0);
  }

  private StyleWeights(float[] w, float bias, float hand) {
    if (w.length != StyleFeatures.DIM) {
      throw new IllegalArgumentException(
          "weights must have " + StyleFeatures.DIM + " entries, got " + w.length);
    }
    this.w = w;
    this.bias = bias;
    this.hand = hand;
  }

  /** The logit of a normalised text whose hand-set logit is {@code handLogit}. */
  public double logit(String norm, double handLogit) {
    double[] z = {bias + hand * handLogit};
    StyleFeatures.forEach(norm, (index, kind, text, start, end) -> z[0] += w[index]);
    return z[0];
  }

  public double probability(String norm, double handLogit) {
    return 1 / (1 + Math.exp(-logit(norm, handLogit)));
  }

  public double handWeight() {
    return hand;
  }

  /**
   * One stochastic gradient step of the log loss with an L2 penalty on the touched weights; the
   * step is divided by the square root of the number of features.
   */
  public void step(
      String norm, int featureCount, double handLogit, boolean machine, double lr, double l2) {
    double g = (machine ? 1 : 0) - probability(norm, handLogit);
    float s = (float) (lr * g / Math.sqrt(featureCount));
    float decay = (float) (1 - lr * l2);
    StyleFeatures.forEach(
        norm,
        (index, kind, text, start, end) -> {
          w[index] = w[index] * decay + s;
        });
    bias += (float) (lr * g * 0.1);
    hand += (float) (lr * g * 0.1 * handLogit);
  }

  /** The n-grams of a normalised text that push most towards "machine" ({@code n} at most). */
  public List<String> topMachineGrams(String norm, int n) {
    record G(String text, float w) {}
    List<G> gs = new ArrayList<>();
    StyleFeatures.forEach(
        norm,
        (index, kind, text, start, end) -> {
          if (kind == 'w' && w[index] > 0) {
            gs.add(new G(text.substring(start, end), w[index]));
          }
        });
    gs.sort(Comparator.comparingDouble((G g) -> -g.w()));
    List<String> out = new ArrayList<>();
    for (G g : gs) {
      String t = "'" + g.text() + "'";
      if (!out.contains(t)) {
        out.add(t);
      }
      if (out.size() == n) {
        break;
      }
    }
    return out;
  }

  public int nonZero() {
    int n = 0;
    for (float x : w) {
      n += x != 0 ? 1 : 0;
    }
    return n;
  }

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(gz);
    d.writeInt(MAGIC);
    d.writeInt(StyleFeatures.BITS);
    d.writeFloat(bias);
    d.writeFloat(hand);
    d.writeInt(nonZero());
    for (int i = 0; i < w.length; i++) {
      if (w[i] != 0) {
        d.writeInt(i);
        d.writeFloat(w[i]);
      }
    }
    d.flush();
    gz.finish();
  }

  public static StyleWeights read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in));
    int magic = d.readInt();
    if (magic != MAGIC) {
      throw new IOException(String.format(Locale.ROOT, "not a style model (magic %08x)", magic));
    }
    int bits = d.readInt();
    if (bits != StyleFeatures.BITS) {
      throw new IOException(
          "style model has " + bits + " hash bits, the code " + StyleFeatures.BITS);
    }
    float bias = d.readFloat();
    float hand = d.readFloat();
    int n = d.readInt();
    float[] w = new float[StyleFeatures.DIM];
    for (int k = 0; k < n; k++) {
      int i = d.readInt();
      if (i < 0 || i >= w.length) {
        throw new IOException("style model index out of range: " + i);
      }
      w[i] = d.readFloat();
    }
    return new StyleWeights(w, bias, hand);
  }
}
