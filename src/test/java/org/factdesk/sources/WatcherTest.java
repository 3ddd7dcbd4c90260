package org.factdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.evidence.TestEncoder;
import org.factdesk.store.FeedState;
import org.factdesk.store.FeedStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {
  @TempDir Path data;

  static String rss(int items) {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Live Wire</title>");
    for (int i = 1; i <= items; i++) {
      s.append("<item><title>Update ")
          .append(i)
          .append("</title><link>https://live.example/")
          .append(i)
          .append("</link><pubDate>Mon, 0")
          .append(i % 9 + 1)
          .append(" Mar 2026 10:00:00 GMT</pubDate><description>Live update number ")
          .append(i)
          .append(" about the harbour crane ")
          .append(i * 7)
          .append(".</description></item>");
    }
    return s.append("</channel></rss>").toString();
  }

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-03-10T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void pollsWithConditionalGetBacksOffAndResumes() throws Exception {
    MovingClock clock = new MovingClock();
    Duration every = Duration.ofMinutes(10);
    try (HttpFixture http = new HttpFixture()) {
      http.put("/live.xml", rss(2), "\"v1\"", "application/rss+xml");
      http.put("/down.xml", rss(1), "\"d1\"", "application/rss+xml");
      http.failNext("/down.xml", 3);
      List<String> feeds = List.of(http.url("/live.xml"), http.url("/down.xml"));
      try (FeedStateStore store = FeedStateStore.open(data);
          LuceneEvidenceIndex index =
              LuceneEvidenceIndex.open(data.resolve("index"), new TestEncoder())) {
        Watcher w = new Watcher(index, http.fetcher(), store, clock, every, null);
        List<Watcher.Poll> first = w.pollDue(feeds, false);
        assertThat(first.get(0).outcome()).isEqualTo(Watcher.Outcome.UPDATED);
        assertThat(first.get(0).added().documents()).isEqualTo(2);
        // searchable at once
        assertThat(index.search(SearchRequest.of("harbour crane", 5))).hasSize(2);
        assertThat(first.get(1).outcome()).isEqualTo(Watcher.Outcome.FAILED);
        assertThat(first.get(1).error()).contains("HTTP 503");
        assertThat(store.get(http.url("/down.xml")).failures()).isEqualTo(1);
        assertThat(first.get(1).nextPoll()).isEqualTo(clock.now.plus(every));

        // not due yet: nothing fetched
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(w.pollDue(feeds, false))
            .extracting(Watcher.Poll::outcome)
            .containsExactly(Watcher.Outcome.NOT_DUE, Watcher.Outcome.NOT_DUE);

        // due: the live feed answers 304 to If-None-Match; the broken one fails again, backing off
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        List<Watcher.Poll> second = w.pollDue(feeds, false);
        assertThat(second.get(0).outcome()).isEqualTo(Watcher.Outcome.NOT_MODIFIED);
        assertThat(http.conditionalRequests).contains("/live.xml \"v1\"");
        assertThat(second.get(1).outcome()).isEqualTo(Watcher.Outcome.FAILED);
        assertThat(second.get(1).nextPoll()).isEqualTo(clock.now.plus(every.multipliedBy(2)));
        assertThat(w.backoff(3)).isEqualTo(every.multipliedBy(4));
        assertThat(w.backoff(40)).isEqualTo(every.multipliedBy(Watcher.MAX_BACKOFF_FACTOR));

        // the feed changes: only the new item is indexed
        http.put("/live.xml", rss(3), "\"v2\"", "application/rss+xml");
        Watcher.Poll third = w.poll(http.url("/live.xml"), true);
        assertThat(third.added().documents()).isEqualTo(1);
        assertThat(third.added().duplicates()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("harbour crane", 10))).hasSize(3);
      }
      // restart: state and index survive
      try (FeedStateStore store = FeedStateStore.open(data);
          LuceneEvidenceIndex index =
              LuceneEvidenceIndex.open(data.resolve("index"), new TestEncoder())) {
        FeedState live = store.get(http.url("/live.xml"));
        assertThat(live.etag()).isEqualTo("\"v2\"");
        assertThat(live.itemsIndexed()).isEqualTo(3);
        assertThat(store.get(http.url("/down.xml")).failures()).isEqualTo(2);
        Watcher w = new Watcher(index, http.fetcher(), store, clock, every, null);
        assertThat(w.poll(http.url("/live.xml"), true).outcome())
            .isEqualTo(Watcher.Outcome.NOT_MODIFIED);
        // the broken feed recovers (one more 503 queued, then fine)
        assertThat(w.poll(http.url("/down.xml"), true).outcome()).isEqualTo(Watcher.Outcome.FAILED);
        Watcher.Poll ok = w.poll(http.url("/down.xml"), true);
        assertThat(ok.outcome()).isEqualTo(Watcher.Outcome.UPDATED);
        assertThat(store.get(http.url("/down.xml")).failures()).isZero();
        assertThat(index.passageCount())
            .isEqualTo(3); // the down feed's item duplicates live's first
      }
    }
  }

  @Test
  void malformedFeedFailsWithoutIndexingAnything() throws Exception {
    try (HttpFixture http = new HttpFixture();
        FeedStateStore store = FeedStateStore.open(data);
        LuceneEvidenceIndex index =
            LuceneEvidenceIndex.open(data.resolve("index"), new TestEncoder())) {
      http.put(
          "/bad.xml", "<rss><channel><item><title>x</item></channel></rss>", "\"b\"", "text/xml");
      Watcher w =
          new Watcher(index, http.fetcher(), store, Clock.systemUTC(), Duration.ofMinutes(1), null);
      Watcher.Poll p = w.poll(http.url("/bad.xml"), true);
      assertThat(p.outcome()).isEqualTo(Watcher.Outcome.FAILED);
      assertThat(p.error()).contains("/bad.xml:1").contains("malformed XML");
      assertThat(index.passageCount()).isZero();
    }
  }

  @Test
  void ingestsUrlsThroughTheFetcherAndFollowsLinksOnlyWhenAsked() throws Exception {
    try (HttpFixture http = new HttpFixture();
        LuceneEvidenceIndex index =
            LuceneEvidenceIndex.open(data.resolve("index"), new TestEncoder())) {
      http.put(
          "/feed.xml",
          "<rss version=\"2.0\"><channel><title>Links</title><item><title>Pier</title><link>"
              + http.url("/pier.html")
              + "</link><description>Short summary about the pier.</description></item></channel></rss>",
          null,
          "application/rss+xml");
      http.put(
          "/pier.html",
          "<html><body><article><p>The full story: the pier reopened with a new crane and 12 berths.</p></article></body></html>",
          null,
          "text/html");
      Clock clock = Clock.systemUTC();
      IngestReport plain =
          new Ingester(index, http.fetcher(), clock, false, null, null)
              .ingest(List.of(http.url("/feed.xml")));
      assertThat(plain.ok()).as(plain.problems().toString()).isTrue();
      assertThat(index.search(SearchRequest.of("pier", 1)).get(0).passage().text())
          .isEqualTo("Short summary about the pier.");
    }
    try (HttpFixture http = new HttpFixture();
        LuceneEvidenceIndex index =
            LuceneEvidenceIndex.open(data.resolve("index2"), new TestEncoder())) {
      http.put(
          "/feed.xml",
          "<rss version=\"2.0\"><channel><title>Links</title><item><title>Pier</title><link>"
              + http.url("/pier.html")
              + "</link><description>Short summary about the pier.</description></item></channel></rss>",
          null,
          "application/rss+xml");
      http.put(
          "/pier.html",
          "<html><body><article><p>The full story: the pier reopened with a new crane and 12 berths.</p></article></body></html>",
          null,
          "text/html");
      IngestReport followed =
          new Ingester(index, http.fetcher(), Clock.systemUTC(), true, null, null)
              .ingest(List.of(http.url("/feed.xml"), http.url("/pier-missing.html")));
      assertThat(followed.problems()).hasSize(1);
      assertThat(followed.problems().get(0).toString())
          .contains("/pier-missing.html")
          .contains("HTTP 404");
      assertThat(index.search(SearchRequest.of("pier", 1)).get(0).passage().text())
          .contains("12 berths");
    }
  }
}
