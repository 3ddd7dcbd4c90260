package org.factdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.evidence.TestEncoder;
import org.factdesk.net.FetchOptions;
import org.factdesk.net.HttpFetcher;
import org.factdesk.net.NetPolicy;
import org.factdesk.store.FeedStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion and watching through the product's safe HTTP client, against an in-process server. */
class NetIngestTest {
  @TempDir Path data;

  private static Fetcher loopbackAllowed() {
    return new NetFetcher(
        new HttpFetcher(FetchOptions.defaults().withPolicy(NetPolicy.allowingLoopback())));
  }

  @Test
  void ingestsAndWatchesOverHttpWithConditionalGet() throws Exception {
    try (HttpFixture http = new HttpFixture();
        FeedStateStore store = FeedStateStore.open(data);
        LuceneEvidenceIndex index =
            LuceneEvidenceIndex.open(data.resolve("index"), new TestEncoder())) {
      http.put("/live.xml", WatcherTest.rss(2), "\"n1\"", "application/rss+xml; charset=utf-8");
      IngestReport r =
          new Ingester(index, loopbackAllowed(), Clock.systemUTC(), false, null, null)
              .ingest(List.of(http.url("/live.xml")));
      assertThat(r.ok()).as(r.problems().toString()).isTrue();
      assertThat(r.added().documents()).isEqualTo(2);

      Watcher w =
          new Watcher(
              index, loopbackAllowed(), store, Clock.systemUTC(), Duration.ofMinutes(5), null);
      Watcher.Poll first = w.poll(http.url("/live.xml"), true);
      assertThat(first.outcome()).isEqualTo(Watcher.Outcome.UPDATED);
      assertThat(first.added().duplicates()).isEqualTo(2);
      assertThat(w.poll(http.url("/live.xml"), true).outcome())
          .isEqualTo(Watcher.Outcome.NOT_MODIFIED);
      assertThat(http.conditionalRequests).contains("/live.xml \"n1\"");
      http.put("/live.xml", WatcherTest.rss(4), "\"n2\"", "application/rss+xml");
      assertThat(w.poll(http.url("/live.xml"), true).added().documents()).isEqualTo(2);
      assertThat(index.search(SearchRequest.of("harbour crane", 10))).hasSize(4);
    }
  }

  @Test
  void refusesARedirectToAPrivateAddressAndGoesOn() throws Exception {
    try (HttpFixture http = new HttpFixture();
        LuceneEvidenceIndex index =
            LuceneEvidenceIndex.open(data.resolve("index"), new TestEncoder())) {
      http.redirect("/moved.xml", "http://10.20.30.40/feed.xml");
      http.put("/ok.xml", WatcherTest.rss(1), null, "application/rss+xml");
      IngestReport r =
          new Ingester(index, loopbackAllowed(), Clock.systemUTC(), false, null, null)
              .ingest(List.of(http.url("/moved.xml"), http.url("/ok.xml")));
      assertThat(r.problems()).hasSize(1);
      SourceProblem p = r.problems().get(0);
      assertThat(p.wholeSource()).isTrue();
      assertThat(p.toString()).contains("/moved.xml").containsIgnoringCase("10.20.30.40");
      assertThat(r.added().documents()).isEqualTo(1);
    }
  }

  @Test
  void theDefaultPolicyRefusesLoopback() throws Exception {
    try (HttpFixture http = new HttpFixture();
        LuceneEvidenceIndex index =
            LuceneEvidenceIndex.open(data.resolve("index"), new TestEncoder())) {
      http.put("/ok.xml", WatcherTest.rss(1), null, "application/rss+xml");
      Fetcher strict =
          new NetFetcher(
              new HttpFetcher(FetchOptions.defaults().withPolicy(NetPolicy.publicOnly())));
      IngestReport r =
          new Ingester(index, strict, Clock.systemUTC(), false, null, null)
              .ingest(List.of(http.url("/ok.xml")));
      assertThat(r.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.input()).contains("127.0.0.1"));
      assertThat(index.passageCount()).isZero();
    }
  }
}
