package org.factdesk.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.ActorExtractor;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.AttributionExtractor;
import org.factdesk.nlp.Modality;
import org.factdesk.nlp.ModalityDetector;
import org.factdesk.nlp.Quantity;
import org.factdesk.nlp.QuantityExtractor;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;
import org.factdesk.nlp.Token;

/**
 * The structure of any text (a claim, a sentence, an evidence passage): quantities, temporal
 * expressions, actors, attributions and modality cues, with offsets into that text. Numbers that
 * belong to a temporal expression ("four years", "2014") are reported as times, not quantities.
 */
public record ClaimStructure(
    String text,
    List<Token> tokens,
    List<Quantity> quantities,
    List<TimeExpression> times,
    List<Actor> actors,
    List<Attribution> attributions,
    Modality modality) {

  /** Longest text analysed; the rest of a longer text is ignored. */
  public static final int MAX_CHARS = 20_000;

  public ClaimStructure {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    tokens = List.copyOf(tokens);
    quantities = List.copyOf(quantities);
    times = List.copyOf(times);
    actors = List.copyOf(actors);
    attributions = List.copyOf(attributions);
  }

  /** Analyses {@code text}, resolving times against {@code reference} (may be null). */
  public static ClaimStructure of(String text, LocalDate reference) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<Token> tokens = Tagger.shared().tag(t);
    List<TimeExpression> times = TimeExtractor.extract(t, reference);
    List<Quantity> quantities = new ArrayList<>();
    for (Quantity q : QuantityExtractor.extract(t, tokens)) {
      boolean inTime = false;
      for (TimeExpression te : times) {
        // "the third quarter" is a time and stays an ordinal (the labelled sets count both)
        if (te.start() < q.end() && q.start() < te.end() && !"quarter".equals(q.unit())) {
          inTime = true;
        }
      }
      if (!inTime) {
        quantities.add(q);
      }
    }
    List<Actor> actors = ActorExtractor.extract(t, tokens);
    List<Attribution> attributions = AttributionExtractor.extract(t, tokens, actors);
    Modality modality = ModalityDetector.detect(t, tokens);
    return new ClaimStructure(t, tokens, quantities, times, actors, attributions, modality);
  }

  /** True when the text names at least one person, organisation or place. */
  public boolean hasNamedActor() {
    return actors.stream().anyMatch(a -> a.type() != Actor.Type.UNKNOWN);
  }
}
