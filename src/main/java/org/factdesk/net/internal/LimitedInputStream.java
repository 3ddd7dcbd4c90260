package org.factdesk.net.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link LimitExceededException} once more than {@code max} bytes have been read. */
public final class LimitedInputStream extends FilterInputStream {
  private final long max;
  private final String what;
  private long count;

  public LimitedInputStream(InputStream in, long max, String what) {
    super(in);
    this.max = max;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws LimitExceededException {
    count += n;
    if (count > max) {
      throw new LimitExceededException(what + " larger than " + max + " bytes");
    }
  }
}
