package org.factdesk.sources;

/**
 * Fetches URLs for ingestion and watching. The one implementation in the product goes through the
 * safe HTTP client ({@code org.factdesk.net}); ingestion never opens connections itself.
 */
public interface Fetcher {
  /**
   * A response.
   *
   * @param status HTTP status (200, or 304 when not modified)
   * @param url the final URL after redirects
   * @param body the body (empty for 304)
   * @param contentType the Content-Type header, or null
   * @param etag the ETag header, or null
   * @param lastModified the Last-Modified header, or null
   */
  record Response(
      int status, String url, byte[] body, String contentType, String etag, String lastModified) {
    public Response {
      body = body == null ? new byte[0] : body;
    }

    public boolean notModified() {
      return status == 304;
    }
  }

  /**
   * GETs the URL, conditionally when {@code etag} or {@code lastModified} are given.
   *
   * @throws org.factdesk.InputException if the URL is refused, unreachable or answers with an error
   */
  Response get(String url, String etag, String lastModified);
}
