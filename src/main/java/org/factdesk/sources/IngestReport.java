package org.factdesk.sources;

import java.util.List;
import java.util.Locale;
import org.factdesk.evidence.AddResult;

/**
 * What one ingestion did.
 *
 * @param sources sources attempted (feeds of an OPML list count one each)
 * @param added what the index took
 * @param problems every source or line that failed
 * @param seconds wall time
 * @param encodeSeconds time spent encoding passages (part of {@code seconds})
 */
public record IngestReport(
    int sources,
    AddResult added,
    List<SourceProblem> problems,
    double seconds,
    double encodeSeconds) {
  public IngestReport {
    problems = List.copyOf(problems);
  }

  /** Whether every source and line went in. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** One summary line. */
  public String summary() {
    long failed = problems.stream().filter(SourceProblem::wholeSource).count();
    long lines = problems.size() - failed;
    return String.format(
        Locale.ROOT,
        "ingested %d documents, %d passages from %d sources in %.1f s (%d duplicates,"
            + " %d near-duplicates, %d replaced); %d sources failed, %d items or lines skipped",
        added.documents(),
        added.passages(),
        sources,
        seconds,
        added.duplicates(),
        added.nearDuplicates(),
        added.replaced(),
        failed,
        lines);
  }
}
