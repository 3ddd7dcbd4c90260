package org.factdesk.nlp;

import java.util.List;

/**
 * Negation, hedging and non-factual cues of a text: "not", "denied"; "apparently", "could";
 * opinions ("should", "I think"), predictions ("will", "expected to") and questions.
 *
 * @param negationCues negation words found, in order
 * @param hedgeCues hedging words found, in order
 * @param opinionCues opinion or call-to-action words found
 * @param predictionCues future or prediction words found
 * @param question whether the text is a question
 * @param imperative whether the text opens with a bare verb ("Verify the accuracy ...", "Call your
 *     representative"), i.e. a call to action
 */
public record Modality(
    List<String> negationCues,
    List<String> hedgeCues,
    List<String> opinionCues,
    List<String> predictionCues,
    boolean question,
    boolean imperative) {
  public Modality {
    negationCues = List.copyOf(negationCues);
    hedgeCues = List.copyOf(hedgeCues);
    opinionCues = List.copyOf(opinionCues);
    predictionCues = List.copyOf(predictionCues);
  }

  public boolean negated() {
    return !negationCues.isEmpty();
  }

  public boolean hedged() {
    return !hedgeCues.isEmpty();
  }
}
