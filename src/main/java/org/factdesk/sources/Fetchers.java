package org.factdesk.sources;

import org.factdesk.InputException;

/** The fetchers ingestion can use. */
public final class Fetchers {
  private Fetchers() {}

  /**
   * The fetcher of this build. Until the safe HTTP client ({@code org.factdesk.net}) is part of the
   * build, URLs are refused with a clear message rather than fetched by an unchecked client.
   */
  public static Fetcher safe() {
    return (url, etag, lastModified) -> {
      throw new InputException(
          url, "fetching URLs needs the safe HTTP client, which is not in this build yet");
    };
  }
}
