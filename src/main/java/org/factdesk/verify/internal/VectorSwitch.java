package org.factdesk.verify.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.factdesk.internal.NamedThreads;

/**
 * When {@link Mlp} moves from its scalar loop to {@link MlpVectors}. Compiled, the vector loop is
 * 12 times faster (15 against 180 us per input of the pair-feature head); but until the JIT has
 * compiled it, vector operations run as objects: in a fresh JVM its first 20 calls cost about 0.6 s
 * of CPU more than the scalar loop, and under load the compiler threads take seconds to get to it.
 * So the scalar loop runs the first {@link #DEFAULT_AFTER} inputs of the JVM (a one-article command
 * line, about 850 inputs for a 1,000-word article, never pays for the warm-up); then a background
 * thread ({@code factdesk-mlp-warmup-1}) runs the vector loop on random inputs of the head's shape
 * until it takes under a quarter of the scalar loop's time per input, and only then do predictions
 * switch. Same floats either way.
 */
final class VectorSwitch {
  /**
   * JVM property: {@code false} keeps the scalar loop even when {@code jdk.incubator.vector} is
   * there.
   */
  static final String PROPERTY = Mlp.VECTOR_PROPERTY;

  /** JVM property: inputs computed by the scalar loop before the warm-up starts. */
  static final String AFTER_PROPERTY = Mlp.VECTOR_AFTER_PROPERTY;

  static final long DEFAULT_AFTER = 1_000;

  /** Longest warm-up (thread CPU time) before giving up and staying scalar. */
  private static final long MAX_WARMUP_NANOS = 3_000_000_000L;

  /** Longest warm-up (wall time). */
  private static final long MAX_WARMUP_WALL_NANOS = 120_000_000_000L;

  /** Whether the module is there and not turned off. */
  static final boolean AVAILABLE =
      !"false".equals(System.getProperty(PROPERTY))
          && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private static final long AFTER = Long.getLong(AFTER_PROPERTY, DEFAULT_AFTER);
  private static final AtomicLong SCALAR_INPUTS = new AtomicLong();
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static volatile boolean ready;

  private VectorSwitch() {}

  /**
   * Whether the next {@code n} inputs of {@code head} go to the vector loop; counts those that do
   * not and starts the warm-up once enough did.
   */
  static boolean use(Mlp head, int n) {
    if (ready) {
      return true;
    }
    if (!AVAILABLE) {
      return false;
    }
    if (SCALAR_INPUTS.addAndGet(n) >= AFTER && STARTED.compareAndSet(false, true)) {
      Thread t = new NamedThreads("mlp-warmup").newThread(() -> warmUp(head.inputs(), head));
      t.setPriority(Thread.MIN_PRIORITY);
      t.start();
    }
    return false;
  }

  /** Whether predictions use the vector loop now. */
  static boolean ready() {
    return ready;
  }

  /**
   * Runs both loops on a random head of {@code head}'s shape (1 to 9 inputs a call, as the
   * checker's calls vary) until the vector loop takes under a quarter of the scalar loop's thread
   * CPU time per input three calls in a row; then switches.
   */
  private static void warmUp(int in, Mlp head) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Mlp m = new Mlp(in, head.hiddenUnits(), head.outputs(), 17);
    SplittableRandom r = new SplittableRandom(17);
    float[][] xs = new float[9][in];
    for (float[] x : xs) {
      for (int i = 0; i < in; i++) {
        x[i] = (float) r.nextGaussian();
      }
    }
    long start = bean.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    long scalar = Long.MAX_VALUE;
    int fast = 0;
    for (int call = 0; fast < 3; call++) {
      float[][] some = java.util.Arrays.copyOf(xs, 1 + call % xs.length);
      long t0 = bean.getCurrentThreadCpuTime();
      if (call % 9 == 0) {
        m.predictAll(some, 1, false);
        scalar = Math.min(scalar, (bean.getCurrentThreadCpuTime() - t0) / some.length);
        continue;
      }
      m.predictAll(some, 1, true);
      long perInput = (bean.getCurrentThreadCpuTime() - t0) / some.length;
      fast = perInput * 4 < scalar ? fast + 1 : 0;
      if (bean.getCurrentThreadCpuTime() - start > MAX_WARMUP_NANOS
          || System.nanoTime() - wallStart > MAX_WARMUP_WALL_NANOS) {
        return; // stays scalar
      }
      if (fast == 0 && call > 40) {
        // the JIT has seen the loop often enough; wait for its compiler instead of running the
        // slow version meanwhile (the compiler threads share the cores with everyone else)
        try {
          Thread.sleep(25);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    ready = true;
  }
}
