package org.factdesk.verify.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.factdesk.internal.NamedThreads;

/**
 * When {@link Mlp} moves from its scalar loop to {@link MlpVectors}. Compiled, the vector loop is
 * 12 times faster (15 against 180 us per input of the pair-feature head); but until the JIT has
 * compiled it, vector operations run as objects: in a fresh JVM its first 20 calls cost about 0.6 s
 * of CPU more than the scalar loop, and under load the compiler threads take seconds to get to it.
 * So the scalar loop runs the first {@link #DEFAULT_AFTER} inputs of the JVM (a one-article command
 * line, about 850 inputs for a 1,000-word article, never pays for the warm-up); then a background
 * thread ({@code factdesk-mlp-warmup-<n>}) runs the vector loop on random inputs of the head's
 * shape until it takes under a quarter of the scalar loop's time per input, and only then do
 * predictions switch. Same floats either way. A warm-up that takes over 3 s of its own CPU or 120 s
 * of wall time gives up; after another {@link #DEFAULT_AFTER} scalar inputs the next one starts,
 * and after {@link #DEFAULT_ATTEMPTS} the JVM stays scalar (logged once). Without a JIT ({@code
 * -Xint}) the vector loop never gets faster, so the switch is not available there.
 */
final class VectorSwitch {
  private static final System.Logger LOG = System.getLogger(VectorSwitch.class.getName());

  /**
   * JVM property: {@code false} keeps the scalar loop even when {@code jdk.incubator.vector} is
   * there.
   */
  static final String PROPERTY = Mlp.VECTOR_PROPERTY;

  /** JVM property: inputs computed by the scalar loop before each warm-up starts. */
  static final String AFTER_PROPERTY = Mlp.VECTOR_AFTER_PROPERTY;

  static final long DEFAULT_AFTER = 1_000;

  /** Warm-ups a JVM tries before staying scalar. */
  static final int DEFAULT_ATTEMPTS = 3;

  /** Longest warm-up (thread CPU time) before giving up this attempt. */
  private static final long MAX_WARMUP_NANOS = 3_000_000_000L;

  /** Longest warm-up (wall time). */
  private static final long MAX_WARMUP_WALL_NANOS = 120_000_000_000L;

  /** Pause between warm-up calls once the JIT has seen the loop, to leave its compiler the core. */
  private static final long PAUSE_MILLIS = 100;

  /** Whether the module is there, not turned off, and a JIT can compile the vector loop. */
  static final boolean AVAILABLE =
      !"false".equals(System.getProperty(PROPERTY))
          && !System.getProperty("java.vm.info", "").contains("interpreted")
          && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private static final VectorSwitch JVM =
      new VectorSwitch(
          Long.getLong(AFTER_PROPERTY, DEFAULT_AFTER),
          DEFAULT_ATTEMPTS,
          MAX_WARMUP_NANOS,
          MAX_WARMUP_WALL_NANOS);

  private final long after;
  private final int maxAttempts;
  private final long maxCpuNanos;
  private final long maxWallNanos;
  private final NamedThreads threads = new NamedThreads("mlp-warmup");
  private final AtomicLong scalarInputs = new AtomicLong();
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile boolean ready;
  private volatile boolean gaveUp;
  private volatile Thread last;

  /**
   * @param after scalar inputs before each warm-up
   * @param maxAttempts warm-ups before staying scalar
   * @param maxCpuNanos longest warm-up, CPU time of its thread
   * @param maxWallNanos longest warm-up, wall time
   */
  VectorSwitch(long after, int maxAttempts, long maxCpuNanos, long maxWallNanos) {
    if (after < 0) {
      throw new IllegalArgumentException("after must be >= 0, got " + after);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    if (maxCpuNanos < 0 || maxWallNanos < 0) {
      throw new IllegalArgumentException(
          "warm-up limits must be >= 0, got " + maxCpuNanos + " and " + maxWallNanos);
    }
    this.after = after;
    this.maxAttempts = maxAttempts;
    this.maxCpuNanos = maxCpuNanos;
    this.maxWallNanos = maxWallNanos;
  }

  /**
   * Whether the next {@code n} inputs of {@code head} go to the vector loop; counts those that do
   * not and starts the warm-up once enough did.
   */
  static boolean use(Mlp head, int n) {
    return AVAILABLE && JVM.decide(head, n);
  }

  /** Whether predictions use the vector loop now. */
  static boolean ready() {
    return JVM.ready;
  }

  /** Whether this JVM's warm-ups all gave up, so that predictions stay scalar. */
  static boolean gaveUp() {
    return JVM.gaveUp;
  }

  /** How many of this JVM's warm-ups gave up so far. */
  static int failures() {
    return JVM.failures.get();
  }

  boolean decide(Mlp head, int n) {
    if (ready) {
      return true;
    }
    // once a warm-up runs (or all gave up) the callers share no counter
    if (started.get()) {
      return false;
    }
    if (scalarInputs.addAndGet(n) >= after && started.compareAndSet(false, true)) {
      Thread t = threads.newThread(() -> attempt(head));
      t.setPriority(Thread.MIN_PRIORITY);
      last = t;
      t.start();
    }
    return false;
  }

  boolean isReady() {
    return ready;
  }

  boolean hasGivenUp() {
    return gaveUp;
  }

  int failureCount() {
    return failures.get();
  }

  /** The last warm-up thread started, or null. */
  Thread lastWarmUp() {
    return last;
  }

  private void attempt(Mlp head) {
    if (warmUp(head)) {
      ready = true;
      return;
    }
    int failed = failures.incrementAndGet();
    if (failed >= maxAttempts) {
      gaveUp = true; // started stays true: no more counting, no more warm-ups
      LOG.log(
          System.Logger.Level.INFO,
          () ->
              String.format(
                  Locale.ROOT,
                  "the stance heads stay on their scalar loop: %d warm-ups of the vector loop"
                      + " (jdk.incubator.vector) did not make it 4 times faster within %d ms of"
                      + " CPU time and %d s of wall time each",
                  failed,
                  maxCpuNanos / 1_000_000,
                  maxWallNanos / 1_000_000_000));
      return;
    }
    scalarInputs.set(0);
    started.set(false); // the next {@code after} scalar inputs start another one
  }

  /**
   * Runs both loops on a random head of {@code head}'s shape (1 to 9 inputs a call, as the
   * checker's calls vary) until the vector loop takes under a quarter of the scalar loop's thread
   * CPU time per input three calls in a row (true), or a limit is reached (false).
   */
  private boolean warmUp(Mlp head) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    int in = head.inputs();
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
      float[][] some = Arrays.copyOf(xs, 1 + call % xs.length);
      long t0 = bean.getCurrentThreadCpuTime();
      if (call % 9 == 0) {
        m.predictAll(some, 1, false);
        scalar = Math.min(scalar, (bean.getCurrentThreadCpuTime() - t0) / some.length);
        continue;
      }
      m.predictAll(some, 1, true);
      long perInput = (bean.getCurrentThreadCpuTime() - t0) / some.length;
      fast = perInput * 4 < scalar ? fast + 1 : 0;
      if (fast < 3
          && (bean.getCurrentThreadCpuTime() - start > maxCpuNanos
              || System.nanoTime() - wallStart > maxWallNanos)) {
        return false;
      }
      if (fast == 0 && call > 40) {
        // the JIT has seen the loop often enough; wait for its compiler instead of running the
        // slow version meanwhile (the compiler threads share the cores with everyone else)
        try {
          Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }
}
