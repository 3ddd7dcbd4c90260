package org.factdesk.report;

import java.util.Locale;
import org.factdesk.InputException;

/** The renderings of a {@link CheckReport}. */
public enum ReportFormat {
  JSON,
  MARKDOWN,
  HTML,
  CLAIMREVIEW;

  /** Parses "json", "markdown", "html" or "claimreview" (any case). */
  public static ReportFormat parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "--format", "unknown format '" + s + "'; use json, markdown, html or claimreview", e);
    }
  }

  /** Renders {@code r} in this format. */
  public String render(CheckReport r) {
    return switch (this) {
      case JSON -> org.factdesk.internal.Json.pretty(r) + "\n";
      case MARKDOWN -> MarkdownReport.render(r);
      case HTML -> HtmlReport.render(r);
      case CLAIMREVIEW -> ClaimReviewReport.render(r);
    };
  }
}
