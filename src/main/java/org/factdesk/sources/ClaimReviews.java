package org.factdesk.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.internal.Dates;
import org.factdesk.internal.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * schema.org ClaimReview fact-checks, as JSON objects or as JSON-LD inside fact-checkers' pages,
 * turned into documents of the fact-check collection. The text reads "Claim: ... Claimed by: ...
 * Rating: ... Review: ...", so that both BM25 and vectors match the claim.
 */
public final class ClaimReviews {
  private ClaimReviews() {}

  /** Whether a JSON object is a ClaimReview. */
  public static boolean isClaimReview(JsonNode n) {
    if (n == null || !n.isObject()) {
      return false;
    }
    JsonNode type = n.get("@type");
    if (type != null) {
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (t.asText().equals("ClaimReview")) {
            return true;
          }
        }
      } else if (type.asText().equals("ClaimReview")) {
        return true;
      }
    }
    return n.hasNonNull("claimReviewed") && n.has("reviewRating");
  }

  /**
   * The document of one ClaimReview.
   *
   * @throws IllegalArgumentException if it has no claimReviewed text
   */
  public static EvidenceDocument toDocument(JsonNode n, String fallbackUrl, Instant ingested) {
    String claim = str(n, "claimReviewed");
    if (claim == null) {
      throw new IllegalArgumentException("ClaimReview without claimReviewed");
    }
    JsonNode rating = n.get("reviewRating");
    String ratingText = rating == null ? null : str(rating, "alternateName");
    if (ratingText == null && rating != null) {
      ratingText = str(rating, "name");
    }
    String claimant = null;
    String claimDate = null;
    JsonNode item = n.get("itemReviewed");
    if (item != null && item.isObject()) {
      claimant = name(item.get("author"));
      claimDate = str(item, "datePublished");
    }
    String author = name(n.get("author"));
    if (author == null) {
      author = name(n.get("publisher"));
    }
    StringBuilder text = new StringBuilder("Claim: ").append(claim.strip());
    if (!endsWithStop(claim)) {
      text.append('.');
    }
    if (claimant != null) {
      text.append(" Claimed by: ").append(claimant).append('.');
    }
    if (ratingText != null) {
      text.append(" Rating: ").append(ratingText.strip());
      if (!endsWithStop(ratingText)) {
        text.append('.');
      }
    }
    String body = str(n, "reviewBody");
    if (body == null) {
      body = str(n, "description");
    }
    if (body != null) {
      text.append(" Review: ").append(Jsoup.parse(body).text());
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("claimReviewed", claim);
    put(meta, "rating", ratingText);
    if (rating != null) {
      put(meta, "ratingValue", str(rating, "ratingValue"));
      put(meta, "bestRating", str(rating, "bestRating"));
      put(meta, "worstRating", str(rating, "worstRating"));
    }
    put(meta, "claimant", claimant);
    put(meta, "claimDate", claimDate);
    String url = str(n, "url");
    String headline = str(n, "headline");
    if (headline == null) {
      headline = str(n, "name");
    }
    return new EvidenceDocument(
        url != null ? url : fallbackUrl,
        headline != null ? headline : "Fact-check: " + claim,
        author != null ? author : "fact-check",
        Dates.parse(str(n, "datePublished")),
        ingested,
        EvidenceCollection.FACTCHECKS,
        text.toString(),
        meta);
  }

  /** Every ClaimReview in the JSON-LD scripts of a page (top level, arrays and @graph). */
  public static List<JsonNode> inHtml(String html) {
    Document page = Jsoup.parse(html);
    List<JsonNode> out = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(Json.mapper().readTree(script.data()), out, 0);
      } catch (JsonProcessingException e) {
        // a broken JSON-LD block is skipped; the page may hold others
      }
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 6) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        collect(x, out, depth + 1);
      }
    } else if (n.isObject()) {
      if (isClaimReview(n)) {
        out.add(n);
      } else {
        collect(n.get("@graph"), out, depth + 1);
        collect(n.get("mainEntity"), out, depth + 1);
      }
    }
  }

  private static boolean endsWithStop(String s) {
    String t = s.strip();
    return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String name(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : name(n.get(0));
    }
    if (n.isTextual()) {
      return n.asText().isBlank() ? null : n.asText().strip();
    }
    return str(n, "name");
  }
}
