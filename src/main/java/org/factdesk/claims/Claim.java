package org.factdesk.claims;

import java.util.List;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.Modality;
import org.factdesk.nlp.Quantity;
import org.factdesk.nlp.TimeExpression;

/**
 * A check-worthy claim of an article.
 *
 * @param id "c1", "c2", ... in article order
 * @param text the claim as it should be checked: one atomic fact, rewritten to stand alone where
 *     the article allows (pronouns resolved, the other parts of a compound removed)
 * @param sentence the sentence of the article it came from, verbatim
 * @param start start offset into the article text: of the sentence, or of this claim's part of a
 *     compound sentence
 * @param end end offset (exclusive)
 * @param checkworthiness score 0..1
 * @param quantities numbers of the claim (offsets into {@code sentence})
 * @param dates temporal expressions of the claim (offsets into {@code sentence})
 * @param entities actors named in the sentence (offsets into {@code sentence})
 * @param attribution who is said to assert it, or null
 * @param modality negation and hedge cues
 * @param explanation the signals behind the check-worthiness score
 * @param setting the claim's governing time and place and where each came from (never null; {@link
 *     ClaimSetting#NONE} when unknown)
 */
public record Claim(
    String id,
    String text,
    String sentence,
    int start,
    int end,
    double checkworthiness,
    List<Quantity> quantities,
    List<TimeExpression> dates,
    List<Actor> entities,
    Attribution attribution,
    Modality modality,
    String explanation,
    ClaimSetting setting) {

  public Claim {
    if (id == null || !id.matches("c[1-9]\\d*")) {
      throw new IllegalArgumentException("id must look like c1, c2, ..., got '" + id + "'");
    }
    if (text == null || text.isBlank() || sentence == null || sentence.isBlank()) {
      throw new IllegalArgumentException("text and sentence of claim " + id + " must not be blank");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "span of claim " + id + " must satisfy 0 <= start < end, got " + start + ".." + end);
    }
    if (!(checkworthiness >= 0 && checkworthiness <= 1)) {
      throw new IllegalArgumentException(
          "checkworthiness of claim " + id + " must be in [0, 1], got " + checkworthiness);
    }
    quantities = List.copyOf(quantities);
    dates = List.copyOf(dates);
    entities = List.copyOf(entities);
    if (setting == null) {
      setting = ClaimSetting.NONE;
    }
  }
}
