package org.factdesk.net;

import org.factdesk.InputException;

/**
 * A fetch that was refused (address, scheme, size, redirects) or failed (network, timeout, HTTP
 * status). Carries the URL and, when a response arrived, its status; 0 when none did.
 */
public class FetchException extends InputException {
  private static final long serialVersionUID = 1L;

  private final String url;
  private final int status;

  public FetchException(String url, int status, String problem) {
    this(url, status, problem, null);
  }

  public FetchException(String url, int status, String problem, Throwable cause) {
    super(url, problem, cause);
    this.url = url;
    this.status = status;
  }

  public String url() {
    return url;
  }

  /** The HTTP status of the response that failed, or 0 when no response arrived. */
  public int status() {
    return status;
  }
}
