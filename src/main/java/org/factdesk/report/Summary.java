package org.factdesk.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Counts of claims by verdict (the DESIGN.md {@code summary} object). */
@JsonPropertyOrder({"claims", "SUPPORTED", "REFUTED", "CONFLICTING", "UNVERIFIED"})
public record Summary(
    @JsonProperty("claims") int claims,
    @JsonProperty("SUPPORTED") int supported,
    @JsonProperty("REFUTED") int refuted,
    @JsonProperty("CONFLICTING") int conflicting,
    @JsonProperty("UNVERIFIED") int unverified) {

  /** Counts the verdicts of {@code claims}. */
  public static Summary of(List<ClaimResult> claims) {
    int[] n = new int[4];
    for (ClaimResult c : claims) {
      n[c.verdict().ordinal()]++;
    }
    return new Summary(claims.size(), n[0], n[1], n[2], n[3]);
  }
}
