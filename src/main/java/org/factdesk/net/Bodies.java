package org.factdesk.net;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.factdesk.net.internal.ChunkedInputStream;
import org.factdesk.net.internal.FixedLengthInputStream;
import org.factdesk.net.internal.HttpHead;
import org.factdesk.net.internal.LimitedInputStream;

/**
 * Reads a response body: chunked, Content-Length or until close; gzip or deflate; capped on the
 * wire and again after decompression (a gzip bomb stops at the cap).
 */
final class Bodies {
  private Bodies() {}

  static byte[] read(String url, HttpHead head, InputStream in, long max) throws IOException {
    String length = head.first("content-length");
    InputStream wire;
    String transfer = head.first("transfer-encoding");
    if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
      wire = new ChunkedInputStream(in);
    } else if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new FetchException(url, head.status(), "bad Content-Length '" + length + "'", e);
      }
      if (n > max) {
        throw new FetchException(
            url,
            head.status(),
            "refused: body of " + n + " bytes is larger than " + max + " bytes");
      }
      wire = new FixedLengthInputStream(in, n);
    } else {
      wire = in;
    }
    wire = new LimitedInputStream(wire, max, "body");
    String encoding = head.first("content-encoding");
    InputStream decoded = decoder(url, head.status(), encoding, wire);
    return readAll(new LimitedInputStream(decoded, max, "decompressed body"));
  }

  private static InputStream decoder(String url, int status, String encoding, InputStream wire)
      throws IOException {
    String e = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
    return switch (e) {
      case "", "identity" -> wire;
      case "gzip", "x-gzip" -> new GZIPInputStream(wire, 8192);
      case "deflate" -> {
        BufferedInputStream b = new BufferedInputStream(wire);
        b.mark(2);
        int cmf = b.read();
        int flg = b.read();
        b.reset();
        // a zlib header (RFC 1950) if it checks out, else raw deflate as some servers send
        boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
        yield new InflaterInputStream(b, new Inflater(!zlib), 8192);
      }
      default -> throw new FetchException(url, status, "unsupported Content-Encoding '" + e + "'");
    };
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    byte[] buf = new byte[16 * 1024];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
