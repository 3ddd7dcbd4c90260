package org.factdesk.verify.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.factdesk.internal.Json;
import org.factdesk.report.Finding;
import org.factdesk.verify.Passage;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;

/**
 * A diagnostic trace of how {@code check} judged each claim: every passage found, the stance head's
 * probabilities, the structured checks' findings, the vote before and after {@link FactRelevance}.
 * Off unless the JVM property {@value #PROPERTY} names a file; one JSON line per claim is appended
 * to it. For engineers reading why a claim stayed UNVERIFIED; never part of a report.
 */
public final class CheckTrace {
  /** JVM property: the file the trace is appended to (no trace when unset). */
  public static final String PROPERTY = "factdesk.check.traceFile";

  private CheckTrace() {}

  /** The trace file, or null when tracing is off. */
  public static Path target() {
    String f = System.getProperty(PROPERTY);
    return f == null || f.isBlank() ? null : Path.of(f);
  }

  /**
   * One claim's trace as a JSON line.
   *
   * @param claim the claim
   * @param found the passages found, in rank order
   * @param widened whether the search was widened beyond the article's date
   * @param head the stance head's judgement of each passage
   * @param checked the votes after the structured checks
   * @param relevant the votes after {@link FactRelevance}
   * @param findings the structured checks' findings per passage
   * @param verdict the claim's verdict
   */
  public static String line(
      String claim,
      List<Passage> found,
      boolean widened,
      List<StanceResult> head,
      List<StanceVote> checked,
      List<StanceVote> relevant,
      List<List<Finding>> findings,
      String verdict) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("claim", claim).put("widened", widened).put("verdict", verdict);
    ArrayNode ps = o.putArray("passages");
    for (int i = 0; i < found.size(); i++) {
      ObjectNode p = ps.addObject();
      p.put("url", found.get(i).url()).put("text", found.get(i).text());
      p.put("head", probs(head.get(i)));
      StanceVote c = checked.get(i);
      p.put("checked", probs(c.stance())).put("authority", c.authority().name());
      p.put("weight", c.weight()).put("copy", c.copy()).put("note", c.stance().note());
      StanceVote r = relevant.get(i);
      p.put("relevant", probs(r.stance())).put("relevantCopy", r.copy());
      p.put("relevantNote", r.stance().note());
      ArrayNode fs = p.putArray("findings");
      for (Finding f : findings.get(i)) {
        fs.add(f.check() + ":" + f.outcome() + ": " + f.detail());
      }
    }
    try {
      return Json.mapper().writeValueAsString(o).replace('\n', ' ');
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the trace of " + claim, e);
    }
  }

  /** Appends {@code line} to {@code file}; safe from the check's threads. */
  public static synchronized void append(Path file, String line) {
    try {
      Files.writeString(
          file,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the file is the user's choice (-Dfactdesk.check.traceFile): an input error, not a crash
      throw new org.factdesk.InputException(
          "-D" + PROPERTY + "=" + file, "cannot write the check trace (" + e + ")", e);
    }
  }

  private static String probs(StanceResult s) {
    return String.format(
        java.util.Locale.ROOT, "S%.2f R%.2f N%.2f", s.supports(), s.refutes(), s.neutral());
  }
}
