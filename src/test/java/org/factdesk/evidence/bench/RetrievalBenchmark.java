package org.factdesk.evidence.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.evidence.Fusion;
import org.factdesk.evidence.Hit;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.evidence.internal.Hashes;
import org.factdesk.internal.Json;

/**
 * Retrieval quality of the evidence index on Climate-FEVER and Check-COVID (config {@code
 * regression/evidence-retrieval.properties}). Indexes every evidence sentence of both corpora, then
 * for each claim ranks passages by BM25, by vectors and by the hybrid, and measures recall@5,
 * recall@20 and MRR (first relevant hit within 100) of the claim's gold evidence. Fusion is tuned
 * on the dev portions (grid), and the configured fusion is reported on the test portions. Writes
 * {@code target/bench/evidence-retrieval.json}.
 *
 * <p>Run: {@code ./mvnw -q test -Dtest=RetrievalRegressionTest} (see docs/evidence.md).
 */
public final class RetrievalBenchmark {
  /** A claim with the URLs of its gold evidence sentences. */
  record Claim(String id, String dataset, boolean dev, String text, Set<String> gold) {}

  /** Metrics over a set of claims. */
  public record Metrics(int claims, double recall5, double recall20, double mrr) {
    double mean() {
      return (recall5 + recall20 + mrr) / 3;
    }
  }

  /** One ranked list of hits for a claim: passage id and URLs per rank. */
  record Ranked(List<String> ids, List<List<String>> urls) {}

  private final Path shared;
  private final Properties cfg;
  private final Map<String, Object> report = new LinkedHashMap<>();

  public RetrievalBenchmark(Path shared, Properties cfg) {
    this.shared = shared;
    this.cfg = cfg;
  }

