package org.factdesk.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.InputException;
import org.factdesk.evidence.AddResult;
import org.factdesk.evidence.EvidenceIndex;
import org.factdesk.store.FeedState;
import org.factdesk.store.FeedStateStore;

/**
 * Polls feeds into the index: conditional GET (ETag / Last-Modified; the modification time for
 * local files), per-feed exponential backoff on errors, state in a {@link FeedStateStore}. Each
 * poll of a feed commits its new items to the index first and its state second, so a crash between
 * the two makes the next poll fetch the feed again and skip the items already indexed: nothing is
 * lost or duplicated.
 */
public final class Watcher {
  /** Longest wait after repeated errors, as a multiple of the interval. */
  public static final int MAX_BACKOFF_FACTOR = 32;

  /** What one poll of one feed did. */
  public enum Outcome {
    /** Items were read (some may have been known already). */
    UPDATED,
    /** The feed had not changed (304 or same modification time). */
    NOT_MODIFIED,
    /** The poll failed; the feed backs off. */
    FAILED,
    /** The feed was not due yet. */
    NOT_DUE
  }

  /**
   * The result of polling one feed.
   *
   * @param url the feed
   * @param outcome what happened
   * @param added what the index took (EMPTY unless UPDATED)
   * @param error the error, or null
   * @param nextPoll when the feed is next due
   */
  public record Poll(String url, Outcome outcome, AddResult added, String error, Instant nextPoll) {
    public String describe() {
      if (outcome == Outcome.UPDATED) {
        return String.format(
            Locale.ROOT,
            "%s: %d new documents, %d passages (%d already known)",
            url,
            added.documents(),
            added.passages(),
            added.duplicates() + added.nearDuplicates());
      }
      if (outcome == Outcome.NOT_MODIFIED) {
        return url + ": not modified";
      }
      if (outcome == Outcome.NOT_DUE) {
        return url + ": not due until " + nextPoll;
      }
      return url + ": " + error + "; next try at " + nextPoll;
    }
  }

  private final EvidenceIndex index;
  private final Fetcher fetcher;
  private final FeedStateStore store;
  private final Clock clock;
  private final Duration interval;
  private final Ingester ingester;

  public Watcher(
      EvidenceIndex index,
      Fetcher fetcher,
      FeedStateStore store,
      Clock clock,
      Duration interval,
      Ingester.Listener listener) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, got " + interval);
    }
    this.index = index;
    this.fetcher = fetcher;
    this.store = store;
    this.clock = clock;
    this.interval = interval;
    this.ingester = new Ingester(index, fetcher, clock, false, listener, null);
  }

  /** Polls every feed that is due (all of them when {@code force}). */
  public List<Poll> pollDue(List<String> feeds, boolean force) {
    List<Poll> out = new ArrayList<>();
    for (String url : feeds) {
      out.add(poll(url, force));
    }
    return out;
  }

  /** The earliest time a feed is due. */
  public Instant nextDue(List<String> feeds) {
    Instant next = clock.instant().plus(interval);
    for (String url : feeds) {
      Instant n = store.get(url).nextPoll();
      if (n.isBefore(next)) {
        next = n;
      }
    }
    return next;
  }

  /** Polls one feed. */
  public Poll poll(String url, boolean force) {
    FeedState s = store.get(url);
    Instant now = clock.instant();
    if (!force && now.isBefore(s.nextPoll())) {
      return new Poll(url, Outcome.NOT_DUE, AddResult.EMPTY, null, s.nextPoll());
    }
    try {
      Fetcher.Response r = fetch(url, s.etag(), s.lastModified());
      Instant next = clock.instant().plus(interval);
      if (r.notModified()) {
        store.save(
            new FeedState(url, s.etag(), s.lastModified(), next, 0, null, now, s.itemsIndexed()));
        return new Poll(url, Outcome.NOT_MODIFIED, AddResult.EMPTY, null, next);
      }
      Feed feed = FeedParser.parse(r.body(), url);
      List<SourceProblem> problems = new ArrayList<>();
      AddResult added = ingester.ingestFeed(feed, url, problems); // committed here
      store.save(
          new FeedState(
              url,
              r.etag(),
              r.lastModified(),
              next,
              0,
              problems.isEmpty() ? null : problems.get(0).toString(),
              now,
              s.itemsIndexed() + added.documents()));
      return new Poll(url, Outcome.UPDATED, added, null, next);
    } catch (InputException | org.factdesk.FactDeskException e) {
      int failures = s.failures() + 1;
      Duration wait = backoff(failures);
      Instant next = clock.instant().plus(wait);
      store.save(
          new FeedState(
              url,
              s.etag(),
              s.lastModified(),
              next,
              failures,
              e.getMessage(),
              s.lastSuccess(),
              s.itemsIndexed()));
      return new Poll(url, Outcome.FAILED, AddResult.EMPTY, e.getMessage(), next);
    }
  }

  /** The wait after {@code failures} consecutive failures: interval * 2^(failures-1), capped. */
  public Duration backoff(int failures) {
    long factor = 1L << Math.min(failures - 1, 30);
    return interval.multipliedBy(Math.min(factor, MAX_BACKOFF_FACTOR));
  }

  private Fetcher.Response fetch(String url, String etag, String lastModified) {
    if (Ingester.isUrl(url)) {
      return fetcher.get(url, etag, lastModified);
    }
    Path p = Path.of(url);
    try {
      if (!Files.isRegularFile(p)) {
        throw new InputException(url, "no such feed file");
      }
      String mtime = Files.getLastModifiedTime(p).toInstant().toString() + "/" + Files.size(p);
      if (mtime.equals(lastModified)) {
        return new Fetcher.Response(304, url, null, null, null, lastModified);
      }
      if (Files.size(p) > Ingester.MAX_BYTES) {
        throw new InputException(url, "feed file larger than " + Ingester.MAX_BYTES + " bytes");
      }
      return new Fetcher.Response(200, url, Files.readAllBytes(p), null, null, mtime);
    } catch (IOException e) {
      throw new InputException(url, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The index polled into. */
  public EvidenceIndex index() {
    return index;
  }
}
