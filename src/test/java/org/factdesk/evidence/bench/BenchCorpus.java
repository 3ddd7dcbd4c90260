package org.factdesk.evidence.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.internal.Json;

/**
 * The speed benchmarks' corpus, read from ../shared/data: Climate-FEVER evidence sentences grouped
 * by Wikipedia article, Check-COVID abstracts, and the claims of both as queries.
 */
final class BenchCorpus {
  final List<EvidenceDocument> documents = new ArrayList<>();
  final List<String> sentences = new ArrayList<>();
  final List<String> claims = new ArrayList<>();

  static BenchCorpus load(Path data) throws IOException {
    BenchCorpus c = new BenchCorpus();
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    Map<String, Set<String>> articles = new LinkedHashMap<>();
    try (BufferedReader in =
        Files.newBufferedReader(
            data.resolve("verification/climate-fever/climate-fever.jsonl"),
            StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line);
        c.claims.add(n.get("claim").asText());
        for (JsonNode e : n.get("evidences")) {
          articles
              .computeIfAbsent(e.get("article").asText(), k -> new LinkedHashSet<>())
              .add(e.get("evidence").asText());
        }
      }
    }
    for (Map.Entry<String, Set<String>> a : articles.entrySet()) {
      c.sentences.addAll(a.getValue());
      c.documents.add(
          EvidenceDocument.news(
              "https://en.wikipedia.org/wiki/" + a.getKey().replace(' ', '_'),
              a.getKey(),
              "wikipedia",
              null,
              now,
              String.join(" ", a.getValue())));
    }
    try (BufferedReader in =
        Files.newBufferedReader(
            data.resolve("verification/check-covid/corpus.json"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line);
        List<String> abs = new ArrayList<>();
        n.get("abstract").forEach(s -> abs.add(s.asText()));
        c.sentences.addAll(abs);
        c.documents.add(
            EvidenceDocument.news(
                "https://cord19.example/" + n.get("cord_id").asText(),
                n.get("title").asText(),
                "cord19",
                null,
                now,
                String.join(" ", abs)));
      }
    }
    for (String f :
        new String[] {
          "verification/check-covid/dev/covidCheck_dev_composed+extracted.json",
        }) {
      for (String line : Files.readAllLines(data.resolve(f), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          c.claims.add(Json.mapper().readTree(line.strip()).get("claim").asText());
        }
      }
    }
    return c;
  }
}
