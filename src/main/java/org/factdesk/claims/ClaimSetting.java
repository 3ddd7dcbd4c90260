package org.factdesk.claims;

import java.util.Locale;
import org.factdesk.nlp.TimeExpression;

/**
 * When and where a claim holds, as far as the article says: the claim's governing time and place
 * and where each came from. A claim without a time of its own takes the time in force (another part
 * of its sentence, an earlier sentence of its paragraph, the dateline, else the publication or
 * reference date); likewise for the place (no place is invented when the article names none).
 *
 * @param time the governing temporal expression, or null
 * @param timeSource where {@code time} came from, or null when there is none
 * @param place the governing place name as written ("Kyiv", "Abu Dhabi"), or null
 * @param placeSource where {@code place} came from, or null when there is none
 */
public record ClaimSetting(
    TimeExpression time, Source timeSource, String place, Source placeSource) {
  /** Where a claim's time or place came from. */
  public enum Source {
    /** The claim's own words. */
    OWN,
    /** Another part of the same (split) sentence. */
    SENTENCE,
    /** An earlier sentence of the same paragraph. */
    PARAGRAPH,
    /** The article's dateline ("KYIV, Feb 5 —"). */
    DATELINE,
    /** The article's publication date (or the date given with --reference-date). */
    PUBLICATION_DATE;

    /** The JSON label: "own", "sentence", "paragraph", "dateline", "publication date". */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** No time and no place. */
  public static final ClaimSetting NONE = new ClaimSetting(null, null, null, null);

  public ClaimSetting {
    if ((time == null) != (timeSource == null)) {
      throw new IllegalArgumentException(
          "time and timeSource must both be set or both be null, got " + time + ", " + timeSource);
    }
    if ((place == null) != (placeSource == null)) {
      throw new IllegalArgumentException(
          "place and placeSource must both be set or both be null, got "
              + place
              + ", "
              + placeSource);
    }
    if (place != null && place.isBlank()) {
      throw new IllegalArgumentException("place must not be blank");
    }
  }
}
