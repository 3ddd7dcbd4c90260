package org.factdesk.claims.internal;

import java.util.SplittableRandom;

/**
 * One-hidden-layer ReLU network trained with plain SGD on flat float arrays (seeded initialisation
 * and shuffles), with the number of epochs chosen by best-threshold positive-class F1 on a tuning
 * split (the weights of the best epoch are kept).
 */
final class FastMlp {
  private final int dim;
  private final int hidden;
  private final float[] w1;
  private final float[] b1;
  private final float[] w2;
  private float b2;
  private int epochs;

  private FastMlp(int dim, int hidden, long seed) {
    this.dim = dim;
    this.hidden = hidden;
    this.w1 = new float[hidden * dim];
    this.b1 = new float[hidden];
    this.w2 = new float[hidden];
    SplittableRandom rnd = new SplittableRandom(seed);
    double s = Math.sqrt(2.0 / dim);
    for (int i = 0; i < w1.length; i++) {
      w1[i] = (float) ((rnd.nextDouble() * 2 - 1) * s);
    }
    for (int j = 0; j < hidden; j++) {
      w2[j] = (float) ((rnd.nextDouble() * 2 - 1) * Math.sqrt(1.0 / hidden));
    }
  }

  int epochs() {
    return epochs;
  }

  static FastMlp trainChoosingEpochs(
      float[][] x,
      boolean[] y,
      float[][] tuneX,
      boolean[] tuneY,
      int hidden,
      int maxEpochs,
      double rate,
      double posWeight) {
    return trainChoosingEpochs(
        x, y, tuneX, tuneY, hidden, maxEpochs, rate, posWeight, Trainer.SEED);
  }

  static FastMlp trainChoosingEpochs(
      float[][] x,
      boolean[] y,
      float[][] tuneX,
      boolean[] tuneY,
      int hidden,
      int maxEpochs,
      double rate,
      double posWeight,
      long seed) {
    int d = x[0].length;
    FastMlp m = new FastMlp(d, hidden, seed);
    FastMlp best = null;
    double bestF1 = -1;
    SplittableRandom rnd = new SplittableRandom(seed + 1);
    int[] order = EmbeddingExperiment.identity(x.length);
    float[] h = new float[hidden];
    for (int e = 1; e <= maxEpochs; e++) {
      EmbeddingExperiment.shuffle(order, rnd);
      for (int idx : order) {
        m.step(x[idx], y[idx], h, (float) rate, posWeight);
      }
      double f1 = EmbeddingExperiment.bestThreshold(tuneY, m.logits(tuneX))[1];
      if (f1 > bestF1) {
        bestF1 = f1;
        best = m.copy();
        best.epochs = e;
      }
    }
    return best;
  }

  private void step(float[] xi, boolean yi, float[] h, float rate, double posWeight) {
    double z = forward(xi, h);
    float g = (float) ((LinearModel.sigmoid(z) - (yi ? 1 : 0)) * (yi ? posWeight : 1));
    for (int j = 0; j < hidden; j++) {
      if (h[j] > 0) {
        float gh = rate * g * w2[j];
        int off = j * dim;
        for (int k = 0; k < dim; k++) {
          w1[off + k] -= gh * xi[k];
        }
        b1[j] -= gh;
      }
      w2[j] -= rate * g * h[j];
    }
    b2 -= rate * g;
  }

  private double forward(float[] xi, float[] h) {
    double z = b2;
    for (int j = 0; j < hidden; j++) {
      float a = b1[j];
      int off = j * dim;
      for (int k = 0; k < dim; k++) {
        a += w1[off + k] * xi[k];
      }
      h[j] = Math.max(0, a);
      z += w2[j] * h[j];
    }
    return z;
  }

  double[] logits(float[][] x) {
    float[] h = new float[hidden];
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = forward(x[i], h);
    }
    return out;
  }

  private FastMlp copy() {
    FastMlp c = new FastMlp(dim, hidden, 0);
    System.arraycopy(w1, 0, c.w1, 0, w1.length);
    System.arraycopy(b1, 0, c.b1, 0, b1.length);
    System.arraycopy(w2, 0, c.w2, 0, w2.length);
    c.b2 = b2;
    c.epochs = epochs;
    return c;
  }

  EmbeddingMlp toModel() {
    return new EmbeddingMlp(dim, w1.clone(), b1.clone(), w2.clone(), b2);
  }
}
