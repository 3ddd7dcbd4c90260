package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.Article;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;

/**
 * Speed of the whole claims step (language check, tagging, structure, batched sentence embedding,
 * score, splitting, rewriting) on an article made of the labelled sentences. Writes {@code
 * target/bench/claims.json}; asserts nothing about time.
 */
class ClaimsSpeedBenchmarkTest {
  @Test
  void measureSentencesPerSecond() throws Exception {
    Path file =
        Path.of(getClass().getResource("/org/factdesk/claims/labelled-sentences.jsonl").toURI());
    List<String> paragraphs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        paragraphs.add(Json.mapper().readTree(line).get("text").asText());
      }
    }
    Article article = Article.of("bench", null, null, null, null, null, paragraphs, List.of());
    LocalDate ref = LocalDate.of(2026, 2, 6);
    ClaimFinder.analyse(article, ref); // warm up: loads models, JIT
    ClaimFinder.analyse(article, ref);
    int rounds = 5;
    int sentences = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      sentences += ClaimFinder.analyse(article, ref).sentences().size();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long m0 = System.nanoTime();
    int scored = 0;
    for (int i = 0; i < rounds; i++) {
      for (String p : paragraphs) {
        CheckWorthiness.shared().modelScore(p);
        scored++;
      }
    }
    double modelSeconds = (System.nanoTime() - m0) / 1e9;
    long e0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      CheckWorthiness.shared().embed(paragraphs);
    }
    double embedSeconds = (System.nanoTime() - e0) / 1e9;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("benchmark", "claims");
    out.put("sentences", sentences);
    out.put("seconds", seconds);
    out.put("sentences_per_second", sentences / seconds);
    out.put("ms_per_sentence", 1000 * seconds / sentences);
    out.put("model_only_ms_per_sentence", 1000 * modelSeconds / scored);
    out.put("embedding_batched_ms_per_sentence", 1000 * embedSeconds / scored);
    out.put("threads", 1);
    out.put("cpus", Runtime.getRuntime().availableProcessors());
    out.put(
        "load_average",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("claims.json"), Json.pretty(out), StandardCharsets.UTF_8);
    System.out.println(Json.pretty(out));
    assertThat(sentences).isPositive();
  }
}
