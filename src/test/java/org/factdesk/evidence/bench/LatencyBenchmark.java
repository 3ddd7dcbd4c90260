package org.factdesk.evidence.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.PassageEncoder;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.evidence.internal.MinHash;
import org.factdesk.evidence.internal.PassageSplitter;
import org.factdesk.internal.Json;

/**
 * Query latency of hybrid search at a synthetic scale: N passages made from the real evidence
 * sentences of Climate-FEVER and Check-COVID, each a real sentence plus four corpus words, with the
 * sentence's real embedding perturbed by seeded Gaussian noise (cosine to the original about 0.9),
 * so that only the ~9k real sentences are embedded. Queries are real claims, embedded beforehand
 * (their embedding time is reported apart). Writes {@code target/bench/evidence-latency-N.json}
 * with p50/p99 for hybrid, BM25-only, vector-only and filtered hybrid, index size and heap used.
 *
 * <p>Run: {@code LatencyBenchmark N [FLOAT32|INT8] [../shared]} (see docs/evidence.md).
 */
public final class LatencyBenchmark {
  private static final float NOISE = 0.025f;
  private static final String[] SOURCES = {
    "Wire A",
    "Wire B",
    "Daily C",
    "Herald D",
    "Times E",
    "Post F",
    "Radio G",
    "TV H",
    "Blog I",
    "Agency J"
  };

  private LatencyBenchmark() {}

  /** Vectors of the current batch, looked up by text. */
  private static final class BatchEncoder implements PassageEncoder {
    final Map<String, float[]> vectors = new HashMap<>();

    @Override
    public float[][] encode(List<String> texts) {
      float[][] out = new float[texts.size()][];
      for (int i = 0; i < texts.size(); i++) {
        float[] v = vectors.get(texts.get(i));
        if (v == null) {
          throw new IllegalStateException("no synthetic vector for: " + texts.get(i));
        }
        out[i] = v;
      }
      return out;
    }

    @Override
    public int dimension() {
      return 384;
    }

    @Override
    public String name() {
      return "all-MiniLM-L6-v2-q";
    }
  }

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    LuceneEvidenceIndex.VectorStorage storage =
        args.length > 1
            ? LuceneEvidenceIndex.VectorStorage.valueOf(args[1])
            : LuceneEvidenceIndex.VectorStorage.FLOAT32;
    Path data = Path.of(args.length > 2 ? args[2] : "../shared").resolve("data");
    BenchCorpus corpus = BenchCorpus.load(data);
    List<String> base = new ArrayList<>(new LinkedHashSet<>(corpus.sentences));
    base.removeIf(s -> s.isBlank() || s.length() > 380);
    int baseLimit = Integer.getInteger("bench.baseSentences", 3000);
    if (base.size() > baseLimit) {
      base = new ArrayList<>(base.subList(0, baseLimit));
    }
    EmbedderEncoder model = EmbedderEncoder.shipped();
    long e0 = System.nanoTime();
    float[][] baseVectors = model.encode(base);
    double baseEmbedSeconds = (System.nanoTime() - e0) / 1e9;
    List<String> queries = corpus.claims.subList(0, Math.min(1000, corpus.claims.size()));
    long q0 = System.nanoTime();
    float[][] queryVectors = model.encode(queries);
    double queryEmbedMs = (System.nanoTime() - q0) / 1e6 / queries.size();
    long s0 = System.nanoTime();
    for (int i = 0; i < 50; i++) {
      model.encode(List.of(queries.get(i)));
    }
    double singleQueryEmbedMs = (System.nanoTime() - s0) / 1e6 / 50;
    Set<String> vocabulary = new LinkedHashSet<>();
    for (String s : base) {
      vocabulary.addAll(MinHash.words(s));
    }
    String[] words = vocabulary.toArray(new String[0]);

