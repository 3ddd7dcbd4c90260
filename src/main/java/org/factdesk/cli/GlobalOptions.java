package org.factdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options every subcommand takes: {@code --data DIR} and {@code --verbose}. Mixed into each
 * subcommand as {@code @Mixin GlobalOptions global;}.
 */
public final class GlobalOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (default: $FACTDESK_HOME, else ~/.factdesk).")
  Path data;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log progress and show stack traces on errors.")
  boolean verbose;

  /** The data directory: --data, else $FACTDESK_HOME, else ~/.factdesk. Not created here. */
  public Path dataDir() {
    if (data != null) {
      return data.toAbsolutePath().normalize();
    }
    String home = System.getenv("FACTDESK_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home).toAbsolutePath().normalize();
    }
    return Path.of(System.getProperty("user.home"), ".factdesk");
  }

  public boolean verbose() {
    return verbose;
  }

  /** True when --verbose or -v was given anywhere on the command line. */
  static boolean verbose(CommandLine cl) {
    CommandLine root = cl;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return root.getParseResult() != null && verbose(root.getParseResult().originalArgs());
  }

  /** True when --verbose or -v is among {@code args}. */
  static boolean verbose(java.util.List<String> args) {
    return args.contains("--verbose") || args.contains("-v");
  }
}
