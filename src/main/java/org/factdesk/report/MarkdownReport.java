package org.factdesk.report;

import java.util.Locale;

/** The Markdown rendering: a heading, the summary, then each claim with its evidence. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(CheckReport r) {
    StringBuilder sb = new StringBuilder();
    ArticleInfo a = r.article();
    sb.append("# Fact check: ")
        .append(md(a.title() == null ? "(untitled)" : a.title()))
        .append("\n\n");
    if (a.url() != null) {
      sb.append("- URL: <").append(a.url().replace(">", "%3E")).append(">\n");
    }
    if (a.source() != null) {
      sb.append("- Source: ").append(md(a.source())).append('\n');
    }
    if (a.published() != null) {
      sb.append("- Published: ").append(a.published()).append('\n');
    }
    Summary s = r.summary();
    sb.append(
        String.format(
            Locale.ROOT,
            "- Claims: %d (supported %d, refuted %d, conflicting %d, unverified %d)%n%n",
            s.claims(),
            s.supported(),
            s.refuted(),
            s.conflicting(),
            s.unverified()));
    for (String n : r.notes()) {
      sb.append("> ").append(md(n)).append("\n\n");
    }
    if (!r.findings().isEmpty()) {
      sb.append("## Inside the article\n\n");
      for (Finding f : r.findings()) {
        sb.append("- **").append(f.check()).append("**: ").append(md(f.detail())).append('\n');
      }
      sb.append('\n');
    }
    for (ClaimResult c : r.claims()) {
      sb.append("## ").append(c.id()).append(": ").append(c.verdict());
      sb.append(String.format(Locale.ROOT, " (confidence %.2f)%n%n", c.confidence()));
      sb.append("> ").append(md(c.text())).append("\n\n");
      sb.append(md(c.explanation())).append("\n\n");
      for (Finding f : c.checks()) {
        sb.append("- check **")
            .append(f.check())
            .append("** ")
            .append(f.outcome())
            .append(": ")
            .append(md(f.detail()))
            .append('\n');
      }
      for (EvidenceItem e : c.evidence()) {
        sb.append("- ")
            .append(e.stance())
            .append(String.format(Locale.ROOT, " (%.2f): ", e.score()))
            .append('"')
            .append(md(e.passage()))
            .append('"');
        if (e.source() != null) {
          sb.append(" — ").append(md(e.source()));
        }
        if (e.published() != null) {
          sb.append(", ").append(e.published().toString(), 0, 10);
        }
        if (e.url() != null) {
          sb.append(" <").append(e.url().replace(">", "%3E")).append('>');
        }
        sb.append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Escapes Markdown and HTML-significant characters and flattens line breaks. */
  static String md(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|' -> sb.append('\\').append(ch);
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}
