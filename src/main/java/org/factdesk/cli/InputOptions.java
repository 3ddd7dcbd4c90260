package org.factdesk.cli;

import org.factdesk.article.ReadOptions;
import org.factdesk.net.NetPolicy;
import picocli.CommandLine.Option;

/**
 * Options of every subcommand that reads an article or page from a file, URL or standard input:
 * {@code --max-bytes N} and {@code --allow-private-network}. Mixed in as {@code @Mixin InputOptions
 * input;}, so the caps and network policy are named and checked the same way everywhere.
 */
public final class InputOptions {
  /** Default cap on the bytes read from one input: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L << 20;

  @Option(
      names = "--max-bytes",
      defaultValue = "10485760",
      paramLabel = "N",
      description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = DEFAULT_MAX_BYTES;

  @Option(
      names = "--allow-private-network",
      description =
          "Allow URLs on loopback and private networks (also: FACTDESK_ALLOW_PRIVATE_NETWORK=true).")
  boolean allowPrivate;

  /** The byte cap given by --max-bytes. */
  public long maxBytes() {
    if (maxBytes < 1) {
      throw new UsageException("--max-bytes must be >= 1, got " + maxBytes);
    }
    return maxBytes;
  }

  /** Reading options with the byte cap and, when asked for, private network access. */
  public ReadOptions readOptions() {
    ReadOptions options = ReadOptions.defaults().withMaxBytes(maxBytes());
    if (allowPrivate) {
      options = options.withFetch(options.fetch().withPolicy(new NetPolicy(true, true)));
    }
    return options;
  }
}
