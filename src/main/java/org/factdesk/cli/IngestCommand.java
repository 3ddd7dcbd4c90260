package org.factdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.evidence.TimedEncoder;
import org.factdesk.sources.Fetchers;
import org.factdesk.sources.IngestReport;
import org.factdesk.sources.Ingester;
import org.factdesk.sources.internal.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk ingest SOURCE...}: feeds, OPML, JSON Lines, folders, pages, fact-checks. */
@Command(
    name = "ingest",
    description = {
      "Ingest sources into the evidence index (<data>/index).",
      "SOURCE: an RSS/Atom feed (file or URL), an OPML list of feeds, a JSON Lines corpus",
      "({\"url\",\"title\",\"text\",\"published\",\"source\"} per line, or ClaimReview objects),",
      "a folder of HTML/text files, an article page (URL or file; ClaimReview JSON-LD in it goes to",
      "the fact-check collection). Bad sources or lines are reported; the rest goes in.",
      "Exit status 3 if some source or line failed."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders or URLs.")
  List<String> sources;

  @Option(
      names = "--follow-links",
      description = "For feed items with only a summary, fetch the linked page (safe client).")
  boolean followLinks;

  @Override
  public Integer call() {
    Path indexDir = global.dataDir().resolve("index");
    TimedEncoder encoder = new TimedEncoder(EmbedderEncoder.shipped());
    boolean terminal = System.console() != null;
    Progress progress = new Progress(spec.commandLine().getErr(), terminal);
    IngestReport report;
    try (LuceneEvidenceIndex index = LuceneEvidenceIndex.open(indexDir, encoder)) {
      Ingester ingester =
          new Ingester(
              index, Fetchers.safe(), Clock.systemUTC(), followLinks, progress, encoder::seconds);
      report = ingester.ingest(sources);
      progress.finish();
      spec.commandLine()
          .getOut()
          .printf(
              java.util.Locale.ROOT,
              "%s; embedding %.1f s; index has %d passages%n",
              report.summary(),
              report.encodeSeconds(),
              index.passageCount());
      spec.commandLine().getOut().flush();
    }
    return report.ok() ? Main.OK : Main.BAD_INPUT;
  }
}
