package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.FactDeskException;
import org.factdesk.InputException;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReader;
import org.factdesk.claims.Claim;
import org.factdesk.claims.ClaimFinder;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.nlp.Embedder;
import org.factdesk.report.CheckReport;
import org.factdesk.report.ReportFormat;
import org.factdesk.sources.Fetchers;
import org.factdesk.sources.IngestReport;
import org.factdesk.sources.Ingester;
import org.factdesk.sources.SourceProblem;
import org.factdesk.verify.Checker;
import org.factdesk.verify.ClaimInput;
import org.factdesk.verify.EvidenceSource;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.TextEmbedder;
import org.factdesk.verify.internal.CachingEmbedder;
import org.factdesk.verify.internal.IndexEvidence;
import org.factdesk.verify.internal.SentenceClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk check}: a verdict for every claim of an article, with evidence. */
@Command(
    name = "check",
    description = {
      "Fact-check an article: find its claims, gather evidence, give each a verdict.",
      "Evidence comes from the evidence index in the data directory (<data>/index; news and"
          + " earlier fact-checks). --sources ingests sources into it first (already ingested"
          + " items are skipped).",
      "--evidence / --fact-checks files are used for this run only (a temporary index)."
    })
final class CheckCommand implements Callable<Integer> {
  /** Sentences embedded to rank evidence are not embedded again to judge them. */
  private final TextEmbedder embedder =
      new CachingEmbedder(texts -> Embedder.shared().embed(texts), 20_000);

  /** The evidence of a data directory without an index. */
  private static final EvidenceSource NO_EVIDENCE =
      new EvidenceSource() {
        @Override
        public List<org.factdesk.verify.Passage> search(String query, Instant notAfter, int k) {
          return List.of();
        }

        @Override
        public boolean isEmpty() {
          return true;
        }
      };

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global;

  @Mixin InputOptions inputOptions;

  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description = "Article file, http(s) URL, or - for stdin.")
  String input;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json, markdown, html or claimreview (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report here (default: standard output).")
  Path output;

  @Option(
      names = "--sources",
      arity = "1..*",
      paramLabel = "SOURCE",
      description =
          "Ingest these into the data directory's index first (what `ingest` accepts: feeds,"
              + " OPML, JSONL, ClaimReview, folders, pages, URLs); already indexed items are"
              + " skipped.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--evidence",
      paramLabel = "FILE",
      description = "Evidence: an RSS/Atom feed or JSONL passages (repeatable).")
  List<Path> evidenceFiles = new ArrayList<>();

  @Option(
      names = "--fact-checks",
      paramLabel = "FILE",
      description = "Earlier fact-checks as ClaimReview JSONL (repeatable).")
  List<Path> factCheckFiles = new ArrayList<>();

  @Override
  public Integer call() {
    ReportFormat fmt;
    try {
      fmt = ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
    Article article = ArticleReader.read(input, inputOptions.readOptions());
    boolean temporary = !evidenceFiles.isEmpty() || !factCheckFiles.isEmpty();
    Path tmp = null;
    try {
      Path indexDir;
      if (temporary) {
        tmp = Files.createTempDirectory("factdesk-check-");
        indexDir = tmp.resolve("index");
      } else {
        indexDir = global.dataDir().resolve("index");
        if (sources.isEmpty() && !Files.isDirectory(indexDir)) {
          return check(article, fmt, NO_EVIDENCE); // nothing ingested yet: do not create it here
        }
      }
      try (LuceneEvidenceIndex index =
          LuceneEvidenceIndex.open(indexDir, EmbedderEncoder.shipped())) {
        List<String> toIngest = new ArrayList<>(sources);
        evidenceFiles.forEach(f -> toIngest.add(f.toString()));
        factCheckFiles.forEach(f -> toIngest.add(f.toString()));
        if (!toIngest.isEmpty()) {
          ingest(index, toIngest);
        }
        return check(article, fmt, new IndexEvidence(index, embedder, Embedder.DEFAULT_MODEL));
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot create a temporary evidence index", e);
    } finally {
      if (tmp != null) {
        deleteTree(tmp);
      }
    }
  }

  /** Ingests the sources; a source that fails entirely is bad input (nothing is checked). */
  private void ingest(LuceneEvidenceIndex index, List<String> inputs) {
    PrintWriter err = spec.commandLine().getErr();
    Ingester ingester =
        new Ingester(
            index,
            Fetchers.safe(),
            Clock.systemUTC(),
            false,
            new Ingester.Listener() {
              @Override
              public void problem(SourceProblem p) {
                err.println("Warning: ingest: " + p.input() + ": " + p.problem());
              }
            },
            null);
    IngestReport r = ingester.ingest(inputs);
    err.println("Sources: " + r.summary() + "; index has " + index.passageCount() + " passages");
    err.flush();
    for (SourceProblem p : r.problems()) {
      if (p.wholeSource()) {
        throw new InputException(p.input(), p.problem());
      }
    }
  }

  private Integer check(Article article, ReportFormat fmt, EvidenceSource evidence) {
    StanceModel model = null;
    String problem = null;
    try {
      model = StanceModel.shipped(embedder);
    } catch (FactDeskException e) {
      problem = e.getMessage();
      spec.commandLine().getErr().println("Warning: " + problem);
    }
    List<ClaimInput> found = new ArrayList<>();
    for (Claim c : ClaimFinder.find(article)) {
      found.add(
          new ClaimInput(c.id(), c.text(), c.sentence(), c.start(), c.end(), c.checkworthiness()));
    }
    List<ClaimInput> claims = SentenceClaims.addTitled(found, SentenceClaims.find(article));
    Checker checker = new Checker(model, problem, StanceAggregator.standard(), evidence);
    CheckReport report = checker.check(article, claims, Instant.now());
    String text = fmt.render(report);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      write(output, text);
    }
    return Main.OK;
  }

  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the check for
    }
  }

  /** Writes via a temporary file so that a failure never leaves half a report. */
  static void write(Path file, String text) {
    Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new org.factdesk.InputException(file.toString(), "cannot write: " + e.getMessage(), e);
    }
  }
}
