package org.factdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factdesk.InputException;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.Hit;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.Passage;
import org.factdesk.evidence.ScoreExplanation;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.internal.Dates;
import org.factdesk.internal.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk search QUERY}: hybrid evidence search. */
@Command(
    name = "search",
    description = "Search the evidence index: BM25 and sentence vectors, fused.")
final class SearchCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    json,
    text
  }

  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to find evidence for.")
  List<String> query;

  @Option(
      names = "-k",
      paramLabel = "N",
      description = "Number of hits (default: ${DEFAULT-VALUE}).")
  int k = 10;

  @Option(
      names = "--before",
      paramLabel = "DATE",
      description = "Only passages published before DATE (ISO date or time).")
  String before;

  @Option(
      names = "--after",
      paramLabel = "DATE",
      description = "Only passages published at or after DATE.")
  String after;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Only passages carried by this source (repeatable).")
  List<String> source = new ArrayList<>();

  @Option(
      names = "--collection",
      paramLabel = "C",
      description = "news or factchecks (default: both).")
  String collection;

  @Option(names = "--mode", paramLabel = "M", description = "hybrid (default), lexical or vector.")
  SearchRequest.Mode mode = SearchRequest.Mode.HYBRID;

  @Option(names = "--format", paramLabel = "F", description = "json (default) or text.")
  Format format = Format.json;

  @Option(names = "--explain", description = "Explain each score (BM25 terms, vector, fusion).")
  boolean explain;

  @Override
  public Integer call() {
    SearchRequest request;
    try {
      request =
          new SearchRequest(
              String.join(" ", query),
              k,
              date("--after", after),
              date("--before", before),
              Set.copyOf(source),
              collection == null ? null : EvidenceCollection.parse(collection),
              mode,
              explain);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path indexDir = global.dataDir().resolve("index");
    if (!Files.isDirectory(indexDir)) {
      throw new InputException(
          indexDir.toString(), "no evidence index here; run 'factdesk ingest' first");
    }
    List<Hit> hits;
    try (LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(indexDir, EmbedderEncoder.shipped())) {
      hits = index.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.pretty(Map.of("hits", hits.stream().map(this::json).toList())));
    } else {
      text(out, hits);
    }
    out.flush();
    return Main.OK;
  }

  private static Instant date(String option, String value) {
    if (value == null) {
      return null;
    }
    Instant i = Dates.parse(value);
    if (i == null) {
      throw new UsageException(option + ": not a date: '" + value + "' (use e.g. 2026-03-14)");
    }
    return i;
  }

  private Map<String, Object> json(Hit h) {
    Passage p = h.passage();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", p.url());
    m.put("title", p.title());
    m.put("source", p.source());
    m.put("published", p.published() == null ? null : p.published().toString());
    m.put("passage", p.text());
    m.put("score", h.score());
    m.put("rank", h.rank());
    m.put("collection", p.collection().id());
    m.put("sources", p.sources());
    m.put("urls", p.urls());
    m.put("ingested", p.ingested().toString());
    m.put("contentHash", p.contentHash());
    if (!p.metadata().isEmpty()) {
      m.put("metadata", new java.util.TreeMap<>(p.metadata()));
    }
    if (explain) {
      ScoreExplanation e = h.explanation();
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("bm25", e.bm25());
      x.put("bm25Rank", e.bm25Rank());
      x.put("cosine", e.cosine());
      x.put("vectorRank", e.vectorRank());
      x.put("bm25Part", e.bm25Part());
      x.put("vectorPart", e.vectorPart());
      x.put("fusion", e.fusion());
      x.put("terms", e.terms());
      x.put("text", e.describe());
      m.put("explanation", x);
    }
    return m;
  }

  private void text(PrintWriter out, List<Hit> hits) {
    if (hits.isEmpty()) {
      out.println("no hits");
    }
    for (Hit h : hits) {
      Passage p = h.passage();
      out.printf(
          Locale.ROOT,
          "%d. [%.4f] %s (%s%s)%n",
          h.rank(),
          h.score(),
          p.title() == null ? "(untitled)" : p.title(),
          String.join(", ", p.sources()),
          p.published() == null ? "" : ", " + p.published());
      if (p.url() != null) {
        out.println("   " + p.url());
      }
      out.println("   " + p.text());
      if (explain) {
        out.println("   score: " + h.explanation().describe());
      }
    }
  }
}
