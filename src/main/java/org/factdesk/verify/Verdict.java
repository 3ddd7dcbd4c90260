package org.factdesk.verify;

/** The verdict on one claim (DESIGN.md contract). */
public enum Verdict {
  SUPPORTED,
  REFUTED,
  CONFLICTING,
  UNVERIFIED;

  /** The schema.org ClaimReview rating name. */
  public String claimReviewRating() {
    return switch (this) {
      case SUPPORTED -> "True";
      case REFUTED -> "False";
      case CONFLICTING -> "Mixed";
      case UNVERIFIED -> "Unproven";
    };
  }
}
