package org.factdesk.report;

import java.util.Locale;

/** The renderings of a {@link CheckReport}. */
public enum ReportFormat {
  JSON,
  MARKDOWN,
  HTML,
  CLAIMREVIEW;

  /**
   * Parses "json", "markdown", "html" or "claimreview" (any case).
   *
   * @throws IllegalArgumentException naming the unknown format and the known ones
   */
  public static ReportFormat parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + s + "'; use json, markdown, html or claimreview", e);
    }
  }

  /** Renders {@code r} in this format. */
  public String render(CheckReport r) {
    if (this == MARKDOWN) {
      return MarkdownReport.render(r);
    }
    if (this == HTML) {
      return HtmlReport.render(r);
    }
    if (this == CLAIMREVIEW) {
      return ClaimReviewReport.render(r);
    }
    return org.factdesk.internal.Json.pretty(r) + "\n";
  }
}
