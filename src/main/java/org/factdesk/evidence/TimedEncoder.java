package org.factdesk.evidence;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** An encoder that counts the time and texts it spends, to show embedding time separately. */
public final class TimedEncoder implements PassageEncoder {
  private final PassageEncoder inner;
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicLong texts = new AtomicLong();

  public TimedEncoder(PassageEncoder inner) {
    if (inner == null) {
      throw new IllegalArgumentException("inner must not be null");
    }
    this.inner = inner;
  }

  @Override
  public float[][] encode(List<String> batch) {
    long t0 = System.nanoTime();
    try {
      return inner.encode(batch);
    } finally {
      nanos.addAndGet(System.nanoTime() - t0);
      texts.addAndGet(batch.size());
    }
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public String name() {
    return inner.name();
  }

  /** Seconds spent encoding so far. */
  public double seconds() {
    return nanos.get() / 1e9;
  }

  /** Texts encoded so far. */
  public long texts() {
    return texts.get();
  }
}
