package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.FactDeskException;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReader;
import org.factdesk.article.ReadOptions;
import org.factdesk.claims.Claim;
import org.factdesk.claims.ClaimFinder;
import org.factdesk.nlp.Embedder;
import org.factdesk.report.CheckReport;
import org.factdesk.report.ReportFormat;
import org.factdesk.verify.Checker;
import org.factdesk.verify.ClaimInput;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.internal.LocalEvidence;
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
      "Evidence comes from --evidence files (RSS/Atom feeds, JSONL passages) and earlier"
          + " fact-checks from --fact-checks files (ClaimReview JSONL)."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global;

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
    ReportFormat fmt = ReportFormat.parse(format);
    Article article = ArticleReader.read(input, ReadOptions.defaults());
    LocalEvidence evidence = new LocalEvidence(Embedder.shared()::embed);
    for (Path f : evidenceFiles) {
      evidence.add(f);
    }
    for (Path f : factCheckFiles) {
      evidence.add(f);
    }
    StanceModel model = null;
    String problem = null;
    try {
      model = StanceModel.shipped(Embedder.shared()::embed);
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