    Path dir = Path.of("target", "bench", "latency-index-" + n + "-" + storage);
    boolean reuse = Boolean.getBoolean("bench.reuse") && Files.isDirectory(dir);
    if (!reuse) {
      deleteTree(dir);
    }
    Random rnd = new Random(42);
    BatchEncoder enc = new BatchEncoder();
    long b0 = System.nanoTime();
    Instant ingested = Instant.parse("2026-01-01T00:00:00Z");
    long from = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    long span = Instant.parse("2026-06-01T00:00:00Z").getEpochSecond() - from;
    LuceneEvidenceIndex.Options options =
        LuceneEvidenceIndex.Options.defaults()
            .withNearDuplicates(false)
            .withStorage(storage)
            .withRamBufferMb(256);
    PassageSplitter splitter = new PassageSplitter(options.maxSentences(), options.maxChars());
    try (LuceneEvidenceIndex index = LuceneEvidenceIndex.open(dir, enc, options)) {
      int batch = 20_000;
      for (int start = 0; start < (reuse ? 0 : n); start += batch) {
        List<EvidenceDocument> docs = new ArrayList<>();
        enc.vectors.clear();
        for (int i = start; i < Math.min(n, start + batch); i++) {
          int b = rnd.nextInt(base.size());
          String text =
              base.get(b)
                  + " "
                  + words[rnd.nextInt(words.length)]
                  + " "
                  + words[rnd.nextInt(words.length)]
                  + " "
                  + words[rnd.nextInt(words.length)]
                  + " "
                  + words[rnd.nextInt(words.length)]
                  + ".";
          float[] v = baseVectors[b].clone();
          double norm = 0;
          for (int d = 0; d < v.length; d++) {
            v[d] += (float) rnd.nextGaussian() * NOISE;
            norm += v[d] * v[d];
          }
          float inv = (float) (1 / Math.sqrt(norm));
          for (int d = 0; d < v.length; d++) {
            v[d] *= inv;
          }
          for (String passage : splitter.split(text)) {
            enc.vectors.put(passage, v);
          }
          docs.add(
              new EvidenceDocument(
                  "synthetic:" + i,
                  null,
                  SOURCES[rnd.nextInt(SOURCES.length)],
                  Instant.ofEpochSecond(from + (long) (rnd.nextDouble() * span)),
                  ingested,
                  EvidenceCollection.NEWS,
                  text,
                  Map.of()));
        }
        index.add(docs);
        System.err.printf(
            Locale.ROOT,
            "indexed %d / %d (%.0f s)%n",
            Math.min(n, start + batch),
            n,
            (System.nanoTime() - b0) / 1e9);
      }
      double buildSeconds = (System.nanoTime() - b0) / 1e9;

      Map<String, Object> r = new LinkedHashMap<>();
      r.put("passages", index.passageCount());
      r.put("vectorStorage", storage.name());
      r.put("buildSeconds", reuse ? "reused" : round(buildSeconds));
      r.put("segments", index.segmentCount());
      r.put("baseSentencesEmbedded", base.size());
      r.put("baseEmbeddingSeconds", round(baseEmbedSeconds));
      r.put("queryEmbeddingMsBatched", round(queryEmbedMs));
      r.put("queryEmbeddingMsSingle", round(singleQueryEmbedMs));
      SearchRequest.Mode[] modes = {
        SearchRequest.Mode.HYBRID, SearchRequest.Mode.LEXICAL, SearchRequest.Mode.VECTOR
      };
      // warm-up
      for (int i = 0; i < 300; i++) {
        index.searchWithVector(
            SearchRequest.of(queries.get(i % queries.size()), 10),
            queryVectors[i % queries.size()]);
      }
      for (SearchRequest.Mode m : modes) {
        r.put(m.name().toLowerCase(Locale.ROOT), latencies(index, queries, queryVectors, m, false));
      }
      r.put(
          "hybridFiltered",
          latencies(index, queries, queryVectors, SearchRequest.Mode.HYBRID, true));
      System.gc();
      Runtime rt = Runtime.getRuntime();
      r.put("heapUsedMb", round((rt.totalMemory() - rt.freeMemory()) / 1e6));
      r.put("maxHeapMb", round(rt.maxMemory() / 1e6));
      r.put("indexBytes", size(dir));
      r.put("indexMb", round(size(dir) / 1e6));
      r.put("cores", rt.availableProcessors());
      r.put(
          "loadAverage",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      Path out = Path.of("target", "bench", "evidence-latency-" + n + "-" + storage + ".json");
      Files.writeString(out, Json.pretty(r), StandardCharsets.UTF_8);
      System.out.println(Json.pretty(r));
    }
  }

  private static Map<String, Object> latencies(
      LuceneEvidenceIndex index,
      List<String> queries,
      float[][] vectors,
      SearchRequest.Mode mode,
      boolean filtered) {
    int count = Math.min(1000, queries.size());
    double[] ms = new double[count];
    for (int i = 0; i < count; i++) {
      SearchRequest req = SearchRequest.of(queries.get(i), 10).withMode(mode);
      if (filtered) {
        req =
            req.withTimeRange(null, Instant.parse("2024-01-01T00:00:00Z"))
                .withSources(Set.of("Wire A", "Daily C", "Times E"));
      }
      long t = System.nanoTime();
      index.searchWithVector(req, mode == SearchRequest.Mode.LEXICAL ? null : vectors[i]);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("queries", count);
    m.put("p50Ms", round(ms[count / 2]));
    m.put("p90Ms", round(ms[(int) (count * 0.9)]));
    m.put("p99Ms", round(ms[(int) Math.ceil(count * 0.99) - 1]));
    m.put("maxMs", round(ms[count - 1]));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