  public static Properties config() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        RetrievalBenchmark.class.getResourceAsStream("/regression/evidence-retrieval.properties")) {
      p.load(in);
    }
    return p;
  }

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared").resolve("data");
    Path work = Files.createTempDirectory("factdesk-retrieval");
    Map<String, Object> r = new RetrievalBenchmark(shared, config()).run(work);
    System.out.println(Json.pretty(r));
  }

  /** Checks the data files against the configured SHA-256 sums. */
  public void verifyChecksums() throws IOException {
    for (String key :
        List.of("climatefever", "checkcovid.corpus", "checkcovid.dev", "checkcovid.test")) {
      String[] paths = cfg.getProperty(key + ".path").split(",");
      String[] sums = cfg.getProperty(key + ".sha256").split(",");
      for (int i = 0; i < paths.length; i++) {
        Path p = shared.resolve(paths[i].strip());
        String actual = sha256(p);
        if (!actual.equals(sums[i].strip())) {
          throw new IllegalStateException(
              p + ": SHA-256 is " + actual + ", the config expects " + sums[i].strip());
        }
      }
    }
  }

  private static String sha256(Path p) throws IOException {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(Files.readAllBytes(p));
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Map<String, Object> run(Path work) throws IOException {
    verifyChecksums();
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    Map<String, EvidenceDocument> docs = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    loadClimateFever(docs, claims, now);
    loadCheckCovid(docs, claims, now);
    Fusion fusion =
        new Fusion(
            Integer.parseInt(cfg.getProperty("fusion.k")),
            Double.parseDouble(cfg.getProperty("fusion.bm25Weight")),
            Double.parseDouble(cfg.getProperty("fusion.vectorWeight")),
            Integer.parseInt(cfg.getProperty("fusion.depth")));
    EmbedderEncoder encoder = EmbedderEncoder.shipped();
    long t0 = System.nanoTime();
    try (LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(
            work.resolve("index"),
            encoder,
            LuceneEvidenceIndex.Options.defaults().withFusion(fusion))) {
      List<EvidenceDocument> all = new ArrayList<>(docs.values());
      for (int i = 0; i < all.size(); i += 2000) {
        index.add(all.subList(i, Math.min(all.size(), i + 2000)));
      }
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      report.put("documents", all.size());
      report.put("passages", index.passageCount());
      report.put("indexSeconds", round(indexSeconds));

      List<String> texts = claims.stream().map(Claim::text).toList();
      float[][] qv = encoder.encode(texts);
      Map<String, Ranked> lexical = new HashMap<>();
      Map<String, Ranked> vector = new HashMap<>();
      Map<String, Ranked> hybrid = new HashMap<>();
      long q0 = System.nanoTime();
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        SearchRequest req = SearchRequest.of(c.text(), fusion.depth());
        lexical.put(
            c.id(), ranked(index.searchWithVector(req.withMode(SearchRequest.Mode.LEXICAL), null)));
        vector.put(
            c.id(), ranked(index.searchWithVector(req.withMode(SearchRequest.Mode.VECTOR), qv[i])));
        hybrid.put(c.id(), ranked(index.searchWithVector(req, qv[i])));
      }
      report.put("claims", claims.size());
      report.put("searchSeconds", round((System.nanoTime() - q0) / 1e9));

      // tune the fusion on the dev portions
      List<Claim> dev = claims.stream().filter(Claim::dev).toList();
      Fusion best = null;
      Metrics bestMetrics = null;
      List<Map<String, Object>> grid = new ArrayList<>();
      for (int k : new int[] {1, 5, 10, 20, 40, 60, 100}) {
        for (double wb : new double[] {0.2, 0.35, 0.5, 0.7, 0.85, 1.0, 1.2, 1.5}) {
          Fusion f = new Fusion(k, wb, 1.0, fusion.depth());
          Map<String, Ranked> fused = new HashMap<>();
          for (Claim c : dev) {
            fused.put(c.id(), fuse(lexical.get(c.id()), vector.get(c.id()), f));
          }
          Metrics m = metrics(dev, fused);
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("fusion", f.toString());
          row.put("dev", m);
          grid.add(row);
          if (bestMetrics == null || m.mean() > bestMetrics.mean() + 1e-12) {
            best = f;
            bestMetrics = m;
          }
        }
      }
      Map<String, Object> tuning = new LinkedHashMap<>();
      tuning.put("bestOnDev", best.toString());
      tuning.put("bestDevMetrics", bestMetrics);
      tuning.put("configuredFusion", fusion.toString());
      tuning.put("configuredOnDev", metrics(dev, hybrid));
      tuning.put("devLexical", metrics(dev, lexical));
      tuning.put("devVector", metrics(dev, vector));
      tuning.put("grid", grid);

      Map<String, Object> results = new LinkedHashMap<>();
      for (String dataset : List.of("all", "climate-fever", "check-covid")) {
        List<Claim> test =
            claims.stream()
                .filter(c -> !c.dev() && (dataset.equals("all") || c.dataset().equals(dataset)))
                .toList();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("bm25", metrics(test, lexical));
        row.put("vector", metrics(test, vector));
        row.put("hybrid", metrics(test, hybrid));
        results.put(dataset, row);
      }
      report.put("test", results);
      report.put("tuning", tuning);
    }
    Path out = Path.of("target", "bench", "evidence-retrieval.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Json.pretty(report), StandardCharsets.UTF_8);
    return report;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static Ranked ranked(List<Hit> hits) {
    List<String> ids = new ArrayList<>();
    List<List<String>> urls = new ArrayList<>();
    for (Hit h : hits) {
      ids.add(h.passage().id());
      urls.add(h.passage().urls());
    }
    return new Ranked(ids, urls);
  }

  /** Fuses two rankings the way the index does (same candidates, same formula). */
  static Ranked fuse(Ranked lex, Ranked vec, Fusion f) {
    Map<String, Double> score = new HashMap<>();
    Map<String, List<String>> urls = new HashMap<>();
    for (int i = 0; i < lex.ids().size(); i++) {
      score.merge(lex.ids().get(i), f.part(f.bm25Weight(), i + 1), Double::sum);
      urls.put(lex.ids().get(i), lex.urls().get(i));
    }
    for (int i = 0; i < vec.ids().size(); i++) {
      score.merge(vec.ids().get(i), f.part(f.vectorWeight(), i + 1), Double::sum);
      urls.put(vec.ids().get(i), vec.urls().get(i));
    }
    List<String> ids = new ArrayList<>(score.keySet());
    ids.sort(
        (a, b) ->
            score.get(b).equals(score.get(a))
                ? a.compareTo(b)
                : Double.compare(score.get(b), score.get(a)));
    return new Ranked(ids, ids.stream().map(urls::get).toList());
  }

  static Metrics metrics(List<Claim> claims, Map<String, Ranked> rankings) {
    double r5 = 0;
    double r20 = 0;
    double mrr = 0;
    for (Claim c : claims) {
      Ranked r = rankings.get(c.id());
      r5 += recall(c.gold(), r, 5);
      r20 += recall(c.gold(), r, 20);
      for (int i = 0; i < r.urls().size(); i++) {
        if (r.urls().get(i).stream().anyMatch(c.gold()::contains)) {
          mrr += 1.0 / (i + 1);
          break;
        }
      }
    }
    int n = claims.size();
    return new Metrics(n, round4(r5 / n), round4(r20 / n), round4(mrr / n));
  }

  private static double round4(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  private static double recall(Set<String> gold, Ranked r, int k) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(k, r.urls().size()); i++) {
      for (String u : r.urls().get(i)) {
        if (gold.contains(u)) {
          found.add(u);
        }
      }
    }
    return found.size() / (double) gold.size();
  }

  private void loadClimateFever(Map<String, EvidenceDocument> docs, List<Claim> claims, Instant now)
      throws IOException {
    int modulus = Integer.parseInt(cfg.getProperty("climatefever.dev.modulus"));
    try (BufferedReader in =
        Files.newBufferedReader(
            shared.resolve(cfg.getProperty("climatefever.path")), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line);
        Set<String> gold = new LinkedHashSet<>();
        for (JsonNode e : n.get("evidences")) {
          String url = "climate-fever:" + e.get("evidence_id").asText();
          docs.putIfAbsent(
              url,
              EvidenceDocument.news(
                  url,
                  e.get("article").asText(),
                  "wikipedia",
                  null,
                  now,
                  e.get("evidence").asText()));
          String label = e.get("evidence_label").asText();
          if (label.equals("SUPPORTS") || label.equals("REFUTES")) {
            gold.add(url);
          }
        }
        String id = n.get("claim_id").asText();
        if (!gold.isEmpty()) {
          boolean dev = Integer.parseInt(id) % modulus == 0;
          claims.add(new Claim("cf-" + id, "climate-fever", dev, n.get("claim").asText(), gold));
        }
      }
    }
  }

  private void loadCheckCovid(Map<String, EvidenceDocument> docs, List<Claim> claims, Instant now)
      throws IOException {
    try (BufferedReader in =
        Files.newBufferedReader(
            shared.resolve(cfg.getProperty("checkcovid.corpus.path")), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line);
        String cord = n.get("cord_id").asText();
        JsonNode abs = n.get("abstract");
        for (int i = 0; i < abs.size(); i++) {
          String url = "check-covid:" + cord + ":" + i;
          String text = abs.get(i).asText();
          if (!text.isBlank()) {
            docs.putIfAbsent(
                url,
                EvidenceDocument.news(url, n.get("title").asText(), "cord19", null, now, text));
          }
        }
      }
    }
    readCovidClaims(cfg.getProperty("checkcovid.dev.path"), true, claims);
    readCovidClaims(cfg.getProperty("checkcovid.test.path"), false, claims);
  }

  private void readCovidClaims(String paths, boolean dev, List<Claim> claims) throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    for (String path : paths.split(",")) {
      for (String line : Files.readAllLines(shared.resolve(path.strip()), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line.strip());
        String id = n.get("id").asText();
        if (n.get("label").asText().equals("NOTENOUGHINFO") || !seen.add(id)) {
          continue;
        }
        Set<String> gold = new LinkedHashSet<>();
        for (JsonNode e : n.get("evidence_set")) {
          gold.add("check-covid:" + n.get("cord_id").asText() + ":" + e.get("sent_index").asInt());
        }
        if (!gold.isEmpty()) {
          claims.add(
              new Claim(
                  "cc-" + (dev ? "dev-" : "test-") + id,
                  "check-covid",
                  dev,
                  n.get("claim").asText(),
                  gold));
        }
      }
    }
  }

  static String describe(Metrics m) {
    return String.format(
        Locale.ROOT,
        "R@5 %.4f R@20 %.4f MRR %.4f (%d claims)",
        m.recall5(),
        m.recall20(),
        m.mrr(),
        m.claims());
  }

  static String hash(String s) {
    return Hashes.sha256(s);
  }
}
