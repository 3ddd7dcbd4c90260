package org.factdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.evidence.internal.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared suite every {@link EvidenceIndex} passes. An implementation's test extends it and says
 * how to open an index in a directory with an encoder; opening the same directory again must give
 * the same index.
 */
public abstract class EvidenceIndexContract {
  @TempDir protected Path dir;

  /** Opens (or reopens) the index stored under {@code dir}. */
  protected abstract EvidenceIndex open(Path dir, PassageEncoder encoder);

  protected static final Instant INGESTED = Instant.parse("2026-03-20T00:00:00Z");

  protected static EvidenceDocument doc(
      String url, String source, String published, String title, String text) {
    return EvidenceDocument.news(
        url, title, source, published == null ? null : Instant.parse(published), INGESTED, text);
  }

  static final String FLOOD =
      "Heavy rain flooded the river valley on Monday and forced two thousand people from their"
          + " homes. Emergency crews used boats to reach villages cut off by the water.";
  static final String BUDGET =
      "The city council approved a budget of 40 million euros for new schools. The vote passed"
          + " by eleven votes to four after a long debate.";
  static final String CARS =
      "Sales of the electric automobile rose sharply last year across Europe.";

  private EvidenceIndex openDefault() {
    return open(dir, new TestEncoder());
  }

  @Test
  void addedPassagesAreFoundWithTheirMetadata() {
    try (EvidenceIndex index = openDefault()) {
      AddResult r =
          index.add(
              List.of(
                  doc("https://a.example/flood", "Alpha", "2026-03-14T09:00:00Z", "Flood", FLOOD),
                  doc(
                      "https://b.example/budget",
                      "Beta",
                      "2026-03-10T09:00:00Z",
                      "Budget",
                      BUDGET)));
      assertThat(r.documents()).isEqualTo(2);
      assertThat(r.passages()).isGreaterThanOrEqualTo(2);
      assertThat(index.passageCount()).isEqualTo(r.passages());

      List<Hit> hits = index.search(SearchRequest.of("villages reached by boats", 3));
      assertThat(hits).isNotEmpty();
      Passage p = hits.get(0).passage();
      assertThat(p.url()).isEqualTo("https://a.example/flood");
      assertThat(p.title()).isEqualTo("Flood");
      assertThat(p.source()).isEqualTo("Alpha");
      assertThat(p.sources()).containsExactly("Alpha");
      assertThat(p.published()).isEqualTo(Instant.parse("2026-03-14T09:00:00Z"));
      assertThat(p.ingested()).isEqualTo(INGESTED);
      assertThat(p.collection()).isEqualTo(EvidenceCollection.NEWS);
      assertThat(p.text()).contains("boats");
      assertThat(p.contentHash()).isEqualTo(Hashes.sha256(p.text()));
    }
  }

  @Test
  void hitsAreRankedAndLimitedToK() {
    try (EvidenceIndex index = openDefault()) {
      List<EvidenceDocument> docs = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        docs.add(
            doc(
                "https://x.example/" + i,
                "X",
                null,
                null,
                "Report number "
                    + i
                    + " about the harbour and the ferry timetable "
                    + "x".repeat(i)));
      }
      index.add(docs);
      List<Hit> hits = index.search(SearchRequest.of("harbour ferry", 5));
      assertThat(hits).hasSize(5);
      for (int i = 0; i < hits.size(); i++) {
        assertThat(hits.get(i).rank()).isEqualTo(i + 1);
        if (i > 0) {
          assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
      }
    }
  }

