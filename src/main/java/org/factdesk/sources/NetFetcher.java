package org.factdesk.sources;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.net.FetchOptions;
import org.factdesk.net.FetchResponse;
import org.factdesk.net.HttpFetcher;

/**
 * The {@link Fetcher} of the product: the safe HTTP client of {@code org.factdesk.net} (address
 * policy, redirects checked, caps, timeouts), with conditional GET headers.
 */
public final class NetFetcher implements Fetcher {
  private final HttpFetcher http;

  public NetFetcher(HttpFetcher http) {
    if (http == null) {
      throw new IllegalArgumentException("http must not be null");
    }
    this.http = http;
  }

  /** The safe client with the process's network policy, and bodies up to the ingest cap. */
  public static NetFetcher withDefaults() {
    FetchOptions o = FetchOptions.defaults();
    return new NetFetcher(
        new HttpFetcher(o.withMaxBytes(Math.min(o.maxBytes() * 4, Ingester.MAX_BYTES))));
  }

  @Override
  public Response get(String url, String etag, String lastModified) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (etag != null) {
      headers.put("If-None-Match", etag);
    }
    if (lastModified != null) {
      headers.put("If-Modified-Since", lastModified);
    }
    FetchResponse r = http.get(url, headers);
    return new Response(
        r.status(),
        r.url().toString(),
        r.body(),
        r.contentType(),
        r.etag() != null ? r.etag() : etag,
        r.lastModified() != null ? r.lastModified() : lastModified);
  }
}
