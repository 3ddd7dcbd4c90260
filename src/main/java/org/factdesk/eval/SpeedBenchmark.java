package org.factdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.factdesk.FactDeskException;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReader;
import org.factdesk.claims.Claim;
import org.factdesk.claims.ClaimFinder;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.TimedEncoder;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Embedder;
import org.factdesk.report.CheckReport;
import org.factdesk.report.ClaimResult;
import org.factdesk.verify.Checker;
import org.factdesk.verify.ClaimInput;
import org.factdesk.verify.JointEncoder;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.TextEmbedder;
import org.factdesk.verify.internal.CachingEmbedder;
import org.factdesk.verify.internal.IndexEvidence;
import org.factdesk.verify.internal.SentenceClaims;

/**
 * Times {@code check} on a generated article of about 1,000 words against N generated passages in
 * the Lucene evidence index {@code check} uses ({@link SpeedCorpus}; seeded). The index is built
 * once in {@code <dir>/index} and reused when it already holds the same corpus; {@code dir} is then
 * a data directory for {@code factdesk check --data dir}, and the article is written beside it as
 * HTML so the cold command line can be timed on the same input.
 *
 * <p>Figures: ingest throughput of the build (and, on a sample, with and without stored sentence
 * vectors), warm per-article time (median, p90 over several runs after warm-up; each run as {@code
 * check} does it: claim finding, a fresh embedding cache, the checker), texts embedded per article,
 * the same with the stored vectors ignored (the path of an index built before they were stored) and
 * how many verdicts differ between the two, index size, peak RSS.
 */
public final class SpeedBenchmark {
  private static final long SEED = 42;

  /**
   * Settings.
   *
   * @param passages passages in the index (at least)
   * @param dir the data directory holding the index
   * @param runs timed runs after warm-up
   * @param warmups untimed runs first
   * @param compareRuns timed runs ignoring the stored vectors (0: skip)
   * @param ingestSample passages of the ingest comparison with and without sentence vectors (0:
   *     skip)
   * @param articleWords length of the article checked
   * @param variants documents per story in the index (they differ in figures and dates); the
   *     index's vectors are computed for one text per story and wording, the other variants get
   *     that vector plus seeded noise ({@link NumberBlindEncoder}); 1: every text embedded
   */
  public record Settings(
      int passages,
      Path dir,
      int runs,
      int warmups,
      int compareRuns,
      int ingestSample,
      int articleWords,
      int variants) {
    public Settings {
      if (variants < 1) {
        throw new IllegalArgumentException("variants must be >= 1, got " + variants);
      }
      if (articleWords < 20) {
        throw new IllegalArgumentException("articleWords must be >= 20, got " + articleWords);
      }
      if (passages < 1) {
        throw new IllegalArgumentException("passages must be >= 1, got " + passages);
      }
      if (dir == null) {
        throw new IllegalArgumentException("dir must not be null");
      }
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be >= 1, got " + runs);
      }
      if (warmups < 0 || compareRuns < 0 || ingestSample < 0) {
        throw new IllegalArgumentException(
            "warmups, compareRuns and ingestSample must be >= 0, got "
                + warmups
                + ", "
                + compareRuns
                + ", "
                + ingestSample);
      }
    }

