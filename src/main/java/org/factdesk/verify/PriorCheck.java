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

  /**
   * Whether the rating says the claim is partly right and partly wrong ("Half true", "Mixture",
   * "Partly false", "Half-true", "Mixed", "Partially true"): evidence on both sides at once, so the
   * claim is CONFLICTING. "Mostly true" and "Mostly false" take a side and are not mixed.
   */
  public boolean mixed() {
    String r = rating.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').strip();
    return MIXED.matcher(r).find();
  }

  private static final java.util.regex.Pattern MIXED =
      java.util.regex.Pattern.compile(
          "^(?:half (?:true|false|right|wrong)|mixture|mixed(?: evidence)?|part(?:ly|ially)"
              + " (?:true|false|correct|accurate|wrong)|true but|half and half)");

  /**
   * The stance the rating implies: SUPPORTS for true ratings, REFUTES for false, else NEUTRAL (a
   * {@link #mixed} rating, "Unproven", "Missing context").
   */
  public Stance stance() {
    String r = rating.toLowerCase(java.util.Locale.ROOT);
    if (mixed()) {
      return Stance.NEUTRAL;
    }
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