  @Test
  void everyHitExplainsItsScore() {
    try (EvidenceIndex index = openDefault()) {
      index.add(
          List.of(
              doc("https://a.example/flood", "Alpha", null, null, FLOOD),
              doc("https://c.example/cars", "Gamma", null, null, CARS)));
      for (SearchRequest.Mode mode : SearchRequest.Mode.values()) {
        List<Hit> hits =
            index.search(
                SearchRequest.of("flooded river valley", 5).withMode(mode).withExplain(true));
        assertThat(hits).as(mode.name()).isNotEmpty();
        for (Hit h : hits) {
          ScoreExplanation e = h.explanation();
          assertThat(e.total())
              .as(mode.name())
              .isCloseTo(h.score(), org.assertj.core.data.Offset.offset(1e-9));
          assertThat(e.describe()).isNotBlank();
          if (mode == SearchRequest.Mode.LEXICAL) {
            assertThat(e.bm25()).isNotNull();
            assertThat(e.vectorPart()).isZero();
          }
          if (mode == SearchRequest.Mode.VECTOR) {
            assertThat(e.cosine()).isNotNull();
            assertThat(e.bm25Part()).isZero();
          }
        }
        Hit top = hits.get(0);
        if (mode != SearchRequest.Mode.VECTOR) {
          assertThat(top.passage().url()).isEqualTo("https://a.example/flood");
          assertThat(top.explanation().terms()).isNotEmpty();
          assertThat(String.join(" ", top.explanation().terms())).contains("flood");
        }
      }
    }
  }

