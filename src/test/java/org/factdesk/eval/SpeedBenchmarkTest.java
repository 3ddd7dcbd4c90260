package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.factdesk.nlp.Embedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speed benchmark on a small index and a short article: it runs, reuses its index, and reports
 * its figures.
 */
class SpeedBenchmarkTest {
  @TempDir Path dir;

  @Test
  void runsOnASmallIndexAndEmbedsOnlyTheClaimsWhenVectorsAreStored() {
    Path data = dir.resolve("speed-data");
    SpeedBenchmark.Settings s = new SpeedBenchmark.Settings(150, data, 1, 0, 1, 0, 250, 3);
    Map<String, Object> first = SpeedBenchmark.run(s, Embedder.shared()::embed);
    assertThat(first.get("index_reused")).isEqualTo(false);
    assertThat(((Number) first.get("indexed_passages")).longValue()).isGreaterThanOrEqualTo(150);
    assertThat((Integer) first.get("article_words")).isBetween(250, 400);
    // three variants per story: the model embedded fewer texts than the index asked for
    assertThat(((Number) first.get("build_texts_embedded_by_the_model")).longValue())
        .isLessThan(((Number) first.get("build_texts_encoded")).longValue());
    int claims = (Integer) first.get("claims");
    assertThat(claims).isGreaterThan(8);
    Map<?, ?> warm = (Map<?, ?>) first.get("warm");
    Map<?, ?> embedding = (Map<?, ?>) first.get("warm_without_stored_vectors");
    long embeddedWarm = ((Number) warm.get("texts_embedded_per_article")).longValue();
    long embeddedOld = ((Number) embedding.get("texts_embedded_per_article")).longValue();
    assertThat(embeddedWarm).isBetween(1L, (long) claims); // the claims, nothing else
    assertThat(embeddedOld).isGreaterThan(3L * claims); // every evidence sentence again
    assertThat(first).containsKeys("verdicts_differing_from_embedding_path", "peak_rss_mb");
    assertThat(Files.isRegularFile(Path.of((String) first.get("article_file")))).isTrue();

    Map<String, Object> again =
        SpeedBenchmark.run(
            new SpeedBenchmark.Settings(150, data, 1, 0, 0, 0, 250, 3), Embedder.shared()::embed);
    assertThat(again.get("index_reused")).isEqualTo(true);
    assertThat(again.get("indexed_passages")).isEqualTo(first.get("indexed_passages"));
    assertThat(again).doesNotContainKey("warm_without_stored_vectors");
  }

  @Test
  void variantsDifferOnlyInFiguresAndShareANoisyVector() {
    SpeedCorpus c = new SpeedCorpus(7, 4);
    java.time.Instant t0 = java.time.Instant.parse("2021-01-01T00:00:00Z");
    String a = c.document(0, t0).text();
    String b = c.document(1, t0).text();
    String other = c.document(4, t0).text();
    assertThat(a).isNotEqualTo(b);
    assertThat(NumberBlindEncoder.shape(a)).isEqualTo(NumberBlindEncoder.shape(b));
    assertThat(NumberBlindEncoder.shape(other)).isNotEqualTo(NumberBlindEncoder.shape(a));
    assertThat(new SpeedCorpus(7, 4).document(1, t0).text()).isEqualTo(b); // seeded
  }

  @Test
  void percentilesAreNearestRank() {
    long[] v = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    assertThat(SpeedBenchmark.percentile(v, 0.5)).isEqualTo(50);
    assertThat(SpeedBenchmark.percentile(v, 0.9)).isEqualTo(90);
    assertThat(SpeedBenchmark.percentile(new long[] {7}, 0.9)).isEqualTo(7);
  }
}
