package org.factdesk.net.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends after exactly {@code length} bytes (a Content-Length body); fails if the peer ends early.
 */
public final class FixedLengthInputStream extends InputStream {
  private final InputStream in;
  private long left;

  public FixedLengthInputStream(InputStream in, long length) {
    this.in = in;
    this.left = length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (left <= 0) {
      return -1;
    }
    int n = in.read(b, off, (int) Math.min(len, left));
    if (n < 0) {
      throw new IOException("connection closed with " + left + " bytes of the body missing");
    }
    left -= n;
    return n;
  }
}
