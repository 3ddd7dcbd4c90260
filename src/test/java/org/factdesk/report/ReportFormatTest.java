package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.factdesk.internal.Json;
import org.factdesk.verify.Verdict;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  private static final String EVIL = "<script>alert('x')</script> & \"quoted\"";

  private static CheckReport report() {
    ArticleInfo a =
        new ArticleInfo(
            "Title " + EVIL,
            "https://news.example/a",
            Instant.parse("2026-03-14T09:30:00Z"),
            "A. Writer",
            "The Example");
    EvidenceItem e =
        new EvidenceItem(
            "https://wire.example/1",
            "Wire",
            "Coastal Wire",
            Instant.parse("2026-03-12T18:00:00Z"),
            "The fire service counted 124 homes. " + EVIL,
            "REFUTES",
            0.85,
            "numbers differ");
    ClaimResult c =
        new ClaimResult(
            "c1",
            "The storm damaged 214 homes " + EVIL,
            "The storm damaged 214 homes.",
            10,
            38,
            0.9,
            Verdict.REFUTED,
            0.85,
            "Refuted by Coastal Wire: 214 vs 124.",
            List.of(e),
            List.of(new Finding("quantity", "disagrees", "214 vs 124 " + EVIL)));
    ClaimResult u =
        new ClaimResult(
            "c2",
            "Nothing known.",
            "Nothing known.",
            40,
            54,
            0.5,
            Verdict.UNVERIFIED,
            0.9,
            "No evidence about this claim was found.",
            List.of(),
            List.of());
    return CheckReport.of(
        a,
        List.of(c, u),
        List.of(),
        List.of("a note " + EVIL),
        Instant.parse("2026-03-15T00:00:00Z"));
  }

  @Test
  void jsonFollowsTheDesignContract() throws Exception {
    JsonNode n = Json.mapper().readTree(ReportFormat.JSON.render(report()));
    assertThat(n.path("article").path("published").asText()).isEqualTo("2026-03-14T09:30:00Z");
    assertThat(n.path("article").path("source").asText()).isEqualTo("The Example");
    JsonNode c = n.path("claims").get(0);
    for (String k :
        List.of(
            "id",
            "text",
            "sentence",
            "start",
            "end",
            "checkworthiness",
            "verdict",
            "confidence",
            "explanation",
            "evidence")) {
      assertThat(c.has(k)).as(k).isTrue();
    }
    JsonNode e = c.path("evidence").get(0);
    for (String k : List.of("url", "title", "source", "published", "passage", "stance", "score")) {
      assertThat(e.has(k)).as(k).isTrue();
    }
    assertThat(c.path("verdict").asText()).isEqualTo("REFUTED");
    assertThat(n.path("summary").toString())
        .isEqualTo(
            "{\"claims\":2,\"SUPPORTED\":0,\"REFUTED\":1,\"CONFLICTING\":0,\"UNVERIFIED\":1}");
  }

  @Test
  void htmlEscapesEveryStringAndForbidsScripts() {
    String html = ReportFormat.HTML.render(report());
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    assertThat(html).doesNotContain("alert('x')");
    assertThat(html).startsWith("<!DOCTYPE html>");
  }

  @Test
  void markdownEscapesMarkup() {
    String md = ReportFormat.MARKDOWN.render(report());
    assertThat(md).contains("## c1: REFUTED").doesNotContain("<script>");
  }

  @Test
  void claimReviewMapsVerdictsToRatings() throws Exception {
    JsonNode all = Json.mapper().readTree(ReportFormat.CLAIMREVIEW.render(report()));
    assertThat(all.size()).isEqualTo(2);
    JsonNode r = all.get(0);
    assertThat(r.path("@type").asText()).isEqualTo("ClaimReview");
    assertThat(r.path("reviewRating").path("alternateName").asText()).isEqualTo("False");
    assertThat(r.path("itemReviewed").path("appearance").path("url").asText())
        .isEqualTo("https://news.example/a");
    assertThat(all.get(1).path("reviewRating").path("alternateName").asText())
        .isEqualTo("Unproven");
  }
}
