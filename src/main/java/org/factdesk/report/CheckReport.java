package org.factdesk.report;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking one article: its metadata, each claim with verdict and evidence, the
 * summary, findings about the article itself (figures that contradict each other, sums that do not
 * add up), and notes on how the check ran (e.g. "the evidence index is empty").
 */
public record CheckReport(
    ArticleInfo article,
    List<ClaimResult> claims,
    Summary summary,
    List<Finding> findings,
    List<String> notes,
    Instant checkedAt) {
  public CheckReport {
    if (article == null) {
      throw new IllegalArgumentException("article must not be null");
    }
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    if (summary == null) {
      summary = Summary.of(claims);
    }
  }

  /** A report whose summary is counted from {@code claims}. */
  public static CheckReport of(
      ArticleInfo article,
      List<ClaimResult> claims,
      List<Finding> findings,
      List<String> notes,
      Instant checkedAt) {
    return new CheckReport(article, claims, Summary.of(claims), findings, notes, checkedAt);
  }
}
