package org.factdesk.verify;

/** The verdict on one claim (DESIGN.md contract). */
public enum Verdict {
  SUPPORTED("True"),
  REFUTED("False"),
  CONFLICTING("Mixed"),
  UNVERIFIED("Unproven");

  private final String rating;

  Verdict(String rating) {
    this.rating = rating;
  }

  /** The schema.org ClaimReview rating name. */
  public String claimReviewRating() {
    return rating;
  }
}
