package org.factdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.Hit;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.evidence.TestEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  @TempDir Path tmp;

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-20T00:00:00Z"), ZoneOffset.UTC);

  private IngestReport ingest(LuceneEvidenceIndex index, String... inputs) {
    return new Ingester(index, Fetchers.none(), CLOCK, false, null, null).ingest(List.of(inputs));
  }

  private LuceneEvidenceIndex index() {
    return LuceneEvidenceIndex.open(tmp.resolve("index"), new TestEncoder());
  }

  @Test
  void ingestsFeedsCorporaFoldersAndFactChecks() {
    try (LuceneEvidenceIndex index = index()) {
      IngestReport r =
          ingest(
              index,
              Fixtures.path("feeds.opml"),
              Fixtures.path("corpus.jsonl"),
              Fixtures.path("factchecks.jsonl"),
              Fixtures.path("factcheck-page.html"),
              Fixtures.path("folder"));
      // 2 feeds + corpus + 2 fact-check sources + folder
      assertThat(r.sources()).isEqualTo(6);
      // rss: 2 items (the empty one is reported), atom: 2, corpus: 2, fact-checks: 2, folder: 2
      assertThat(r.added().documents()).isEqualTo(10);
      assertThat(r.problems())
          .extracting(SourceProblem::input)
          .anySatisfy(i -> assertThat(i).endsWith("harbour-rss.xml:21"))
          .anySatisfy(i -> assertThat(i).endsWith("corpus.jsonl:2"))
          .anySatisfy(i -> assertThat(i).endsWith("corpus.jsonl:4"))
          .anySatisfy(i -> assertThat(i).endsWith("corpus.jsonl:5"))
          .anySatisfy(i -> assertThat(i).endsWith("archive.json"));
      assertThat(r.problems()).noneMatch(SourceProblem::wholeSource);
      assertThat(r.ok()).isFalse();

      Hit port = index.search(SearchRequest.of("passenger numbers fell", 1)).get(0);
      assertThat(port.passage().source()).isEqualTo("Coastal Wire");
      assertThat(port.passage().metadata()).containsEntry("section", "economy");
      assertThat(port.passage().metadata()).containsEntry("tags", "[\"port\",\"ferry\"]");
      assertThat(port.passage().published()).isEqualTo(Instant.parse("2026-09-30T12:00:00Z"));
      assertThat(port.passage().ingested()).isEqualTo(CLOCK.instant());

      List<Hit> fc =
          index.search(
              SearchRequest.of("homes damaged storm", 5)
                  .withCollection(EvidenceCollection.FACTCHECKS));
      assertThat(fc).extracting(h -> h.passage().url()).contains("https://checkers.example/homes");
      Hit homes =
          fc.stream()
              .filter(h -> h.passage().url().equals("https://checkers.example/homes"))
              .findFirst()
              .orElseThrow();
      assertThat(homes.passage().text()).contains("Rating: False");
      assertThat(homes.passage().source()).isEqualTo("Bay Checkers");
      assertThat(homes.passage().metadata()).containsEntry("claimant", "A local councillor");
      assertThat(
              index
                  .search(
                      SearchRequest.of("transport minister", 3)
                          .withCollection(EvidenceCollection.FACTCHECKS))
                  .get(0)
                  .passage()
                  .url())
          .isEqualTo("https://checkers.example/minister");

      Hit pier =
          index
              .search(
                  SearchRequest.of("rebuilding the ferry pier", 3)
                      .withSources(Set.of("Island Post")))
              .get(0);
      assertThat(pier.passage().title()).isEqualTo("Pier works finished");
      assertThat(pier.passage().published()).isEqualTo(Instant.parse("2026-10-14T07:00:00Z"));
      assertThat(pier.passage().text()).doesNotContain("Home | News");

      Hit summary = index.search(SearchRequest.of("fire service 124 homes", 1)).get(0);
      assertThat(summary.passage().source()).isEqualTo("Harbour Gazette");
      assertThat(summary.passage().metadata()).containsEntry("summaryOnly", "true");
    }
  }

  @Test
  void reingestingAddsNothing() {
    try (LuceneEvidenceIndex index = index()) {
      ingest(index, Fixtures.path("feeds.opml"), Fixtures.path("corpus.jsonl"));
      long count = index.passageCount();
      IngestReport again =
          ingest(index, Fixtures.path("feeds.opml"), Fixtures.path("corpus.jsonl"));
      assertThat(again.added().documents()).isZero();
      assertThat(again.added().duplicates()).isEqualTo(6);
      assertThat(index.passageCount()).isEqualTo(count);
    }
  }

  @Test
  void badSourcesFailAloneAndLeaveNothing() throws Exception {
    Path huge = tmp.resolve("huge.xml");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(Ingester.MAX_BYTES + 1);
    }
    try (LuceneEvidenceIndex index = index()) {
      IngestReport r =
          ingest(
              index,
              Fixtures.path("billion-laughs.xml"),
              Fixtures.path("external-entity.xml"),
              Fixtures.path("malformed.xml"),
              huge.toString(),
              Fixtures.path("folder/archive.json"),
              tmp.resolve("missing.xml").toString(),
              "https://feeds.example/rss",
              Fixtures.path("bay-atom.xml"));
      assertThat(r.problems()).hasSize(7).allMatch(SourceProblem::wholeSource);
      assertThat(r.problems().get(0).toString())
          .contains("billion-laughs.xml:")
          .contains("DOCTYPE");
      assertThat(r.problems().get(2).input()).endsWith("malformed.xml:6");
      assertThat(r.problems().get(3).problem()).contains("larger than the limit");
      assertThat(r.problems().get(4).problem()).contains("binary");
      assertThat(r.problems().get(5).problem()).contains("no such file");
      assertThat(r.added().documents()).isEqualTo(2); // the Atom feed went in
      assertThat(index.search(SearchRequest.of("lol", 5).withMode(SearchRequest.Mode.LEXICAL)))
          .isEmpty();
      assertThat(index.search(SearchRequest.of("Unclosed", 5).withMode(SearchRequest.Mode.LEXICAL)))
          .isEmpty();
    }
  }
}
