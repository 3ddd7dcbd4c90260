package org.factdesk.net;

import java.time.Duration;

/**
 * Limits and identity of a fetch.
 *
 * @param connectTimeout time allowed to resolve the host and open the connection
 * @param totalTimeout time allowed for the whole fetch, redirects and body included
 * @param maxBytes cap on the body, enforced on the wire and again after decompression
 * @param maxRedirects how many redirects to follow (each target is checked again)
 * @param userAgent the User-Agent header
 * @param policy which addresses may be connected to
 */
public record FetchOptions(
    Duration connectTimeout,
    Duration totalTimeout,
    long maxBytes,
    int maxRedirects,
    String userAgent,
    NetPolicy policy) {

  /** Default body cap: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The User-Agent factdesk sends. */
  public static final String USER_AGENT =
      "factdesk/0.1 (offline fact-checking desk; +https://github.com/factdesk/factdesk)";

  public FetchOptions {
    if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be > 0, got " + connectTimeout);
    }
    if (totalTimeout == null || totalTimeout.isNegative() || totalTimeout.isZero()) {
      throw new IllegalArgumentException("totalTimeout must be > 0, got " + totalTimeout);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be in 0..20, got " + maxRedirects);
    }
    if (userAgent == null || userAgent.isBlank() || userAgent.contains("\n")) {
      throw new IllegalArgumentException("userAgent must be one non-blank line, got " + userAgent);
    }
    if (policy == null) {
      throw new IllegalArgumentException("policy must not be null");
    }
  }

  /**
   * Defaults: 10 s to connect, 30 s in all, 10 MiB, 5 redirects, the factdesk User-Agent, and the
   * network policy of this process ({@link NetPolicy#fromEnvironment()}).
   */
  public static FetchOptions defaults() {
    return new FetchOptions(
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        DEFAULT_MAX_BYTES,
        5,
        USER_AGENT,
        NetPolicy.fromEnvironment());
  }

  public FetchOptions withPolicy(NetPolicy p) {
    return new FetchOptions(connectTimeout, totalTimeout, maxBytes, maxRedirects, userAgent, p);
  }

  public FetchOptions withMaxBytes(long max) {
    return new FetchOptions(connectTimeout, totalTimeout, max, maxRedirects, userAgent, policy);
  }

  public FetchOptions withTimeouts(Duration connect, Duration total) {
    return new FetchOptions(connect, total, maxBytes, maxRedirects, userAgent, policy);
  }

  public FetchOptions withMaxRedirects(int max) {
    return new FetchOptions(connectTimeout, totalTimeout, maxBytes, max, userAgent, policy);
  }
}