  @Test
  void hybridFindsWhatOnlyTheVectorsMatch() {
    try (EvidenceIndex index = openDefault()) {
      index.add(
          List.of(
              doc("https://c.example/cars", "Gamma", null, null, CARS),
              doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
      SearchRequest q = SearchRequest.of("vehicle sales", 5);
      List<Hit> lexical = index.search(q.withMode(SearchRequest.Mode.LEXICAL));
      List<Hit> hybrid = index.search(q);
      assertThat(hybrid.get(0).passage().url()).isEqualTo("https://c.example/cars");
      Hit carHit = hybrid.get(0);
      assertThat(carHit.explanation().vectorRank()).isEqualTo(1);
      assertThat(carHit.explanation().cosine()).isGreaterThan(0.3);
      // "vehicle" only matches through the encoder; "sales" matches both ways
      assertThat(lexical).extracting(h -> h.passage().url()).contains("https://c.example/cars");
    }
  }

  @Test
  void addingTheSameDocumentTwiceDoesNotDuplicate() {
    try (EvidenceIndex index = openDefault()) {
      EvidenceDocument d = doc("https://a.example/flood", "Alpha", null, "Flood", FLOOD);
      AddResult first = index.add(List.of(d));
      long count = index.passageCount();
      AddResult second = index.add(List.of(d, d));
      assertThat(second.documents()).isZero();
      assertThat(second.duplicates()).isEqualTo(2);
      assertThat(index.passageCount()).isEqualTo(count).isEqualTo(first.passages());
      assertThat(index.containsUrl("https://a.example/flood")).isTrue();
      assertThat(index.containsUrl("https://a.example/other")).isFalse();
    }
  }

  @Test
  void newContentAtTheSameUrlReplacesTheOld() {
    try (EvidenceIndex index = openDefault()) {
      index.add(List.of(doc("https://a.example/story", "Alpha", null, null, FLOOD)));
      AddResult r = index.add(List.of(doc("https://a.example/story", "Alpha", null, null, BUDGET)));
      assertThat(r.replaced()).isEqualTo(1);
      List<Hit> hits =
          index.search(
              SearchRequest.of("boats villages flood", 10).withMode(SearchRequest.Mode.LEXICAL));
      assertThat(hits).noneMatch(h -> h.passage().text().contains("boats"));
      assertThat(index.search(SearchRequest.of("council budget schools", 3)).get(0).passage().url())
          .isEqualTo("https://a.example/story");
    }
  }

  @Test
  void nearDuplicatesAreKeptOnceWithEverySource() {
    String wire =
        "The central bank raised its main interest rate by a quarter point on Thursday, the third"
            + " rise this year, citing stubborn inflation in services and wages across the region."
            + " The governor told reporters that the board had weighed a larger step but chose"
            + " caution because lending to households had already slowed. Markets had expected"
            + " the move, and the currency barely changed after the announcement. Economists at"
            + " several banks said they now expect one more increase before the summer, and"
            + " cuts only late next year, if prices for energy and food keep falling as they have"
            + " since the autumn. The next meeting of the board is due in six weeks.";
    String copy = wire.replace("Thursday", "Thursday afternoon");
    try (EvidenceIndex index = openDefault()) {
      AddResult r =
          index.add(
              List.of(
                  doc("https://wire.example/rate", "Wire", null, "Rates up", wire),
                  doc("https://paper.example/rate", "Paper", null, "Bank raises rate", copy)));
      assertThat(r.documents()).isEqualTo(1);
      assertThat(r.nearDuplicates()).isEqualTo(1);
      AddResult later =
          index.add(List.of(doc("https://site.example/rate", "Site", null, null, copy + " ")));
      assertThat(later.nearDuplicates()).isEqualTo(1);
      List<Hit> hits = index.search(SearchRequest.of("central bank interest rate", 10));
      assertThat(hits)
          .extracting(h -> h.passage().documentKey())
          .containsOnly("https://wire.example/rate");
      Passage p = hits.get(0).passage();
      assertThat(p.source()).isEqualTo("Wire");
      assertThat(p.sources()).containsExactly("Wire", "Paper", "Site");
      assertThat(p.urls())
          .containsExactly(
              "https://wire.example/rate",
              "https://paper.example/rate",
              "https://site.example/rate");
      // a filter by any carrying source finds it
      assertThat(index.search(SearchRequest.of("interest rate", 5).withSources(Set.of("Site"))))
          .isNotEmpty();
      // seen again at a recorded URL: a plain duplicate
      assertThat(
              index
                  .add(List.of(doc("https://paper.example/rate", "Paper", null, null, copy)))
                  .duplicates())
          .isEqualTo(1);
      assertThat(index.search(SearchRequest.of("interest rate", 5)).get(0).passage().sources())
          .hasSize(3);
    }
  }

  @Test
  void filtersByTimeSourceAndCollection() {
    try (EvidenceIndex index = openDefault()) {
      index.add(
          List.of(
              doc(
                  "https://a.example/1",
                  "Alpha",
                  "2026-03-01T00:00:00Z",
                  null,
                  "The harbour ferry was cancelled because of a storm."),
              doc(
                  "https://b.example/2",
                  "Beta",
                  "2026-03-15T00:00:00Z",
                  null,
                  "The harbour ferry returned to its normal timetable."),
              doc(
                  "https://c.example/3",
                  "Gamma",
                  null,
                  null,
                  "A harbour ferry story with no known date."),
              new EvidenceDocument(
                  "https://check.example/fc",
                  "Ferry claim",
                  "Checker",
                  Instant.parse("2026-03-05T00:00:00Z"),
                  INGESTED,
                  EvidenceCollection.FACTCHECKS,
                  "Claim: the harbour ferry sank. Rating: False.",
                  Map.of("rating", "False"))));
      SearchRequest q = SearchRequest.of("harbour ferry", 10);
      assertThat(index.search(q)).hasSize(4);
      assertThat(urls(index.search(q.withTimeRange(null, Instant.parse("2026-03-10T00:00:00Z")))))
          .containsExactlyInAnyOrder("https://a.example/1", "https://check.example/fc");
      assertThat(urls(index.search(q.withTimeRange(Instant.parse("2026-03-10T00:00:00Z"), null))))
          .containsExactly("https://b.example/2");
      assertThat(urls(index.search(q.withSources(Set.of("Beta", "Gamma")))))
          .containsExactlyInAnyOrder("https://b.example/2", "https://c.example/3");
      List<Hit> fc = index.search(q.withCollection(EvidenceCollection.FACTCHECKS));
      assertThat(urls(fc)).containsExactly("https://check.example/fc");
      assertThat(fc.get(0).passage().metadata()).containsEntry("rating", "False");
      assertThat(urls(index.search(q.withCollection(EvidenceCollection.NEWS)))).hasSize(3);
      for (SearchRequest.Mode m : SearchRequest.Mode.values()) {
        assertThat(urls(index.search(q.withMode(m).withSources(Set.of("Alpha")))))
            .as(m.name())
            .containsExactly("https://a.example/1");
      }
    }
  }

  @Test
  void longDocumentsBecomeSeveralPassages() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      text.append("Sentence number ")
          .append(i)
          .append(" talks about topic ")
          .append(i)
          .append(". ");
    }
    try (EvidenceIndex index = openDefault()) {
      AddResult r =
          index.add(List.of(doc("https://l.example/long", "L", null, null, text.toString())));
      assertThat(r.passages()).isGreaterThan(3);
      List<Hit> hits = index.search(SearchRequest.of("sentence topic", 50));
      assertThat(hits).hasSize(r.passages());
      assertThat(hits).extracting(h -> h.passage().ordinal()).doesNotHaveDuplicates();
      assertThat(hits).extracting(h -> h.passage().id()).doesNotHaveDuplicates();
    }
  }

