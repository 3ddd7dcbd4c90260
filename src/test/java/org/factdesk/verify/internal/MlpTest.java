package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class MlpTest {
  @Test
  void averageGivesTheMeanOfTheMembersLogits() throws Exception {
    Mlp a = new Mlp(5, 3, 3, 1);
    Mlp b = new Mlp(5, 4, 3, 2);
    Mlp c = new Mlp(5, 2, 3, 3);
    Mlp avg = Mlp.average(List.of(a, b, c));
    assertThat(avg.inputs()).isEqualTo(5);
    float[] x = {0.5f, -1f, 2f, 0.25f, 1f};
    double[] la = a.logits(x);
    double[] lb = b.logits(x);
    double[] lc = c.logits(x);
    double[] got = avg.logits(x);
    for (int k = 0; k < 3; k++) {
      assertThat(got[k]).isCloseTo((la[k] + lb[k] + lc[k]) / 3, within(1e-5));
    }
    // it survives a write and read as one head
    Mlp back = Mlp.read(new ByteArrayInputStream(avg.toBytes()));
    assertThat(back.logits(x)[0]).isCloseTo(got[0], within(1e-6));
  }

  @Test
  void averageRefusesMembersOfDifferentShapes() {
    assertThatThrownBy(() -> Mlp.average(List.of(new Mlp(5, 3, 3, 1), new Mlp(6, 3, 3, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same inputs and outputs");
    assertThatThrownBy(() -> Mlp.average(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fastLogitsEqualTheRowByRowLoopExactlyAlsoAfterTraining() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    Mlp m = new Mlp(37, 19, 3, 5);
    float[][] xs = new float[40][37];
    int[] ys = new int[40];
    double[] ws = new double[40];
    for (int n = 0; n < xs.length; n++) {
      for (int i = 0; i < 37; i++) {
        xs[n][i] = i % 5 == 0 ? 0f : (float) (r.nextDouble() * 4 - 2); // some zero inputs
      }
      ys[n] = n % 3;
      ws[n] = 1;
    }
    for (float[] x : xs) {
      assertThat(m.logits(x)).containsExactly(m.referenceLogits(x));
    }
    m.train(xs, ys, ws, 3, 0.01, 1e-4, 11); // the transposed copy must follow the new weights
    for (float[] x : xs) {
      assertThat(m.logits(x)).containsExactly(m.referenceLogits(x));
      double[] p = m.predict(x, 1.0);
      assertThat(p).containsExactly(Mlp.softmax(m.referenceLogits(x)));
    }
    // many inputs at once (several blocks): each exactly as alone
    double[][] all = m.predictAll(xs, 1.7);
    assertThat(all).hasNumberOfRows(xs.length);
    for (int n = 0; n < xs.length; n++) {
      assertThat(all[n]).containsExactly(m.predict(xs[n], 1.7));
    }
    assertThat(m.predictAll(new float[0][], 1)).isEmpty();
    assertThatThrownBy(() -> m.predictAll(new float[][] {xs[0], new float[3]}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input must have 37 values, got 3");
  }

  @Test
  void theVectorLoopGivesTheRowByRowFloatsForTheShippedShapes() {
    // the tests run with jdk.incubator.vector, as the launcher does: both loops (MlpVectors and the
    // transposed scalar one) against the row-by-row loop training uses
    assertThat(Mlp.vectorised()).isTrue();
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int[] shape : new int[][] {{1549, 384}, {2328, 384}, {11, 70}, {3, 1}}) {
      Mlp m = new Mlp(shape[0], shape[1], 3, shape[0]);
      float[][] xs = new float[13][shape[0]]; // 13: a block of 8, then 4 and a lone input
      for (float[] x : xs) {
        for (int i = 0; i < x.length; i++) {
          x[i] = i % 7 == 3 ? 0f : (float) r.nextGaussian();
        }
      }
      double[][] vector = m.predictAll(xs, 1.0, true);
      double[][] scalar = m.predictAll(xs, 1.0, false);
      for (int n = 0; n < xs.length; n++) {
        double[] expected = Mlp.softmax(m.referenceLogits(xs[n]));
        assertThat(vector[n]).containsExactly(expected);
        assertThat(scalar[n]).containsExactly(expected);
      }
    }
  }

  @Test
  void predictionsSwitchToTheVectorLoopAfterItsWarmUpWithTheSameFloats() throws Exception {
    assumeTrue(Mlp.vectorised(), "jdk.incubator.vector absent, turned off or no JIT");
    Mlp m = new Mlp(1549, 384, 3, 9);
    java.util.SplittableRandom r = new java.util.SplittableRandom(4);
    float[][] xs = new float[50][1549];
    for (float[] x : xs) {
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) r.nextGaussian();
      }
    }
    // other tests of this JVM may have started, finished or failed warm-ups already; a warm-up
    // gives up after 120 s of wall time, so one of these ends the wait
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (!VectorSwitch.ready() && VectorSwitch.failures() == 0 && System.nanoTime() < deadline) {
      double[][] p = m.predictAll(xs, 1.0); // counts towards the switch, then waits for it
      assertThat(p[7]).containsExactly(Mlp.softmax(m.referenceLogits(xs[7])));
      Thread.sleep(20);
    }
    assertThat(VectorSwitch.ready() || VectorSwitch.failures() > 0)
        .as("the warm-up neither finished nor gave up in 180 s")
        .isTrue();
    // a warm-up that gave up (a loaded machine) leaves the scalar loop on; ready never goes back
    boolean vectors = VectorSwitch.use(m, 1);
    assertThat(!vectors || VectorSwitch.ready()).isTrue();
    if (VectorSwitch.gaveUp()) {
      assertThat(vectors).isFalse();
    }
    double[][] p = m.predictAll(xs, 1.0);
    for (int n = 0; n < xs.length; n++) {
      assertThat(p[n]).containsExactly(Mlp.softmax(m.referenceLogits(xs[n])));
    }
  }
}
