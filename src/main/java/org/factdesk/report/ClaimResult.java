package org.factdesk.report;

import java.util.List;
import org.factdesk.verify.Verdict;

/**
 * One checked claim (the DESIGN.md {@code claims[]} object), with the structured-check findings
 * added.
 */
public record ClaimResult(
    String id,
    String text,
    String sentence,
    int start,
    int end,
    double checkworthiness,
    Verdict verdict,
    double confidence,
    String explanation,
    List<EvidenceItem> evidence,
    List<Finding> checks) {
  public ClaimResult {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (text == null || sentence == null) {
      throw new IllegalArgumentException("text and sentence must not be null (claim " + id + ")");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got " + start + ".." + end + " (claim " + id + ")");
    }
    if (verdict == null) {
      throw new IllegalArgumentException("verdict must not be null (claim " + id + ")");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence must be in [0, 1], got " + confidence + " (claim " + id + ")");
    }
    if (!(checkworthiness >= 0 && checkworthiness <= 1)) {
      throw new IllegalArgumentException(
          "checkworthiness must be in [0, 1], got " + checkworthiness + " (claim " + id + ")");
    }
    if (explanation == null || explanation.isBlank()) {
      throw new IllegalArgumentException("explanation must not be blank (claim " + id + ")");
    }
    evidence = List.copyOf(evidence);
    checks = List.copyOf(checks);
  }
}
