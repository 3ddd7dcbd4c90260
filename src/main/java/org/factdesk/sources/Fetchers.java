package org.factdesk.sources;

import org.factdesk.InputException;

/** The fetchers ingestion can use. */
public final class Fetchers {
  private Fetchers() {}

  /** The safe HTTP client ({@code org.factdesk.net}) with the process's network policy. */
  public static Fetcher safe() {
    return NetFetcher.withDefaults();
  }

  /** A fetcher that refuses every URL (offline use, tests). */
  public static Fetcher none() {
    return (url, etag, lastModified) -> {
      throw new InputException(url, "fetching URLs is switched off");
    };
  }
}
