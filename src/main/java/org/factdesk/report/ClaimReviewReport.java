package org.factdesk.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.factdesk.internal.Json;
import org.factdesk.verify.Verdict;

/**
 * schema.org ClaimReview JSON-LD, one object per claim: the claim (itemReviewed, with the article
 * as its appearance), the rating ("True", "False", "Mixed", "Unproven") and the explanation.
 */
final class ClaimReviewReport {
  private ClaimReviewReport() {}

  static String render(CheckReport r) {
    ArrayNode all = Json.mapper().createArrayNode();
    ArticleInfo a = r.article();
    Instant when = r.checkedAt() != null ? r.checkedAt() : Instant.EPOCH;
    for (ClaimResult c : r.claims()) {
      ObjectNode o = all.addObject();
      o.put("@context", "https://schema.org");
      o.put("@type", "ClaimReview");
      if (a.url() != null) {
        o.put("url", a.url() + "#factdesk-" + c.id());
      }
      o.put("claimReviewed", c.text());
      o.put("datePublished", when.toString().substring(0, 10));
      o.putObject("author").put("@type", "Organization").put("name", "factdesk");
      o.put("reviewBody", c.explanation());
      ObjectNode rating = o.putObject("reviewRating");
      rating.put("@type", "Rating");
      rating.put("alternateName", c.verdict().claimReviewRating());
      int value = ratingValue(c.verdict());
      if (value > 0) {
        rating.put("ratingValue", value);
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
      }
      ObjectNode item = o.putObject("itemReviewed");
      item.put("@type", "Claim");
      if (a.published() != null) {
        item.put("datePublished", a.published().toString());
      }
      if (a.source() != null || a.author() != null) {
        item.putObject("author")
            .put("@type", a.author() != null ? "Person" : "Organization")
            .put("name", a.author() != null ? a.author() : a.source());
      }
      ObjectNode appearance = item.putObject("appearance");
      appearance.put("@type", "CreativeWork");
      if (a.url() != null) {
        appearance.put("url", a.url());
      }
      if (a.title() != null) {
        appearance.put("headline", a.title());
      }
      appearance.put("text", c.sentence());
    }
    return Json.pretty(all) + "\n";
  }

  static int ratingValue(Verdict v) {
    if (v == Verdict.SUPPORTED) {
      return 5;
    }
    if (v == Verdict.CONFLICTING) {
      return 3;
    }
    return v == Verdict.REFUTED ? 1 : 0;
  }
}
