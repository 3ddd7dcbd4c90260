package org.factdesk.evidence.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.evidence.AddResult;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.TimedEncoder;
import org.factdesk.evidence.internal.PassageSplitter;
import org.factdesk.internal.Json;

/**
 * Ingest throughput: the Climate-FEVER articles and Check-COVID abstracts ingested into a fresh
 * index (passages, embeddings, near-duplicate checks, commits), in passages per second with the
 * embedding time shown separately, against the raw throughput of the same model on the same passage
 * texts. Writes {@code target/bench/evidence-ingest.json}.
 *
 * <p>Run: see docs/evidence.md ({@code IngestBenchmark [../shared]}).
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared").resolve("data");
    BenchCorpus corpus = BenchCorpus.load(data);
    EmbedderEncoder model = EmbedderEncoder.shipped();
    LuceneEvidenceIndex.Options options = LuceneEvidenceIndex.Options.defaults();
    PassageSplitter splitter = new PassageSplitter(options.maxSentences(), options.maxChars());
    List<String> passages = new ArrayList<>();
    corpus.documents.forEach(d -> passages.addAll(splitter.split(d.text())));
    model.encode(passages.subList(0, 256)); // warm-up

    long r0 = System.nanoTime();
    for (int i = 0; i < passages.size(); i += 256) {
      model.encode(passages.subList(i, Math.min(passages.size(), i + 256)));
    }
    double rawSeconds = (System.nanoTime() - r0) / 1e9;

    Path dir = Files.createTempDirectory("factdesk-ingest-bench");
    TimedEncoder timed = new TimedEncoder(model);
    long t0 = System.nanoTime();
    AddResult total = AddResult.EMPTY;
    try (LuceneEvidenceIndex index = LuceneEvidenceIndex.open(dir.resolve("index"), timed)) {
      for (int i = 0; i < corpus.documents.size(); i += 500) {
        total =
            total.plus(
                index.add(corpus.documents.subList(i, Math.min(corpus.documents.size(), i + 500))));
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("documents", corpus.documents.size());
    r.put("passagesIndexed", total.passages());
    r.put("nearDuplicates", total.nearDuplicates());
    r.put("ingestSeconds", round(seconds));
    r.put("embeddingSeconds", round(timed.seconds()));
    r.put("otherSeconds", round(seconds - timed.seconds()));
    r.put("ingestPassagesPerSecond", round(total.passages() / seconds));
    r.put("rawEmbeddingPassages", passages.size());
    r.put("rawEmbeddingSeconds", round(rawSeconds));
    r.put("rawEmbeddingPassagesPerSecond", round(passages.size() / rawSeconds));
    r.put(
        "ratioToRawEmbedding",
        round((total.passages() / seconds) / (passages.size() / rawSeconds)));
    r.put("cores", Runtime.getRuntime().availableProcessors());
    r.put(
        "loadAverage",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Path out = Path.of("target", "bench", "evidence-ingest.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Json.pretty(r), StandardCharsets.UTF_8);
    System.out.println(Json.pretty(r));
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
