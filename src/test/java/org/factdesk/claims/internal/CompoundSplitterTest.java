package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.claims.internal.CompoundSplitter.Part;
import org.factdesk.nlp.QuantityExtractor;
import org.factdesk.nlp.Tagger;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {
  private static List<Part> split(String sentence) {
    return CompoundSplitter.split(
        sentence, QuantityExtractor.extract(sentence, Tagger.shared().tag(sentence)));
  }

  @Test
  void countsSharingOnePredicateKeepIt() {
    List<Part> parts =
        split("Russia fired 183 drones and two ballistic missiles at Ukraine, the air force said.");
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly(
            "Russia fired 183 drones at Ukraine, the air force said.",
            "Russia fired two ballistic missiles at Ukraine, the air force said.");
  }

  @Test
  void conjunctsWithTheirOwnPredicatesAreSplitAtTheClause() {
    List<Part> parts =
        split(
            "Of the port's 150 staff, 90 returned to work this week and 70 were moved to other"
                + " posts, the port said.");
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly(
            "Of the port's 150 staff, 90 returned to work this week, the port said.",
            "Of the port's 150 staff, 70 were moved to other posts, the port said.");
  }

  @Test
  void secondConjunctRunsToTheEndOfTheSentence() {
    List<Part> parts =
        split("Nearly 15,000 civilians have been killed and more than 40,000 wounded.");
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly("Nearly 15,000 civilians have been killed.", "More than 40,000 wounded.");
  }

  @Test
  void aSentenceWithOneCountStaysWhole() {
    assertThat(split("Three people were injured."))
        .extracting(Part::text)
        .containsExactly("Three people were injured.");
  }
}
