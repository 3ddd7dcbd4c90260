package org.factdesk.verify;

/**
 * An earlier fact-check (ClaimReview) that matches a claim.
 *
 * @param publisher who checked it, e.g. "Coast Check"
 * @param rating their rating as written, e.g. "False"
 * @param date when, as written (ISO date)
 * @param url the fact-check's address
 * @param claimReviewed the claim they checked
 * @param similarity how close it is to our claim, in [0, 1]
 */
public record PriorCheck(
    String publisher,
    String rating,
    String date,
    String url,
    String claimReviewed,
    double similarity) {
  public PriorCheck {
    if (rating == null || rating.isBlank()) {
      throw new IllegalArgumentException("rating must not be blank (fact-check " + url + ")");
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
    }
  }

  /** "previously checked by X: rating, date, link". */
  public String describe() {
    return "previously checked by "
        + (publisher == null ? "a fact-checker" : publisher)
        + ": "
        + rating
        + (date == null ? "" : ", " + date)
        + (url == null ? "" : ", " + url);
  }

  /** The stance the rating implies: SUPPORTS for true ratings, REFUTES for false, else NEUTRAL. */
  public Stance stance() {
    String r = rating.toLowerCase(java.util.Locale.ROOT);
    if (r.contains("false")
        || r.contains("fake")
        || r.contains("incorrect")
        || r.contains("wrong")
        || r.contains("pants on fire")
        || r.equals("misleading")) {
      return Stance.REFUTES;
    }
    if (r.equals("true")
        || r.contains("correct")
        || r.equals("accurate")
        || r.startsWith("mostly true")) {
      return Stance.SUPPORTS;
    }
    return Stance.NEUTRAL;
  }
}