  @Test
  void aFailedAddLeavesNothingBehind() {
    try (EvidenceIndex index = open(dir, new TestEncoder("POISON"))) {
      index.add(List.of(doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
      long before = index.passageCount();
      assertThatThrownBy(
              () ->
                  index.add(
                      List.of(
                          doc("https://b.example/budget", "Beta", null, null, BUDGET),
                          doc("https://p.example/p", "P", null, null, "This text is POISON."))))
          .isInstanceOf(RuntimeException.class);
      assertThat(index.passageCount()).isEqualTo(before);
      assertThat(index.containsUrl("https://b.example/budget")).isFalse();
      assertThat(index.search(SearchRequest.of("council budget", 5)))
          .noneMatch(h -> h.passage().url().equals("https://b.example/budget"));
      // and the index still works
      assertThat(
              index
                  .add(List.of(doc("https://b.example/budget", "Beta", null, null, BUDGET)))
                  .documents())
          .isEqualTo(1);
    }
  }

  @Test
  void whatWasAddedSurvivesReopening() {
    try (EvidenceIndex index = openDefault()) {
      index.add(List.of(doc("https://a.example/flood", "Alpha", null, "Flood", FLOOD)));
    }
    try (EvidenceIndex index = openDefault()) {
      assertThat(index.containsUrl("https://a.example/flood")).isTrue();
      assertThat(index.search(SearchRequest.of("flood", 1)).get(0).passage().title())
          .isEqualTo("Flood");
      assertThat(
              index
                  .add(List.of(doc("https://a.example/flood", "Alpha", null, "Flood", FLOOD)))
                  .duplicates())
          .isEqualTo(1);
    }
  }

  @Test
  void queriesWithoutContentWordsStillWork() {
    try (EvidenceIndex index = openDefault()) {
      index.add(List.of(doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
      assertThat(
              index.search(SearchRequest.of("the of and", 3).withMode(SearchRequest.Mode.LEXICAL)))
          .isEmpty();
      assertThat(index.search(SearchRequest.of("the of and", 3))).hasSizeLessThanOrEqualTo(3);
    }
  }

  @Test
  void requestsAreValidated() {
    assertThatThrownBy(() -> SearchRequest.of("x", 0)).hasMessageContaining("k must be");
    assertThatThrownBy(() -> SearchRequest.of(" ", 1)).hasMessageContaining("query");
    assertThatThrownBy(
            () ->
                SearchRequest.of("x", 1)
                    .withTimeRange(
                        Instant.parse("2026-01-02T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z")))
        .hasMessageContaining("after must be before");
  }

  private static List<String> urls(List<Hit> hits) {
    return hits.stream().map(h -> h.passage().url()).toList();
  }
}
