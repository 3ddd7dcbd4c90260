package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.nlp.Embedder;
import org.factdesk.verify.Passage;
import org.factdesk.verify.PriorCheck;
import org.factdesk.verify.TextEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexEvidenceTest {
  private static final Instant T = Instant.parse("2026-03-12T10:00:00Z");

  @TempDir Path dir;

  private static EvidenceDocument news(String url, Instant published, String text) {
    return new EvidenceDocument(
        url, "t", "Wire", published, T, EvidenceCollection.NEWS, text, Map.of());
  }

  @Test
  void searchesSentencesWithTheTimeFilterKeepingUndatedOnesAndFindsFactChecks() {
    TextEmbedder embedder = texts -> Embedder.shared().embed(texts);
    try (LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(dir.resolve("index"), EmbedderEncoder.shipped())) {
      index.add(
          List.of(
              news(
                  "https://w.test/1",
                  T,
                  "The fire service said the storm damaged 124 homes. The ferry was suspended."),
              news("https://w.test/2", null, "The storm damaged 124 homes, officials said."),
              news("https://w.test/3", T.plusSeconds(86_400 * 30), "The storm damaged 130 homes."),
              new EvidenceDocument(
                  "https://fc.test/1",
                  "Fact-check",
                  "Coast Check",
                  T,
                  T,
                  EvidenceCollection.FACTCHECKS,
                  "Claim: The storm damaged more than 200 homes. Rating: False.",
                  Map.of(
                      "claimReviewed", "The storm damaged more than 200 homes.",
                      "rating", "False"))));
      IndexEvidence evidence = new IndexEvidence(index, embedder);
      assertThat(evidence.isEmpty()).isFalse();

      List<Passage> found = evidence.search("The storm damaged 214 homes", T.plusSeconds(3600), 12);
      List<String> urls = new ArrayList<>();
      for (Passage p : found) {
        urls.add(p.url());
        assertThat(p.text()).doesNotContain("Claim:"); // fact-checks are not news evidence
        assertThat(p.score()).isGreaterThanOrEqualTo(Relevance.MIN_SCORE);
      }
      assertThat(urls).contains("https://w.test/1", "https://w.test/2");
      assertThat(urls).doesNotContain("https://w.test/3"); // published after the limit
      // passages are split into sentences: the homes sentence ranks above the ferry one
      assertThat(found.get(0).text()).contains("homes");
      assertThat(evidence.search("The storm damaged 214 homes", null, 12))
          .extracting(Passage::url)
          .contains("https://w.test/3");

      List<PriorCheck> priors = evidence.factChecks("The storm damaged 214 homes", 3);
      assertThat(priors).hasSize(1);
      assertThat(priors.get(0).describe())
          .isEqualTo("previously checked by Coast Check: False, 2026-03-12, https://fc.test/1");
      assertThat(priors.get(0).similarity()).isGreaterThan(0.5);
    }
  }

  @Test
  void anEmptyIndexIsEmpty() {
    try (LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(dir.resolve("index"), EmbedderEncoder.shipped())) {
      IndexEvidence evidence = new IndexEvidence(index, texts -> Embedder.shared().embed(texts));
      assertThat(evidence.isEmpty()).isTrue();
      assertThat(evidence.search("anything at all", null, 12)).isEmpty();
      assertThat(evidence.factChecks("anything at all", 3)).isEmpty();
    }
  }

  @Test
  void theCacheEmbedsEachTextOnce() {
    List<List<String>> calls = new ArrayList<>();
    TextEmbedder counting =
        texts -> {
          calls.add(List.copyOf(texts));
          float[][] out = new float[texts.size()][];
          for (int i = 0; i < texts.size(); i++) {
            out[i] = new float[] {texts.get(i).length()};
          }
          return out;
        };
    CachingEmbedder cache = new CachingEmbedder(counting, 2);
    assertThat(cache.embed(List.of("a", "bb"))[1]).containsExactly(2f);
    assertThat(cache.embed(List.of("bb", "ccc"))[1]).containsExactly(3f);
    assertThat(calls).containsExactly(List.of("a", "bb"), List.of("ccc"));
    cache.embed(List.of("a")); // evicted (capacity 2)
    assertThat(calls).hasSize(3);
  }

  @Test
  void sharingTheIndexModelEmbedsOnlyTheClaimsAndFindsTheSame() {
    List<String> embedded = new ArrayList<>();
    TextEmbedder counting =
        texts -> {
          embedded.addAll(texts);
          return Embedder.shared().embed(texts);
        };
    try (LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(dir.resolve("index"), EmbedderEncoder.shipped())) {
      index.add(
          List.of(
              news(
                  "https://w.test/1",
                  T,
                  "The fire service said the storm damaged 124 homes. The ferry was suspended."),
              news("https://w.test/2", T, "The storm damaged 124 homes, officials said.")));
      String claim = "The storm damaged 214 homes";
      List<Passage> plain =
          new IndexEvidence(index, texts -> Embedder.shared().embed(texts))
              .search(claim, T.plusSeconds(3600), 12);

      CachingEmbedder cache = new CachingEmbedder(counting, 1_000);
      IndexEvidence shared = new IndexEvidence(index, cache, Embedder.DEFAULT_MODEL);
      assertThat(shared.sharesVectors()).isTrue();
      shared.prepare(List.of(claim, "Another claim about 40 ferries"));
      assertThat(embedded).containsExactly(claim, "Another claim about 40 ferries");
      List<Passage> found = shared.search(claim, T.plusSeconds(3600), 12);
      assertThat(embedded).hasSize(2); // the sentences' vectors came from the index
      // the same sentences; scores within what the quantised model's batch dependence gives (the
      // same text embedded in another batch moves its cosine by up to about 0.01)
      assertThat(found)
          .extracting(Passage::text)
          .containsExactlyInAnyOrderElementsOf(plain.stream().map(Passage::text).toList());
      for (int i = 0; i < found.size(); i++) {
        String t = found.get(i).text();
        double before = plain.stream().filter(p -> p.text().equals(t)).findFirst().get().score();
        assertThat(found.get(i).score())
            .isCloseTo(before, org.assertj.core.data.Offset.offset(0.03));
        assertThat(cache.contains(found.get(i).text())).isTrue(); // the stance model gets them too
      }
    }
  }

  @Test
  void anIndexWithoutStoredSentenceVectorsStillWorksByEmbeddingThem() {
    List<String> embedded = new ArrayList<>();
    TextEmbedder counting =
        texts -> {
          embedded.addAll(texts);
          return Embedder.shared().embed(texts);
        };
    try (LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(
            dir.resolve("old"),
            EmbedderEncoder.shipped(),
            LuceneEvidenceIndex.Options.defaults().withSentenceVectors(false))) {
      index.add(
          List.of(
              news(
                  "https://w.test/1",
                  null,
                  "The fire service said the storm damaged 124 homes. The ferry was suspended.")));
      IndexEvidence evidence =
          new IndexEvidence(index, new CachingEmbedder(counting, 100), Embedder.DEFAULT_MODEL);
      List<Passage> found = evidence.search("The storm damaged 214 homes", T, 12);
      assertThat(found).isNotEmpty();
      assertThat(embedded)
          .contains(
              "The fire service said the storm damaged 124 homes.", "The ferry was suspended.");
    }
  }

  @Test
  void anotherModelDoesNotShareVectors() {
    try (LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(dir.resolve("index"), EmbedderEncoder.shipped())) {
      assertThat(new IndexEvidence(index, texts -> new float[0][], "other-model").sharesVectors())
          .isFalse();
      assertThat(new IndexEvidence(index, texts -> new float[0][]).sharesVectors()).isFalse();
    }
  }

  /** An index that records the requests it is given and finds nothing. */
  private static final class Recording implements org.factdesk.evidence.EvidenceIndex {
    final List<org.factdesk.evidence.SearchRequest> requests = new ArrayList<>();
    boolean factChecks = true;

    @Override
    public boolean mayHold(EvidenceCollection collection) {
      return collection != EvidenceCollection.FACTCHECKS || factChecks;
    }

    @Override
    public org.factdesk.evidence.AddResult add(
        List<EvidenceDocument> documents, java.util.function.IntConsumer progress) {
      // a read-only double: these tests only search, and adding to it would be a test bug
      throw new UnsupportedOperationException("Recording is read-only");
    }

    @Override
    public List<org.factdesk.evidence.Hit> search(org.factdesk.evidence.SearchRequest request) {
      requests.add(request);
      return List.of();
    }

    @Override
    public boolean containsUrl(String url) {
      return false;
    }

    @Override
    public long passageCount() {
      return 1;
    }

    @Override
    public void close() {}
  }

  @Test
  void theNewsSearchFusesTheShallowerDepthUnlessTurnedOff() {
    TextEmbedder embedder = texts -> new float[texts.size()][4];
    Recording index = new Recording();
    new IndexEvidence(index, embedder).search("The storm damaged 214 homes", null, 12);
    assertThat(index.requests).extracting(r -> r.depth()).containsOnly(IndexEvidence.SEARCH_DEPTH);
    String old = System.getProperty(IndexEvidence.SEARCH_DEPTH_PROPERTY);
    try {
      System.setProperty(IndexEvidence.SEARCH_DEPTH_PROPERTY, "0");
      index.requests.clear();
      new IndexEvidence(index, embedder).search("The storm damaged 214 homes", null, 12);
      assertThat(index.requests).extracting(r -> r.depth()).containsOnly(0); // the index's own
    } finally {
      if (old == null) {
        System.clearProperty(IndexEvidence.SEARCH_DEPTH_PROPERTY);
      } else {
        System.setProperty(IndexEvidence.SEARCH_DEPTH_PROPERTY, old);
      }
    }
  }

  @Test
  void noFactCheckSearchWhenTheIndexHoldsNone() {
    TextEmbedder embedder = texts -> new float[texts.size()][4];
    Recording index = new Recording();
    index.factChecks = false;
    assertThat(new IndexEvidence(index, embedder).factChecks("The storm damaged 214 homes", 3))
        .isEmpty();
    assertThat(index.requests).isEmpty();
    index.factChecks = true;
    new IndexEvidence(index, embedder).factChecks("The storm damaged 214 homes", 3);
    assertThat(index.requests)
        .extracting(r -> r.collection())
        .containsExactly(EvidenceCollection.FACTCHECKS);
    index.factChecks = false;
    index.requests.clear();
    String old = System.getProperty(IndexEvidence.SKIP_ABSENT_FACT_CHECKS);
    try {
      System.setProperty(IndexEvidence.SKIP_ABSENT_FACT_CHECKS, "false");
      new IndexEvidence(index, embedder).factChecks("The storm damaged 214 homes", 3);
      assertThat(index.requests).hasSize(1); // searched as before
    } finally {
      if (old == null) {
        System.clearProperty(IndexEvidence.SKIP_ABSENT_FACT_CHECKS);
      } else {
        System.setProperty(IndexEvidence.SKIP_ABSENT_FACT_CHECKS, old);
      }
    }
  }
}
