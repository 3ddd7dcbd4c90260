package org.factdesk.verify.internal;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Mlp}'s hidden layer with {@code jdk.incubator.vector}: four inputs at a time against a
 * tile of {@link #TILE} hidden units, so that each weight is read once for four inputs. Each lane
 * adds {@code w[j][i] * x[i]} to its unit's sum in the order i = 0, 1..., starting at the bias,
 * with a rounded product and a rounded sum (no fused multiply-add): the same floats as the scalar
 * loop.
 *
 * <p>Only loaded when the module is present ({@link #AVAILABLE} is asked through {@link
 * Mlp#vectorised()}); without it {@link Mlp} keeps its scalar loop.
 */
final class MlpVectors {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

  /** Hidden units per tile: four vectors. */
  static final int TILE = 4 * S.length();

  /** Inputs per pass over the weights. */
  static final int ROWS = 4;

  private MlpVectors() {}

  /**
   * The weights in tile order: for each tile of {@link #TILE} units, for each input i, the tile's
   * weights of input i side by side; units past {@code hidden} (padding up to a whole tile) are
   * zero.
   *
   * @param w1 the weights, hidden x in, row-major
   */
  static float[] pack(float[] w1, int in, int hidden) {
    int tiles = tiles(hidden);
    float[] p = new float[tiles * in * TILE];
    for (int t = 0; t < tiles; t++) {
      for (int i = 0; i < in; i++) {
        int o = (t * in + i) * TILE;
        for (int u = 0; u < TILE; u++) {
          int j = t * TILE + u;
          p[o + u] = j < hidden ? w1[j * in + i] : 0f;
        }
      }
    }
    return p;
  }

  /** The biases padded to whole tiles. */
  static float[] padBias(float[] b1, int hidden) {
    float[] b = new float[tiles(hidden) * TILE];
    System.arraycopy(b1, 0, b, 0, hidden);
    return b;
  }

  static int tiles(int hidden) {
    return (hidden + TILE - 1) / TILE;
  }

  /**
   * The hidden units' sums before the ReLU for inputs {@code xs[from, from + n)} into {@code hs[0,
   * n)} (each of at least {@code hidden} floats).
   */
  static void sums(
      float[] packed,
      float[] bias,
      int in,
      int hidden,
      float[][] xs,
      int from,
      int n,
      float[][] hs) {
    int tiles = tiles(hidden);
    float[] scratch = new float[ROWS * TILE];
    for (int b = 0; b < n; b += ROWS) {
      int last = Math.min(n, b + ROWS) - 1; // missing rows repeat the last input, not stored
      float[] x0 = xs[from + b];
      float[] x1 = xs[from + Math.min(b + 1, last)];
      float[] x2 = xs[from + Math.min(b + 2, last)];
      float[] x3 = xs[from + Math.min(b + 3, last)];
      for (int t = 0; t < tiles; t++) {
        int j0 = t * TILE;
        int l = S.length();
        FloatVector c0 = FloatVector.fromArray(S, bias, j0);
        FloatVector c1 = FloatVector.fromArray(S, bias, j0 + l);
        FloatVector c2 = FloatVector.fromArray(S, bias, j0 + 2 * l);
        FloatVector c3 = FloatVector.fromArray(S, bias, j0 + 3 * l);
        FloatVector a00 = c0;
        FloatVector a01 = c1;
        FloatVector a02 = c2;
        FloatVector a03 = c3;
        FloatVector a10 = c0;
        FloatVector a11 = c1;
        FloatVector a12 = c2;
        FloatVector a13 = c3;
        FloatVector a20 = c0;
        FloatVector a21 = c1;
        FloatVector a22 = c2;
        FloatVector a23 = c3;
        FloatVector a30 = c0;
        FloatVector a31 = c1;
        FloatVector a32 = c2;
        FloatVector a33 = c3;
        int o = t * in * TILE;
        for (int i = 0; i < in; i++, o += TILE) {
          FloatVector w0 = FloatVector.fromArray(S, packed, o);
          FloatVector w1 = FloatVector.fromArray(S, packed, o + l);
          FloatVector w2 = FloatVector.fromArray(S, packed, o + 2 * l);
          FloatVector w3 = FloatVector.fromArray(S, packed, o + 3 * l);
          float v = x0[i];
          a00 = a00.add(w0.mul(v));
          a01 = a01.add(w1.mul(v));
          a02 = a02.add(w2.mul(v));
          a03 = a03.add(w3.mul(v));
          v = x1[i];
          a10 = a10.add(w0.mul(v));
          a11 = a11.add(w1.mul(v));
          a12 = a12.add(w2.mul(v));
          a13 = a13.add(w3.mul(v));
          v = x2[i];
          a20 = a20.add(w0.mul(v));
          a21 = a21.add(w1.mul(v));
          a22 = a22.add(w2.mul(v));
          a23 = a23.add(w3.mul(v));
          v = x3[i];
          a30 = a30.add(w0.mul(v));
          a31 = a31.add(w1.mul(v));
          a32 = a32.add(w2.mul(v));
          a33 = a33.add(w3.mul(v));
        }
        int k = 0;
        a00.intoArray(scratch, k);
        a01.intoArray(scratch, k += l);
        a02.intoArray(scratch, k += l);
        a03.intoArray(scratch, k += l);
        a10.intoArray(scratch, k += l);
        a11.intoArray(scratch, k += l);
        a12.intoArray(scratch, k += l);
        a13.intoArray(scratch, k += l);
        a20.intoArray(scratch, k += l);
        a21.intoArray(scratch, k += l);
        a22.intoArray(scratch, k += l);
        a23.intoArray(scratch, k += l);
        a30.intoArray(scratch, k += l);
        a31.intoArray(scratch, k += l);
        a32.intoArray(scratch, k += l);
        a33.intoArray(scratch, k += l);
        int units = Math.min(TILE, hidden - j0);
        for (int r = b; r <= last; r++) {
          System.arraycopy(scratch, (r - b) * TILE, hs[r], j0, units);
        }
      }
    }
  }
}
