package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factdesk.InputException;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.sources.Fetchers;
import org.factdesk.sources.Ingester;
import org.factdesk.sources.Opml;
import org.factdesk.sources.Watcher;
import org.factdesk.store.FeedStateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factdesk watch}: keeps polling feeds into the evidence index. */
@Command(
    name = "watch",
    description = {
      "Keep polling feeds into the evidence index, with conditional GET and per-feed backoff.",
      "Feed state lives in <data>/state; a restart resumes. The feed list given with --feeds is",
      "remembered, so later runs need no --feeds."
    })
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Option(names = "--feeds", paramLabel = "FILE.opml", description = "OPML list of feeds to watch.")
  Path feeds;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      description = "Time between polls of a feed, e.g. 30s, 15m, 1h (default: ${DEFAULT-VALUE}).")
  String interval = "15m";

  @Option(names = "--once", description = "Poll every feed once, then exit (3 if one failed).")
  boolean once;

  @Override
  public Integer call() throws InterruptedException {
    Duration every = duration(interval);
    Path data = global.dataDir();
    PrintWriter out = spec.commandLine().getOut();
    try (FeedStateStore store = FeedStateStore.open(data);
        LuceneEvidenceIndex index =
            LuceneEvidenceIndex.open(data.resolve("index"), EmbedderEncoder.shipped())) {
      List<String> urls = feedList(store);
      Watcher watcher =
          new Watcher(
              index, Fetchers.safe(), store, Clock.systemUTC(), every, new Ingester.Listener() {});
      out.printf(Locale.ROOT, "watch: %d feeds, every %s%n", urls.size(), every);
      out.flush();
      if (once) {
        boolean failed = false;
        for (Watcher.Poll p : watcher.pollDue(urls, true)) {
          out.println("watch: " + p.describe());
          failed |= p.outcome() == Watcher.Outcome.FAILED;
        }
        out.flush();
        return failed ? Main.BAD_INPUT : Main.OK;
      }
      while (!Thread.currentThread().isInterrupted()) {
        for (Watcher.Poll p : watcher.pollDue(urls, false)) {
          if (p.outcome() != Watcher.Outcome.NOT_DUE) {
            out.println("watch: " + p.describe());
          }
        }
        out.flush();
        long wait = Duration.between(Instant.now(), watcher.nextDue(urls)).toMillis();
        Thread.sleep(Math.max(50, Math.min(wait, every.toMillis())));
      }
      return Main.OK;
    }
  }

  private List<String> feedList(FeedStateStore store) {
    if (feeds == null) {
      List<String> known = store.watched();
      if (known.isEmpty()) {
        throw new UsageException("no feeds to watch yet: give --feeds FILE.opml");
      }
      return known;
    }
    byte[] bytes;
    try {
      if (!Files.isRegularFile(feeds) || Files.size(feeds) > Ingester.MAX_BYTES) {
        throw new InputException(feeds.toString(), "not a readable OPML file");
      }
      bytes = Files.readAllBytes(feeds);
    } catch (java.io.IOException e) {
      throw new InputException(feeds.toString(), "cannot read: " + e.getMessage(), e);
    }
    List<String> urls = new ArrayList<>();
    Path base = feeds.toAbsolutePath().getParent();
    for (Opml.Outline o : Opml.parse(bytes, feeds.toString())) {
      String u = o.url();
      urls.add(
          u.startsWith("http://") || u.startsWith("https://") ? u : base.resolve(u).toString());
    }
    if (urls.isEmpty()) {
      throw new InputException(
          feeds.toString(), "no feeds (outlines with xmlUrl) in the OPML file");
    }
    store.setWatched(urls);
    return urls;
  }

  /** Parses "500ms", "30s", "15m", "2h", "1d" or an ISO-8601 duration such as "PT15M". */
  static Duration duration(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    try {
      Duration d;
      if (t.startsWith("p")) {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } else if (t.endsWith("ms")) {
        d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      } else {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        d =
            switch (t.charAt(t.length() - 1)) {
              case 's' -> Duration.ofSeconds(n);
              case 'm' -> Duration.ofMinutes(n);
              case 'h' -> Duration.ofHours(n);
              case 'd' -> Duration.ofDays(n);
              default -> throw new NumberFormatException(t);
            };
      }
      if (d.isNegative() || d.isZero()) {
        throw new UsageException("--interval must be positive, got '" + s + "'");
      }
      return d;
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new UsageException("--interval: not a duration: '" + s + "' (use e.g. 30s, 15m, 1h)");
    }
  }
}