    /**
     * The settings of {@code factdesk eval speed --limit N}: 7 timed runs after 2 warm-ups, 2 runs
     * ignoring stored vectors, an ingest comparison on 2,000 passages; the JVM system properties
     * {@code speed.runs}, {@code speed.warmups}, {@code speed.compareRuns} and {@code
     * speed.ingestSample} change them.
     */
    public static Settings of(int passages, Path dir) {
      return new Settings(
          passages,
          dir,
          Integer.getInteger("speed.runs", 7),
          Integer.getInteger("speed.warmups", 2),
          Integer.getInteger("speed.compareRuns", 2),
          Integer.getInteger("speed.ingestSample", 2_000),
          1_000,
          Integer.getInteger("speed.variants", 1));
    }
  }

  private SpeedBenchmark() {}

  /** Runs the benchmark; returns its figures. */
  public static Map<String, Object> run(Settings s, TextEmbedder shared) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("passages_requested", s.passages());
    Path indexDir = s.dir().resolve("index");
    Map<String, Object> build = ensureIndex(s.passages(), s.variants(), indexDir);
    Path articleFile = s.dir().resolveSibling(s.dir().getFileName() + "-article.html");
    Article article = article(articleFile, s.articleWords());
    try (LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(indexDir, EmbedderEncoder.shipped(), options(true))) {
      out.put("indexed_passages", index.passageCount());
      out.put("index_segments", index.segmentCount());
      out.put("index_bytes", size(indexDir));
      out.put("index_dir", indexDir.toString());
      out.putAll(build);
      out.put("article_file", articleFile.toString());
      out.put("article_words", article.text().split("\\s+").length);
      out.put("claims", claims(article).size());

      Timing stored = time(index, article, shared, true, s.warmups(), s.runs());
      out.put("warm", stored.figures());
      out.put("verdicts", String.join(" ", stored.verdicts()));
      if (s.compareRuns() > 0) {
        Timing embedded = time(index, article, shared, false, 1, s.compareRuns());
        out.put("warm_without_stored_vectors", embedded.figures());
        int differ = 0;
        for (int i = 0; i < stored.verdicts().size(); i++) {
          differ += stored.verdicts().get(i).equals(embedded.verdicts().get(i)) ? 0 : 1;
        }
        out.put("verdicts_differing_from_embedding_path", differ);
      }
    }
    if (s.ingestSample() > 0) {
      out.put("ingest_comparison", ingestComparison(s.ingestSample(), s.dir()));
    }
    out.put("peak_rss_mb", peakRssMb());
    out.put("threads", Runtime.getRuntime().availableProcessors());
    out.put("load_average", loadAverage());
    return out;
  }

  private static LuceneEvidenceIndex.Options options(boolean sentenceVectors) {
    return LuceneEvidenceIndex.Options.defaults()
        .withNearDuplicates(false)
        .withSentenceVectors(sentenceVectors);
  }

  /** Builds the index unless it already holds this corpus; returns the build's figures. */
  private static Map<String, Object> ensureIndex(int passages, int variants, Path indexDir) {
    Path marker = indexDir.resolveSibling("speed-corpus.properties");
    Properties p = new Properties();
    if (Files.isRegularFile(marker) && Files.isDirectory(indexDir)) {
      try (var in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException e) {
        throw new FactDeskException("cannot read " + marker, e);
      }
      boolean same =
          String.valueOf(SpeedCorpus.VERSION).equals(p.getProperty("version"))
              && String.valueOf(passages).equals(p.getProperty("requested"))
              && String.valueOf(variants).equals(p.getProperty("variants"))
              && p.getProperty("passages", "")
                  .equals(String.valueOf(LuceneEvidenceIndex.committedPassages(indexDir)));
      if (same) {
        return buildFigures(p, true);
      }
    }
    deleteTree(indexDir);
    NumberBlindEncoder blind =
        variants > 1 ? new NumberBlindEncoder(EmbedderEncoder.shipped(), SEED) : null;
    TimedEncoder encoder = new TimedEncoder(blind != null ? blind : EmbedderEncoder.shipped());
    SpeedCorpus corpus = new SpeedCorpus(SEED, variants);
    Instant t0 = Instant.parse("2021-01-01T00:00:00Z");
    long start = System.nanoTime();
    int docs = 0;
    try (LuceneEvidenceIndex index = LuceneEvidenceIndex.open(indexDir, encoder, options(true))) {
      while (index.passageCount() < passages) {
        List<EvidenceDocument> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
          batch.add(corpus.document(docs++, t0));
        }
        index.add(batch);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      p.setProperty("version", String.valueOf(SpeedCorpus.VERSION));
      p.setProperty("requested", String.valueOf(passages));
      p.setProperty("passages", String.valueOf(index.passageCount()));
      p.setProperty("documents", String.valueOf(docs));
      p.setProperty("build_seconds", String.format(java.util.Locale.ROOT, "%.1f", seconds));
      p.setProperty(
          "embedding_seconds", String.format(java.util.Locale.ROOT, "%.1f", encoder.seconds()));
      p.setProperty("texts_encoded", String.valueOf(encoder.texts()));
      p.setProperty(
          "texts_embedded", String.valueOf(blind != null ? blind.embedded() : encoder.texts()));
      p.setProperty("variants", String.valueOf(variants));
      p.setProperty("built", Instant.now().toString());
      p.setProperty("load_average_after_build", String.valueOf(loadAverage()));
    }
    try (var w = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
      p.store(w, "factdesk speed benchmark corpus");
    } catch (IOException e) {
      throw new FactDeskException("cannot write " + marker, e);
    }
    return buildFigures(p, false);
  }

  private static Map<String, Object> buildFigures(Properties p, boolean reused) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("index_reused", reused);
    long n = Long.parseLong(p.getProperty("passages"));
    double sec = Double.parseDouble(p.getProperty("build_seconds"));
    m.put("documents", Long.parseLong(p.getProperty("documents")));
    m.put("build_seconds", sec);
    m.put("build_embedding_seconds", Double.parseDouble(p.getProperty("embedding_seconds")));
    m.put("variants_per_story", Integer.parseInt(p.getProperty("variants")));
    m.put("build_texts_encoded", Long.parseLong(p.getProperty("texts_encoded")));
    m.put("build_texts_embedded_by_the_model", Long.parseLong(p.getProperty("texts_embedded")));
    m.put("build_passages_per_second", Math.round(n / sec * 10) / 10.0);
    m.put("built", p.getProperty("built"));
    m.put("load_average_after_build", p.getProperty("load_average_after_build"));
    return m;
  }

  /**
   * Ingests the first {@code n} passages of the corpus into two scratch indexes, with and without
   * stored sentence vectors, in alternation (so that the machine's load hits both alike).
   */
  private static Map<String, Object> ingestComparison(int n, Path dir) {
    Map<String, Object> m = new LinkedHashMap<>();
    double[] seconds = new double[2];
    long[] passages = new long[2];
    long[] texts = new long[2];
    for (int round = 0; round < 2; round++) {
      for (int mode = 0; mode < 2; mode++) {
        boolean on = mode == 1;
        Path scratch = dir.resolveSibling(dir.getFileName() + "-ingest-" + (on ? "on" : "off"));
        deleteTree(scratch);
        TimedEncoder encoder = new TimedEncoder(EmbedderEncoder.shipped());
        SpeedCorpus corpus = new SpeedCorpus(SEED, 1);
        Instant t0 = Instant.parse("2021-01-01T00:00:00Z");
        long start = System.nanoTime();
        int docs = 0;
        try (LuceneEvidenceIndex index = LuceneEvidenceIndex.open(scratch, encoder, options(on))) {
          while (index.passageCount() < n) {
            List<EvidenceDocument> batch = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
              batch.add(corpus.document(docs++, t0));
            }
            index.add(batch);
          }
          seconds[mode] += (System.nanoTime() - start) / 1e9;
          passages[mode] += index.passageCount();
          texts[mode] += encoder.texts();
        }
        if (round == 1) {
          m.put(
              (on ? "with" : "without") + "_sentence_vectors",
              Map.of(
                  "passages_per_second",
                  Math.round(passages[mode] / seconds[mode] * 10) / 10.0,
                  "texts_embedded_per_passage",
                  Math.round(100.0 * texts[mode] / passages[mode]) / 100.0,
                  "index_bytes",
                  size(scratch)));
        }
        deleteTree(scratch);
      }
    }
    m.put("passages", n);
    m.put("rounds", 2);
    return m;
  }

  /** Writes the generated article as HTML (with its date) once, and reads it back as check does. */
  private static Article article(Path file, int words) {
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html><html><head><meta charset=\"utf-8\">")
        .append("<title>Regional round-up</title>")
        .append("<meta property=\"article:published_time\" content=\"")
        .append(SpeedCorpus.articleTime())
        .append("\"></head><body><article><h1>Regional round-up</h1>\n");
    for (String para : new SpeedCorpus(SEED + 1, 1).article(words)) {
      html.append("<p>").append(para).append("</p>\n");
    }
    html.append("</article></body></html>\n");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FactDeskException("cannot write " + file, e);
    }
    return ArticleReader.readString(html.toString(), file.toString());
  }

  private record Timing(
      List<Long> millis,
      List<Long> cpuMillis,
      List<Long> jitMillis,
      List<Long> embedded,
      List<Long> pairs,
      List<String> verdicts,
      Map<String, Long> computed) {
    Map<String, Object> figures() {
      long[] ms = millis.stream().mapToLong(Long::longValue).sorted().toArray();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("runs", ms.length);
      m.put("median_ms", percentile(ms, 0.5));
      m.put("p90_ms", percentile(ms, 0.9));
      m.put("min_ms", ms[0]);
      m.put("max_ms", ms[ms.length - 1]);
      m.put("all_ms", millis);
      long[] cpu = cpuMillis.stream().mapToLong(Long::longValue).sorted().toArray();
      m.put("process_cpu_median_ms", percentile(cpu, 0.5));
      m.put("process_cpu_all_ms", cpuMillis);
      long[] jit = jitMillis.stream().mapToLong(Long::longValue).sorted().toArray();
      m.put("jit_compiler_cpu_median_ms", percentile(jit, 0.5));
      m.put("jit_compiler_cpu_all_ms", jitMillis);
      m.put("texts_embedded_per_article", embedded.get(0));
      m.put("joint_pairs_per_article", pairs.get(0));
      m.put("memo_results_computed_last_run", computed);
      return m;
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /**
   * JVM property {@code speed.freshMemos}: when {@code true}, every run starts with empty per-text
   * memos ({@link TextMemo}: tagged texts, figures, times...), as a new article would; by default a
   * run finds the texts of the previous runs of the same article there.
   */
  static final boolean FRESH_MEMOS = Boolean.getBoolean("speed.freshMemos");

  private static Timing time(
      LuceneEvidenceIndex index,
      Article article,
      TextEmbedder shared,
      boolean useStored,
      int warmups,
      int runs) {
    List<Long> ms = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    List<Long> jit = new ArrayList<>();
    List<Long> embedded = new ArrayList<>();
    List<Long> jointPairs = new ArrayList<>();
    JointEncoder joint = JointEncoder.of(Embedder.shared());
    List<String> verdicts = List.of();
    Map<String, Long> computed = Map.of();
    for (int run = 0; run < warmups + runs; run++) {
      if (FRESH_MEMOS) {
        TextMemo.clearAll();
      }
      AtomicLong texts = new AtomicLong();
      AtomicLong pairs = new AtomicLong();
      TextEmbedder counting =
          t -> {
            texts.addAndGet(t.size());
            return shared.embed(t);
          };
      Map<String, Long> before = TextMemo.computedCounts();
      long c0 = processCpuNanos();
      long j0 = compilerCpuNanos();
      long s = System.nanoTime();
      TextEmbedder embedder = new CachingEmbedder(counting, 20_000);
      Checker checker =
          new Checker(
              StanceModel.shipped(
                  embedder,
                  (c, p) -> {
                    pairs.addAndGet(c.size());
                    return joint.encode(c, p);
                  }),
              null,
              StanceAggregator.standard(),
              useStored
                  ? new IndexEvidence(index, embedder, Embedder.DEFAULT_MODEL)
                  : new IndexEvidence(index, embedder));
      CheckReport report = checker.check(article, claims(article), Instant.EPOCH);
      long took = (System.nanoTime() - s) / 1_000_000;
      long cpuTook = (processCpuNanos() - c0) / 1_000_000;
      long jitTook = Math.max(0, compilerCpuNanos() - j0) / 1_000_000;
      Map<String, Long> now = new LinkedHashMap<>(TextMemo.computedCounts());
      now.replaceAll((name, n) -> n - before.getOrDefault(name, 0L));
      computed = now;
      if (run >= warmups) {
        ms.add(took);
        cpu.add(cpuTook);
        jit.add(jitTook);
        embedded.add(texts.get());
        jointPairs.add(pairs.get());
      }
      List<String> v = new ArrayList<>();
      for (ClaimResult c : report.claims()) {
        v.add(c.verdict().name());
      }
      verdicts = v;
    }
    return new Timing(ms, cpu, jit, embedded, jointPairs, verdicts, computed);
  }

  private static List<ClaimInput> claims(Article article) {
    List<ClaimInput> found = new ArrayList<>();
    for (Claim c : ClaimFinder.find(article)) {
      found.add(
          new ClaimInput(c.id(), c.text(), c.sentence(), c.start(), c.end(), c.checkworthiness()));
    }
    return SentenceClaims.addTitled(found, SentenceClaims.find(article));
  }

  private static long size(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      throw new FactDeskException("cannot measure " + dir, e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot delete " + dir, e);
    }
  }

  /** Peak resident set size of this process (Linux {@code VmHWM}), or -1 if unknown. */
  static long peakRssMb() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.trim().split("\\s+");
          return Long.parseLong(parts[1]) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * CPU time of the whole process (all threads, JIT, GC and the ONNX runtime's included), from
   * Linux's {@code /proc/self/stat} (user + system, in clock ticks of 10 ms), or 0 if unknown.
   */
  static long processCpuNanos() {
    Path stat = Path.of("/proc/self/stat");
    if (!Files.isReadable(stat)) {
      return 0;
    }
    try {
      String s = Files.readString(stat, StandardCharsets.UTF_8);
      String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
      return ticks * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * CPU time of the JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread0"...), part of
   * {@link #processCpuNanos}, from Linux's {@code /proc/self/task/N/stat}, or 0 if unknown. A run
   * of {@code check} in a JVM that has checked only a few articles still compiles code it reaches
   * for the first few times (docs/verify.md, "Speed").
   */
  static long compilerCpuNanos() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return 0;
    }
    long ticks = 0;
    try (java.util.stream.Stream<Path> all = Files.list(tasks)) {
      for (Path t : all.toList()) {
        try {
          String s = Files.readString(t.resolve("stat"), StandardCharsets.UTF_8);
          String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
          if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
          }
        } catch (IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks * 10_000_000L;
  }

  static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
