package org.factdesk.verify.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * A one-hidden-layer perceptron with a softmax output, trained with seeded mini-batch Adam, and its
 * small binary file format ("FDMLP1", sizes, float32 weights, CRC-32 of the weights).
 */
public final class Mlp {
  private static final String MAGIC = "FDMLP1";
  private static final int MAX_SIZE = 1 << 22;

  private final int in;
  private final int hidden;
  private final int out;
  private final float[] w1; // hidden x in
  private final float[] b1;
  private final float[] w2; // out x hidden
  private final float[] b2;

  /**
   * {@code w1} transposed (in x hidden), built on first prediction and dropped by training: the
   * prediction loop then runs over contiguous hidden units, which the JIT can vectorise.
   */
  private volatile float[] w1t;

  public Mlp(int in, int hidden, int out, long seed) {
    this(in, hidden, out);
    SplittableRandom r = new SplittableRandom(seed);
    double s1 = Math.sqrt(2.0 / in);
    for (int i = 0; i < w1.length; i++) {
      w1[i] = (float) (gaussian(r) * s1);
    }
    double s2 = Math.sqrt(1.0 / hidden);
    for (int i = 0; i < w2.length; i++) {
      w2[i] = (float) (gaussian(r) * s2);
    }
  }

  /** All weights zero (to be filled by {@link #read} or {@link #average}). */
  private Mlp(int in, int hidden, int out) {
    if (in < 1 || hidden < 1 || out < 2) {
      throw new IllegalArgumentException(
          "sizes must be in >= 1, hidden >= 1, out >= 2, got " + in + "/" + hidden + "/" + out);
    }
    this.in = in;
    this.hidden = hidden;
    this.out = out;
    w1 = new float[hidden * in];
    b1 = new float[hidden];
    w2 = new float[out * hidden];
    b2 = new float[out];
  }

