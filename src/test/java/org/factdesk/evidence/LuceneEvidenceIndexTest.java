package org.factdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.FactDeskException;
import org.junit.jupiter.api.Test;

/** The shared suite on the embedded Lucene index, plus what is specific to it. */
class LuceneEvidenceIndexTest extends EvidenceIndexContract {
  @Override
  protected EvidenceIndex open(Path dir, PassageEncoder encoder) {
    return LuceneEvidenceIndex.open(dir.resolve("index"), encoder);
  }

  @Test
  void refusesAnIndexBuiltWithAnotherEncoder() {
    try (EvidenceIndex index = open(dir, new TestEncoder())) {
      index.add(List.of(doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
    }
    PassageEncoder other =
        new PassageEncoder() {
          @Override
          public float[][] encode(List<String> texts) {
            return new TestEncoder().encode(texts);
          }

          @Override
          public int dimension() {
            return 64;
          }

          @Override
          public String name() {
            return "another-model";
          }
        };
    assertThatThrownBy(() -> open(dir, other))
        .isInstanceOf(FactDeskException.class)
        .hasMessageContaining("another-model");
  }

  @Test
  void int8VectorsFindTheSame() {
    try (EvidenceIndex index =
        LuceneEvidenceIndex.open(
            dir.resolve("q"),
            new TestEncoder(),
            LuceneEvidenceIndex.Options.defaults()
                .withStorage(LuceneEvidenceIndex.VectorStorage.INT8))) {
      index.add(
          List.of(
              doc("https://a.example/flood", "Alpha", null, null, FLOOD),
              doc("https://c.example/cars", "Gamma", null, null, CARS)));
      assertThat(
              index
                  .search(SearchRequest.of("vehicle", 1).withMode(SearchRequest.Mode.VECTOR))
                  .get(0)
                  .passage()
                  .url())
          .isEqualTo("https://c.example/cars");
    }
  }

  @Test
  void hitsCarryTheVectorsOfTheirSentencesStoredAtIngest() {
    TestEncoder encoder = new TestEncoder();
    try (EvidenceIndex index = open(dir, encoder)) {
      index.add(List.of(doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
      Hit hit = index.search(SearchRequest.of("flooded river valley", 1)).get(0);
      String text = hit.passage().text();
      assertThat(hit.sentences()).hasSize(2);
      for (SentenceVector sv : hit.sentences()) {
        assertThat(text.substring(sv.start(), sv.end())).isEqualTo(sv.text());
        float[] expected = encoder.encode(List.of(sv.text()))[0];
        assertThat(sv.vector()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
          assertThat(sv.vector()[i])
              .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(2e-3f));
        }
      }
      assertThat(hit.sentences().get(0).text()).startsWith("Heavy rain");
      assertThat(hit.sentences().get(1).text()).startsWith("Emergency crews");
    }
  }

  @Test
  void aOneSentencePassageReusesItsOwnVectorAndFactChecksStoreNone() {
    List<String> encoded = new java.util.ArrayList<>();
    PassageEncoder counting =
        new PassageEncoder() {
          final TestEncoder inner = new TestEncoder();

          @Override
          public float[][] encode(List<String> texts) {
            encoded.addAll(texts);
            return inner.encode(texts);
          }

          @Override
          public int dimension() {
            return inner.dimension();
          }

          @Override
          public String name() {
            return inner.name();
          }
        };
    try (EvidenceIndex index = open(dir, counting)) {
      String one = "The council approved a budget of 40 million euros for new schools.";
      index.add(
          List.of(
              doc("https://b.example/budget", "Beta", null, null, one),
              new EvidenceDocument(
                  "https://fc.example/1",
                  "Fact-check",
                  "Checkers",
                  null,
                  INGESTED,
                  EvidenceCollection.FACTCHECKS,
                  "Claim: The budget was 90 million. Rating: False.",
                  java.util.Map.of("rating", "False"))));
      assertThat(encoded).hasSize(2); // each passage once, no sentence embedded again
      Hit news =
          index
              .search(SearchRequest.of("budget schools", 1).withCollection(EvidenceCollection.NEWS))
              .get(0);
      assertThat(news.sentences()).extracting(SentenceVector::text).containsExactly(one);
      Hit fc =
          index
              .search(SearchRequest.of("budget", 1).withCollection(EvidenceCollection.FACTCHECKS))
              .get(0);
      assertThat(fc.sentences()).isEmpty();
    }
  }

  @Test
  void sentenceVectorsCanBeTurnedOffAndSurviveANearDuplicateMerge() {
    try (EvidenceIndex off =
        LuceneEvidenceIndex.open(
            dir.resolve("off"),
            new TestEncoder(),
            LuceneEvidenceIndex.Options.defaults().withSentenceVectors(false))) {
      off.add(List.of(doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
      assertThat(off.search(SearchRequest.of("flood", 1)).get(0).sentences()).isEmpty();
    }
    try (EvidenceIndex index = open(dir, new TestEncoder())) {
      index.add(List.of(doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
      index.add(List.of(doc("https://z.example/copy", "Zeta", null, null, FLOOD + " ")));
      Hit hit = index.search(SearchRequest.of("flooded river valley", 1)).get(0);
      assertThat(hit.passage().sources()).contains("Alpha", "Zeta");
      assertThat(hit.sentences()).hasSize(2);
    }
  }

  @Test
  void knowsWhetherACollectionHasUndatedPassages() {
    try (EvidenceIndex index = open(dir, new TestEncoder())) {
      index.add(
          List.of(doc("https://a.example/flood", "Alpha", "2026-01-02T00:00:00Z", null, FLOOD)));
      assertThat(index.hasUndated(EvidenceCollection.NEWS)).isFalse();
      index.add(List.of(doc("https://c.example/cars", "Gamma", null, null, CARS)));
      assertThat(index.hasUndated(EvidenceCollection.NEWS)).isTrue();
      assertThat(index.hasUndated(EvidenceCollection.FACTCHECKS)).isFalse();
    }
  }

  @Test
  void knowsWhetherACollectionMayHoldPassages() {
    try (EvidenceIndex index = open(dir, new TestEncoder())) {
      assertThat(index.mayHold(null)).isFalse();
      index.add(List.of(doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
      assertThat(index.mayHold(null)).isTrue();
      assertThat(index.mayHold(EvidenceCollection.NEWS)).isTrue();
      assertThat(index.mayHold(EvidenceCollection.FACTCHECKS)).isFalse();
      index.add(
          List.of(
              new EvidenceDocument(
                  "https://fc.example/1",
                  "Fact-check",
                  "Check Desk",
                  null,
                  INGESTED,
                  EvidenceCollection.FACTCHECKS,
                  "Claim: The river flooded 200 homes. Rating: False.",
                  java.util.Map.of("rating", "False"))));
      assertThat(index.mayHold(EvidenceCollection.FACTCHECKS)).isTrue();
    }
  }

  @Test
  void searchesWithAGivenQueryVector() {
    TestEncoder encoder = new TestEncoder();
    try (EvidenceIndex index = open(dir, encoder)) {
      index.add(
          List.of(
              doc("https://a.example/flood", "Alpha", null, null, FLOOD),
              doc("https://c.example/cars", "Gamma", null, null, CARS)));
      assertThat(index.encoderName()).isEqualTo(encoder.name());
      SearchRequest r = SearchRequest.of("vehicle", 2).withMode(SearchRequest.Mode.VECTOR);
      float[] v = encoder.encode(List.of("vehicle"))[0];
      assertThat(index.search(r, v))
          .extracting(h -> h.passage().url())
          .isEqualTo(index.search(r).stream().map(h -> h.passage().url()).toList());
      assertThatThrownBy(() -> index.search(r, new float[3]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("3 dimensions");
    }
  }

  @Test
  void aShallowerFusionDepthLeavesOutCandidatesBelowItInEachRanking() {
    try (EvidenceIndex index = open(dir, new TestEncoder())) {
      index.add(
          List.of(
              // BM25 finds only this one ("crash"); the vector ranking has it second
              doc("https://x.example/crash", "X", null, null, "A crash closed the road."),
              // the vector ranking's first (the test encoder's synonyms); no BM25 term
              doc("https://y.example/medic", "Y", null, null, "A medic.")));
      SearchRequest r = SearchRequest.of("physician crash", 1);
      Hit deep = index.search(r).get(0);
      assertThat(deep.passage().url()).isEqualTo("https://x.example/crash");
      assertThat(deep.explanation().vectorRank()).isEqualTo(2);
      assertThat(deep.explanation().fusion()).contains("depth=100");
      // with one candidate per ranking, X keeps only its BM25 part and Y's vector part wins
      Hit shallow = index.search(r.withDepth(1)).get(0);
      assertThat(shallow.passage().url()).isEqualTo("https://y.example/medic");
      assertThat(shallow.explanation().fusion()).contains("depth=1)");
      assertThatThrownBy(() -> r.withDepth(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("depth must be in 0..10000, got -1");
    }
  }
}
