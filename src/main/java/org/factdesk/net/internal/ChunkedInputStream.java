package org.factdesk.net.internal;

import java.io.IOException;
import java.io.InputStream;

/** Decodes HTTP/1.1 chunked transfer coding; trailers are read and ignored. */
public final class ChunkedInputStream extends InputStream {
  private final InputStream in;
  private long left;
  private boolean done;

  public ChunkedInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (done) {
      return -1;
    }
    if (left == 0) {
      String line = HttpHead.readLine(in);
      int semi = line.indexOf(';');
      String size = (semi >= 0 ? line.substring(0, semi) : line).strip();
      try {
        left = Long.parseLong(size, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size '" + size + "'", e);
      }
      if (left < 0) {
        throw new IOException("bad chunk size '" + size + "'");
      }
      if (left == 0) {
        while (!HttpHead.readLine(in).isEmpty()) {
          // trailers
        }
        done = true;
        return -1;
      }
    }
    int n = in.read(b, off, (int) Math.min(len, left));
    if (n < 0) {
      throw new IOException("connection closed inside a chunk");
    }
    left -= n;
    if (left == 0) {
      HttpHead.readLine(in); // CRLF after the chunk
    }
    return n;
  }
}
