package org.factdesk.claims.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A one-hidden-layer network (ReLU) from a sentence embedding to the log-odds of the sentence being
 * check-worthy. Stored as a gzip'd binary: magic, input dimension, hidden size, w1 (hidden x input,
 * row-major), b1, w2, b2.
 */
public final class EmbeddingMlp {
  private static final int MAGIC = 0x46444345; // "FDCE"

  private final int dim;
  private final float[] w1;
  private final float[] b1;
  private final float[] w2;
  private final float b2;

  public EmbeddingMlp(int dim, float[] w1, float[] b1, float[] w2, float b2) {
    if (dim < 1) {
      throw new IllegalArgumentException("dim must be >= 1, got " + dim);
    }
    if (b1.length < 1 || w2.length != b1.length || w1.length != b1.length * dim) {
      throw new IllegalArgumentException(
          "inconsistent sizes: dim "
              + dim
              + ", w1 "
              + w1.length
              + ", b1 "
              + b1.length
              + ", w2 "
              + w2.length);
    }
    this.dim = dim;
    this.w1 = w1;
    this.b1 = b1;
    this.w2 = w2;
    this.b2 = b2;
  }

  /** The input dimension (the embedding's). */
  public int dim() {
    return dim;
  }

  /** Log-odds of the sentence with embedding {@code x} being check-worthy. */
  public double logit(float[] x) {
    if (x.length != dim) {
      throw new IllegalArgumentException(
          "embedding must have " + dim + " dimensions, got " + x.length);
    }
    double z = b2;
    for (int j = 0; j < b1.length; j++) {
      double a = b1[j];
      int off = j * dim;
      for (int k = 0; k < dim; k++) {
        a += w1[off + k] * x[k];
      }
      if (a > 0) {
        z += w2[j] * a;
      }
    }
    return z;
  }

  public void write(OutputStream out) throws IOException {
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
      d.writeInt(MAGIC);
      d.writeInt(dim);
      d.writeInt(b1.length);
      for (float v : w1) {
        d.writeFloat(v);
      }
      for (float v : b1) {
        d.writeFloat(v);
      }
      for (float v : w2) {
        d.writeFloat(v);
      }
      d.writeFloat(b2);
    }
  }

  public static EmbeddingMlp read(InputStream in) throws IOException {
    try (DataInputStream d = new DataInputStream(new GZIPInputStream(in))) {
      int magic = d.readInt();
      if (magic != MAGIC) {
        throw new IOException(
            "not a check-worthiness embedding model (magic " + Integer.toHexString(magic) + ")");
      }
      int dim = d.readInt();
      int hidden = d.readInt();
      if (dim < 1 || dim > 4096 || hidden < 1 || hidden > 4096) {
        throw new IOException("model sizes out of range: dim " + dim + ", hidden " + hidden);
      }
      float[] w1 = new float[hidden * dim];
      for (int i = 0; i < w1.length; i++) {
        w1[i] = d.readFloat();
      }
      float[] b1 = new float[hidden];
      for (int i = 0; i < hidden; i++) {
        b1[i] = d.readFloat();
      }
      float[] w2 = new float[hidden];
      for (int i = 0; i < hidden; i++) {
        w2[i] = d.readFloat();
      }
      return new EmbeddingMlp(dim, w1, b1, w2, d.readFloat());
    }
  }
}
