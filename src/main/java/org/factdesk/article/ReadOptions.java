package org.factdesk.article;

import org.factdesk.net.FetchOptions;

/**
 * How to read an input.
 *
 * @param maxBytes cap on the input size in bytes (file, standard input or fetched body)
 * @param fetch how to fetch URLs; its body cap is lowered to {@code maxBytes} when larger
 */
public record ReadOptions(long maxBytes, FetchOptions fetch) {
  /** Default input cap: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public ReadOptions {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
    }
    if (fetch == null) {
      throw new IllegalArgumentException("fetch must not be null");
    }
  }

  /** 10 MiB and {@link FetchOptions#defaults()}. */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_BYTES, FetchOptions.defaults());
  }

  public ReadOptions withMaxBytes(long max) {
    return new ReadOptions(max, fetch);
  }

  public ReadOptions withFetch(FetchOptions f) {
    return new ReadOptions(maxBytes, f);
  }
}