  private static double gaussian(SplittableRandom r) {
    double u1 = Math.max(1e-12, r.nextDouble());
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  public int inputs() {
    return in;
  }

  public int outputs() {
    return out;
  }

  /** Class probabilities for one input; {@code temperature} divides the logits (1 = as trained). */
  public double[] predict(float[] x, double temperature) {
    return predictAll(new float[][] {x}, temperature)[0];
  }

  /**
   * Class probabilities for several inputs, each exactly as {@link #predict} gives it (one
   * transposed copy of the weights, work arrays shared).
   */
  public double[][] predictAll(float[][] xs, double temperature) {
    return predictAll(xs, temperature, useVectors(xs.length));
  }

  /** As {@link #predictAll(float[][], double)}, by the vector loop or the scalar one. */
  double[][] predictAll(float[][] xs, double temperature, boolean vectors) {
    for (float[] x : xs) {
      if (x.length != in) {
        throw new IllegalArgumentException("input must have " + in + " values, got " + x.length);
      }
    }
    double[][] probs = new double[xs.length][];
    float[][] hs = new float[Math.min(xs.length, BLOCK)][hidden];
    for (int from = 0; from < xs.length; from += BLOCK) {
      int n = Math.min(BLOCK, xs.length - from);
      hiddenLayers(xs, from, n, hs, vectors);
      for (int b = 0; b < n; b++) {
        double[] logits = output(hs[b]);
        for (int k = 0; k < out; k++) {
          logits[k] /= temperature;
        }
        probs[from + b] = softmax(logits);
      }
    }
    return probs;
  }

  /** Inputs whose hidden layers are computed into one set of work arrays. */
  private static final int BLOCK = 8;

  /**
   * The hidden layers of inputs {@code xs[from, from + n)} into {@code hs[0, n)}, with the same
   * sums in the same order as {@link #hiddenLayer} (so the same floats): each unit's sum starts at
   * its bias and adds {@code w1[j][i] * x[i]} for i = 0, 1...; but the loop runs over the units for
   * each input, on the transposed weights, so that the JIT can vectorise it (no reduction across
   * lanes): 2.5 times faster than the row-by-row loop for the joint head. Zero inputs add nothing
   * and are skipped. (Reading each weight row once for several inputs was slower in this scalar
   * loop; {@link MlpVectors} does it with the vector API, same floats.)
   */
  private void hiddenLayers(float[][] xs, int from, int n, float[][] hs, boolean vectors) {
    if (vectors) {
      float[][] p = packed();
      MlpVectors.sums(p[0], p[1], in, hidden, xs, from, n, hs);
      for (int b = 0; b < n; b++) {
        float[] h = hs[b];
        for (int j = 0; j < hidden; j++) {
          h[j] = h[j] > 0 ? h[j] : 0;
        }
      }
      return;
    }
    float[] t = transposed();
    for (int b = 0; b < n; b++) {
      float[] x = xs[from + b];
      float[] h = hs[b];
      System.arraycopy(b1, 0, h, 0, hidden);
      for (int i = 0; i < in; i++) {
        float xi = x[i];
        if (xi == 0f) {
          continue;
        }
        int base = i * hidden;
        for (int j = 0; j < hidden; j++) {
          h[j] += t[base + j] * xi;
        }
      }
      for (int j = 0; j < hidden; j++) {
        h[j] = h[j] > 0 ? h[j] : 0;
      }
    }
  }

  /** Raw logits for one input. */
  public double[] logits(float[] x) {
    if (x.length != in) {
      throw new IllegalArgumentException("input must have " + in + " values, got " + x.length);
    }
    float[][] h = new float[1][hidden];
    hiddenLayers(new float[][] {x}, 0, 1, h, useVectors(1));
    return output(h[0]);
  }

  /** Raw logits by the plain row-by-row loop (the one training uses), to test the fast one. */
  double[] referenceLogits(float[] x) {
    float[] h = new float[hidden];
    hiddenLayer(x, h);
    return output(h);
  }

  /**
   * JVM property: {@code false} keeps the scalar hidden-layer loop even when {@code
   * jdk.incubator.vector} is there (same floats either way; for comparisons).
   */
  public static final String VECTOR_PROPERTY = "factdesk.mlp.vector";

  /**
   * JVM property: inputs (of all heads) computed by the scalar loop before the vector loop is
   * warmed up to take over ({@link VectorSwitch}); default 1,000.
   */
  public static final String VECTOR_AFTER_PROPERTY = "factdesk.mlp.vectorAfter";

  /**
   * Whether this JVM can compute the hidden layers with {@link MlpVectors} ({@code
   * jdk.incubator.vector} in the boot layer, as the launcher and the tests add it, and not turned
   * off by {@link #VECTOR_PROPERTY}).
   */
  public static boolean vectorised() {
    return VectorSwitch.AVAILABLE;
  }

  private boolean useVectors(int n) {
    return VectorSwitch.use(this, n);
  }

  int hiddenUnits() {
    return hidden;
  }

  /** {@link MlpVectors#pack packed} weights and padded biases, built on first use. */
  private volatile float[][] packed;

  private float[][] packed() {
    float[][] p = packed;
    if (p == null) {
      p = new float[][] {MlpVectors.pack(w1, in, hidden), MlpVectors.padBias(b1, hidden)};
      packed = p;
    }
    return p;
  }

  private float[] transposed() {
    float[] t = w1t;
    if (t == null) {
      t = new float[in * hidden];
      for (int j = 0; j < hidden; j++) {
        for (int i = 0; i < in; i++) {
          t[i * hidden + j] = w1[j * in + i];
        }
      }
      w1t = t;
    }
    return t;
  }

  private void hiddenLayer(float[] x, float[] h) {
    for (int j = 0; j < hidden; j++) {
      float s = b1[j];
      int base = j * in;
      for (int i = 0; i < in; i++) {
        s += w1[base + i] * x[i];
      }
      h[j] = s > 0 ? s : 0;
    }
  }

  private double[] output(float[] h) {
    double[] z = new double[out];
    for (int k = 0; k < out; k++) {
      double s = b2[k];
      for (int j = 0; j < hidden; j++) {
        s += w2[k * hidden + j] * h[j];
      }
      z[k] = s;
    }
    return z;
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /**
   * Trains with Adam on mini-batches of 32, shuffled with {@code seed}, with L2 weight decay and
   * per-example weights (to balance classes).
   */
  public void train(
      float[][] xs, int[] ys, double[] weights, int epochs, double lr, double l2, long seed) {
    w1t = null; // the weights change
    packed = null;
    int n = xs.length;
    SplittableRandom r = new SplittableRandom(seed);
    float[][] params = {w1, b1, w2, b2};
    float[][] m = new float[4][];
    float[][] v = new float[4][];
    float[][] g = new float[4][];
    for (int p = 0; p < 4; p++) {
      m[p] = new float[params[p].length];
      v[p] = new float[params[p].length];
      g[p] = new float[params[p].length];
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    float[] h = new float[hidden];
    double[] dh = new double[hidden];
    int step = 0;
    int batch = 32;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int start = 0; start < n; start += batch) {
        int end = Math.min(n, start + batch);
        for (float[] gp : g) {
          java.util.Arrays.fill(gp, 0f);
        }
        double wsum = 0;
        for (int b = start; b < end; b++) {
          int idx = order[b];
          float[] x = xs[idx];
          double w = weights[idx];
          wsum += w;
          hiddenLayer(x, h);
          double[] p = softmax(output(h));
          java.util.Arrays.fill(dh, 0);
          for (int k = 0; k < out; k++) {
            double d = (p[k] - (ys[idx] == k ? 1 : 0)) * w;
            g[3][k] += (float) d;
            for (int j = 0; j < hidden; j++) {
              g[2][k * hidden + j] += (float) (d * h[j]);
              dh[j] += d * w2[k * hidden + j];
            }
          }
          for (int j = 0; j < hidden; j++) {
            if (h[j] <= 0) {
              continue;
            }
            float d = (float) dh[j];
            g[1][j] += d;
            int base = j * in;
            for (int i = 0; i < in; i++) {
              g[0][base + i] += d * x[i];
            }
          }
        }
        step++;
        double b1c = 1 - Math.pow(0.9, step);
        double b2c = 1 - Math.pow(0.999, step);
        for (int p = 0; p < 4; p++) {
          float[] w = params[p];
          boolean decay = p == 0 || p == 2;
          for (int i = 0; i < w.length; i++) {
            double grad = g[p][i] / wsum + (decay ? l2 * w[i] : 0);
            m[p][i] = (float) (0.9 * m[p][i] + 0.1 * grad);
            v[p][i] = (float) (0.999 * v[p][i] + 0.001 * grad * grad);
            w[i] -= (float) (lr * (m[p][i] / b1c) / (Math.sqrt(v[p][i] / b2c) + 1e-8));
          }
        }
      }
    }
  }

  /** Writes the model in its binary format. */
  public void write(OutputStream os) throws IOException {
    DataOutputStream d = new DataOutputStream(os);
    d.writeUTF(MAGIC);
    d.writeInt(in);
    d.writeInt(hidden);
    d.writeInt(out);
    byte[] body = body();
    d.writeInt(body.length);
    d.write(body);
    CRC32 crc = new CRC32();
    crc.update(body);
    d.writeLong(crc.getValue());
    d.flush();
  }

  private byte[] body() {
    ByteBuffer bb =
        ByteBuffer.allocate(4 * (w1.length + b1.length + w2.length + b2.length))
            .order(ByteOrder.LITTLE_ENDIAN);
    for (float[] a : new float[][] {w1, b1, w2, b2}) {
      for (float f : a) {
        bb.putFloat(f);
      }
    }
    return bb.array();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not such a model, is truncated or its checksum differs
   */
  public static Mlp read(InputStream is) throws IOException {
    DataInputStream d = new DataInputStream(is);
    String magic;
    try {
      magic = d.readUTF();
    } catch (IOException e) {
      throw new IOException("not a factdesk MLP file (no header)", e);
    }
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a factdesk MLP file (header " + magic.length() + " chars)");
    }
    int in = d.readInt();
    int hidden = d.readInt();
    int out = d.readInt();
    int len = d.readInt();
    long expected = 4L * ((long) hidden * in + hidden + (long) out * hidden + out);
    if (in < 1 || hidden < 1 || out < 2 || len != expected || len > MAX_SIZE) {
      throw new IOException(
          "corrupt MLP header: in=" + in + " hidden=" + hidden + " out=" + out + " bytes=" + len);
    }
    byte[] body = d.readNBytes(len);
    if (body.length != len) {
      throw new IOException("truncated MLP file: " + body.length + " of " + len + " bytes");
    }
    long crcStored = d.readLong();
    CRC32 crc = new CRC32();
    crc.update(body);
    if (crc.getValue() != crcStored) {
      throw new IOException("MLP file checksum mismatch");
    }
    Mlp m = new Mlp(in, hidden, out);
    ByteBuffer bb = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
    for (float[] a : new float[][] {m.w1, m.b1, m.w2, m.b2}) {
      for (int i = 0; i < a.length; i++) {
        a[i] = bb.getFloat();
      }
    }
    return m;
  }

  /**
   * One perceptron whose logits are the mean of the logits of {@code members} (same input and
   * output sizes): their hidden units side by side, output weights divided by their number. A seed
   * ensemble stored and run as a single head.
   */
  public static Mlp average(java.util.List<Mlp> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("members must not be empty");
    }
    Mlp first = members.get(0);
    int total = 0;
    for (Mlp m : members) {
      if (m.in != first.in || m.out != first.out) {
        throw new IllegalArgumentException(
            "members must have the same inputs and outputs, got "
                + m.in
                + "/"
                + m.out
                + " vs "
                + first.in
                + "/"
                + first.out);
      }
      total += m.hidden;
    }
    Mlp a = new Mlp(first.in, total, first.out);
    float k = members.size();
    int at = 0;
    for (Mlp m : members) {
      System.arraycopy(m.w1, 0, a.w1, at * m.in, m.w1.length);
      System.arraycopy(m.b1, 0, a.b1, at, m.hidden);
      for (int o = 0; o < m.out; o++) {
        for (int j = 0; j < m.hidden; j++) {
          a.w2[o * total + at + j] = m.w2[o * m.hidden + j] / k;
        }
        a.b2[o] += m.b2[o] / k;
      }
      at += m.hidden;
    }
    return a;
  }

  /** The model's bytes, as {@link #write} writes them. */
  public byte[] toBytes() {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try {
      write(bos);
    } catch (IOException e) {
      throw new IllegalStateException("in-memory write failed", e);
    }
    return bos.toByteArray();
  }
}
