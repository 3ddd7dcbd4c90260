package org.factdesk.net;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A response: status, the final URL after redirects, headers (names lower-case), and the body
 * (decompressed, within the cap). A 304 Not Modified has an empty body.
 */
public record FetchResponse(int status, URI url, Map<String, List<String>> headers, byte[] body) {
  public FetchResponse {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be in 100..999, got " + status);
    }
    if (url == null || body == null) {
      throw new IllegalArgumentException("url and body must not be null");
    }
    Map<String, List<String>> copy = new TreeMap<>();
    headers.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = Map.copyOf(copy);
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String etag() {
    return header("etag");
  }

  public String lastModified() {
    return header("last-modified");
  }

  public String contentType() {
    return header("content-type");
  }

  public boolean notModified() {
    return status == 304;
  }

  /**
   * The body decoded as text: charset from the Content-Type header, then a byte-order mark, then an
   * HTML {@code <meta>} declaration, then detection (UTF-8 if valid, else windows-1252).
   *
   * @throws FetchException when the declared charset is unknown or the body is binary
   */
  public String text() {
    try {
      return TextDecoding.decode(body, contentType()).text();
    } catch (TextDecoding.UndecodableException e) {
      throw new FetchException(url.toString(), status, e.getMessage(), e);
    }
  }
}
