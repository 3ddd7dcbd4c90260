package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds negation, hedge, opinion and prediction cues in tagged tokens. */
public final class ModalityDetector {
  private static final Set<String> NEGATION =
      Set.of(
          "not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without",
          "deny", "refuse", "fail", "reject");

  /** Words that negate the verb after "to": "declined to say", "has yet to publish". */
  private static final Set<String> NEGATION_BEFORE_TO =
      Set.of("declined", "declines", "decline", "declining", "yet");

  private static final Set<String> HEDGES =
      Set.of(
          "may",
          "might",
          "could",
          "possibly",
          "perhaps",
          "apparently",
          "reportedly",
          "allegedly",
          "likely",
          "unlikely",
          "potential",
          "potentially",
          "appear",
          "seem",
          "suggest",
          "probably",
          "maybe",
          "unclear",
          "uncertain",
          "estimate",
          "believe",
          "purportedly",
          "presumably",
          "signal");
  private static final Set<String> OPINION =
      Set.of(
          "should",
          "must",
          "ought",
          "warranted",
          "think",
          "feel",
          "hope",
          "believe",
          "need",
          "welcome",
          "optimism",
          "optimistic",
          "shame",
          "disgrace",
          "wonderful",
          "terrible",
          "great",
          "best",
          "worst",
          "important",
          "essential",
          "crucial",
          "let");
  private static final Set<String> PREDICTION =
      Set.of(
          "will",
          "shall",
          "'ll",
          "going",
          "expect",
          "forecast",
          "predict",
          "plan",
          "intend",
          "would");

  private ModalityDetector() {}

  public static Modality detect(String text, List<Token> tokens) {
    List<String> neg = new ArrayList<>();
    List<String> hedge = new ArrayList<>();
    List<String> opinion = new ArrayList<>();
    List<String> prediction = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      String l = t.lemma();
      boolean inName = i > 0 && t.capitalised() && tokens.get(i - 1).capitalised();
      boolean beforeTo = i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to");
      if ((NEGATION.contains(w) || NEGATION.contains(l)) && !inName
          || beforeTo && NEGATION_BEFORE_TO.contains(w)) {
        neg.add(t.text()); // "declined to say", "has yet to"; not "Doctors Without Borders"
      }
      if (HEDGES.contains(w) || HEDGES.contains(l)) {
        hedge.add(t.text());
      }
      if (OPINION.contains(w) || OPINION.contains(l)) {
        opinion.add(t.text());
      }
      if (PREDICTION.contains(w) || PREDICTION.contains(l) && t.pos().equals("VERB")) {
        prediction.add(t.text());
      }
    }
    boolean imperative = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!Character.isLetter(t.text().charAt(0))) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : "";
      // the tagger sometimes takes a sentence-initial bare verb for a name: "Verify/PROPN the ..."
      boolean verbLike =
          t.pos().equals("VERB")
              || t.pos().equals("PROPN")
                  && (next.equals("DET") || next.equals("PRON"))
                  && !Gazetteer.isPlace(w)
                  && !Gazetteer.ORGS.contains(w);
      imperative =
          verbLike
              && t.lemma().equals(w)
              && !w.endsWith("ed")
              && !w.endsWith("ing")
              && !w.endsWith("s");
      break;
    }
    return new Modality(neg, hedge, opinion, prediction, text.strip().endsWith("?"), imperative);
  }
}
