package org.factdesk.sources.internal;

import java.io.PrintWriter;
import java.util.Locale;
import org.factdesk.evidence.AddResult;
import org.factdesk.sources.Ingester;
import org.factdesk.sources.SourceProblem;

/**
 * Shows ingestion progress: a one-line bar redrawn in place on a terminal (documents, passages per
 * second, ETA of the current source), or one quiet log line per source otherwise.
 */
public final class Progress implements Ingester.Listener {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long passages;
  private long documentsDone;
  private int sourceDocuments;
  private long sourcePassagesStart;
  private long sourceStart;
  private String current = "";

  public Progress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void sourceRead(String input, int documents) {
    current = input;
    sourceDocuments = documents;
    sourcePassagesStart = passages;
    sourceStart = System.nanoTime();
    draw(false);
  }

  @Override
  public synchronized void passagesEncoded(int n) {
    passages += n;
    draw(false);
  }

  @Override
  public synchronized void sourceDone(String input, AddResult r) {
    documentsDone += sourceDocuments;
    double secs = (System.nanoTime() - sourceStart) / 1e9;
    if (terminal) {
      draw(true);
    } else {
      err.printf(
          Locale.ROOT,
          "ingest: %s: %d documents read, %d indexed, %d passages (%.1f passages/s); %d duplicates,"
              + " %d near-duplicates%n",
          input,
          sourceDocuments,
          r.documents(),
          r.passages(),
          r.passages() / Math.max(secs, 1e-3),
          r.duplicates(),
          r.nearDuplicates());
      err.flush();
    }
  }

  @Override
  public synchronized void problem(SourceProblem p) {
    if (terminal) {
      err.print("\r\033[K");
    }
    err.println("Error: ingest: " + p);
    err.flush();
  }

  /** Ends the bar's line. */
  public synchronized void finish() {
    if (terminal) {
      draw(true);
      err.println();
      err.flush();
    }
  }

  private void draw(boolean force) {
    if (!terminal) {
      return;
    }
    long now = System.nanoTime();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double secs = Math.max((now - start) / 1e9, 1e-3);
    double rate = passages / secs;
    double srcSecs = Math.max((now - sourceStart) / 1e9, 1e-3);
    long srcPassages = passages - sourcePassagesStart;
    // estimate the source's passages from its documents: passages per document so far
    double perDoc = documentsDone > 0 ? (double) sourcePassagesStart / documentsDone : 2.0;
    double expected = Math.max(srcPassages, perDoc * sourceDocuments);
    double eta = srcPassages == 0 ? Double.NaN : (expected - srcPassages) / (srcPassages / srcSecs);
    int width = 24;
    int filled = expected <= 0 ? width : (int) Math.min(width, width * srcPassages / expected);
    String bar = "=".repeat(filled) + " ".repeat(width - filled);
    String name =
        current.length() > 30 ? "..." + current.substring(current.length() - 27) : current;
    err.printf(
        Locale.ROOT,
        "\r\033[K[%s] %s  docs %d  passages %d  %.1f passages/s  ETA %s",
        bar,
        name,
        documentsDone + sourceDocuments,
        passages,
        rate,
        Double.isNaN(eta)
            ? "--:--"
            : String.format(Locale.ROOT, "%d:%02d", (long) eta / 60, (long) eta % 60));
    err.flush();
  }
}
