package org.factdesk.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The standalone HTML page: every string escaped, no scripts, and a Content-Security-Policy that
 * allows nothing but the page's own stylesheet (by hash).
 */
final class HtmlReport {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
          + "line-height:1.5;color:#222}h1{font-size:1.5rem}.claim{border:1px solid #ccc;"
          + "border-radius:6px;padding:.75rem 1rem;margin:1rem 0}.v{font-weight:bold;padding:.1rem"
          + " .4rem;border-radius:4px;color:#fff}.SUPPORTED{background:#1b7f3b}.REFUTED"
          + "{background:#b3261e}.CONFLICTING{background:#9a6700}.UNVERIFIED{background:#5f6368}"
          + "blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid #ccc}"
          + "li{margin:.25rem 0}.meta{color:#555;font-size:.9rem}";
  private static final String CSP =
      "default-src 'none'; style-src '"
          + sha256(STYLE)
          + "'; img-src 'none'; base-uri 'none';"
          + " form-action 'none'";

  private HtmlReport() {}

  static String render(CheckReport r) {
    ArticleInfo a = r.article();
    String title = a.title() == null ? "(untitled)" : a.title();
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CSP) // a constant without quotes or markup
        .append("\">\n");
    sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    sb.append("<title>Fact check: ").append(esc(title)).append("</title>\n");
    sb.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    sb.append("<h1>Fact check: ").append(esc(title)).append("</h1>\n<p class=\"meta\">");
    if (a.source() != null) {
      sb.append(esc(a.source())).append(" · ");
    }
    if (a.published() != null) {
      sb.append(esc(a.published().toString())).append(" · ");
    }
    if (a.url() != null) {
      sb.append(esc(a.url()));
    }
    sb.append("</p>\n");
    Summary s = r.summary();
    sb.append(
        String.format(
            Locale.ROOT,
            "<p>%d claims: %d supported, %d refuted, %d conflicting, %d unverified.</p>%n",
            s.claims(),
            s.supported(),
            s.refuted(),
            s.conflicting(),
            s.unverified()));
    for (String n : r.notes()) {
      sb.append("<p class=\"meta\">").append(esc(n)).append("</p>\n");
    }
    if (!r.findings().isEmpty()) {
      sb.append("<h2>Inside the article</h2>\n<ul>\n");
      for (Finding f : r.findings()) {
        sb.append("<li><b>").append(esc(f.check())).append("</b>: ");
        sb.append(esc(f.detail())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    for (ClaimResult c : r.claims()) {
      sb.append("<section class=\"claim\" id=\"").append(esc(c.id())).append("\">\n");
      sb.append("<p><span class=\"v ").append(c.verdict()).append("\">").append(c.verdict());
      sb.append("</span> ")
          .append(String.format(Locale.ROOT, "confidence %.2f", c.confidence()))
          .append("</p>\n");
      sb.append("<blockquote>").append(esc(c.text())).append("</blockquote>\n");
      sb.append("<p>").append(esc(c.explanation())).append("</p>\n");
      if (!c.checks().isEmpty() || !c.evidence().isEmpty()) {
        sb.append("<ul>\n");
        for (Finding f : c.checks()) {
          sb.append("<li>check <b>").append(esc(f.check())).append("</b> ");
          sb.append(esc(f.outcome())).append(": ").append(esc(f.detail())).append("</li>\n");
        }
        for (EvidenceItem e : c.evidence()) {
          sb.append("<li><b>").append(e.stance()).append("</b> ");
          sb.append(String.format(Locale.ROOT, "(%.2f) ", e.score()));
          sb.append("“").append(esc(e.passage())).append("”");
          if (e.source() != null) {
            sb.append(" — ").append(esc(e.source()));
          }
          if (e.published() != null) {
            sb.append(", ").append(esc(e.published().toString().substring(0, 10)));
          }
          if (e.url() != null) {
            sb.append(" <span class=\"meta\">").append(esc(e.url())).append("</span>");
          }
          sb.append("</li>\n");
        }
        sb.append("</ul>\n");
      }
      sb.append("</section>\n");
    }
    sb.append("<p class=\"meta\">Checked by factdesk");
    if (r.checkedAt() != null) {
      sb.append(" at ").append(esc(r.checkedAt().toString()));
    }
    sb.append(".</p>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
