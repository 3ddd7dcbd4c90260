package org.factdesk.net.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The status line and headers of an HTTP/1.x response, read with caps on line length and count.
 *
 * @param status the status code
 * @param reason the reason phrase
 * @param headers header values by lower-case name
 */
public record HttpHead(int status, String reason, Map<String, List<String>> headers) {
  private static final int MAX_LINE = 16 * 1024;
  private static final int MAX_HEADERS = 200;

  /** The first value of a header, or null. */
  public String first(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Reads a status line and headers; skips interim 1xx responses. */
  public static HttpHead read(InputStream in) throws IOException {
    while (true) {
      String statusLine = readLine(in);
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new IOException("not an HTTP response: '" + abbreviate(statusLine) + "'");
      }
      int status;
      try {
        status = Integer.parseInt(parts[1].strip());
      } catch (NumberFormatException e) {
        throw new IOException("bad status line: '" + abbreviate(statusLine) + "'", e);
      }
      if (status < 100 || status > 999) {
        throw new IOException("bad status " + status);
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      int count = 0;
      for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
        if (++count > MAX_HEADERS) {
          throw new IOException("more than " + MAX_HEADERS + " headers");
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        headers
            .computeIfAbsent(name, k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
      }
      if (status >= 200 || status == 101) {
        return new HttpHead(status, parts.length > 2 ? parts[2].strip() : "", headers);
      }
    }
  }

  /** Reads one line ending in LF (a CR before it is dropped), at most 16 KiB; ISO-8859-1. */
  public static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (line.size() == 0) {
          throw new IOException("connection closed before the response was complete");
        }
        break;
      }
      if (b == '\n') {
        break;
      }
      if (line.size() >= MAX_LINE) {
        throw new IOException("header line longer than " + MAX_LINE + " bytes");
      }
      line.write(b);
    }
    String s = line.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
