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

  private static List<Part> splitTagged(String sentence) {
    org.factdesk.claims.ClaimStructure st =
        org.factdesk.claims.ClaimStructure.of(sentence, java.time.LocalDate.of(2026, 2, 6));
    return CompoundSplitter.split(sentence, st.quantities(), st.tokens());
  }

  @Test
  void coordinatedClausesWithTheirOwnNumbersKeepTheSharedAttribution() {
    String s = "Exports rose 5% and imports fell 3% last year, the statistics agency said.";
    List<Part> parts = splitTagged(s);
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly(
            "Exports rose 5%, the statistics agency said.",
            "Imports fell 3% last year, the statistics agency said.");
    assertThat(s.substring(parts.get(0).start(), parts.get(0).end())).isEqualTo("Exports rose 5%");
    assertThat(s.substring(parts.get(1).start(), parts.get(1).end()))
        .isEqualTo("imports fell 3% last year");
    assertThat(parts.get(0).quantities()).extracting(q -> q.value()).containsExactly(5.0);
  }

  @Test
  void listsOfVerbPhrasesKeepTheSharedSubject() {
    String s = "The floods killed 15 people, injured 40 and displaced 2,000, officials said.";
    assertThat(splitTagged(s))
        .extracting(Part::text)
        .containsExactly(
            "The floods killed 15 people, officials said.",
            "The floods injured 40, officials said.",
            "The floods displaced 2,000, officials said.");
  }

  @Test
  void listsOfThreeCounts() {
    String s = "The attack killed 15 soldiers, three police officers and two civilians.";
    List<Part> parts = splitTagged(s);
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly(
            "The attack killed 15 soldiers.",
            "The attack killed three police officers.",
            "The attack killed two civilians.");
    assertThat(s.substring(parts.get(1).start(), parts.get(1).end()))
        .isEqualTo("three police officers");
  }

  @Test
  void saidAddingThatIsTwoClaims() {
    String s = "The governor said 300 homes lost power, adding that 20 schools were closed.";
    List<Part> parts = splitTagged(s);
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly(
            "The governor said 300 homes lost power.",
            "The governor added that 20 schools were closed.");
    assertThat(parts.get(1).quantities()).extracting(q -> q.value()).containsExactly(20.0);
  }

  @Test
  void appositivesAndComparisonsAreNotSplit() {
    for (String s :
        List.of(
            "The company cut 1,200 jobs, or about 8% of its workforce.",
            "The population grew from 1.1 million to 1.4 million.",
            "The bill passed by 52 votes to 48.",
            "Of 150 staff, 90 returned to work.")) {
      assertThat(splitTagged(s)).as(s).hasSize(1);
    }
  }

  @Test
  void twoReportedClausesBecomeTwoReportedClaims() {
    String s =
        "Zelenskyy said Poland plans to increase gas supplies to Ukraine, and the countries are"
            + " exploring an exchange of weapons.";
    List<Part> parts = splitTagged(s);
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly(
            "Zelenskyy said Poland plans to increase gas supplies to Ukraine.",
            "Zelenskyy said the countries are exploring an exchange of weapons.");
    assertThat(s.substring(parts.get(1).start(), parts.get(1).end()))
        .startsWith("the countries are exploring");
    // "and that ..." continues the same report
    assertThat(
            splitTagged("Officials said the dam was damaged, and that repairs would take weeks."))
        .hasSize(1);
  }

  @Test
  void aTrailingComparisonWithAnEarlierFigureIsItsOwnFact() {
    List<Part> parts =
        splitTagged(
            "Zelenskyy disclosed that 55,000 troops have died, an increase from the 46,000 figure"
                + " he cited in early 2025.");
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly(
            "Zelenskyy disclosed that 55,000 troops have died.",
            "The earlier figure was the 46,000 figure Zelenskyy cited in early 2025.");
    assertThat(parts.get(1).detached()).isTrue();
    assertThat(parts.get(1).quantities()).extracting(q -> q.value()).containsExactly(46000.0);
  }

  @Test
  void aTrailingRelativeClauseOnANameWithAYearIsItsOwnFact() {
    List<Part> parts =
        splitTagged(
            "The drones were downed over the Azov Sea and Crimea, which Russia annexed in 2014.");
    assertThat(parts)
        .extracting(Part::text)
        .containsExactly(
            "The drones were downed over the Azov Sea and Crimea.",
            "Russia annexed Crimea in 2014.");
    assertThat(
            splitTagged("Officials visited Lviv, which was shelled 3 times last week.")
                .get(1)
                .text())
        .isEqualTo("Lviv was shelled 3 times last week.");
  }

  @Test
  void relativeClausesWithoutANumberOrInsideTheSentenceStayWhole() {
    assertThat(splitTagged("Officials visited Lviv, which was badly damaged.")).hasSize(1);
    assertThat(splitTagged("The bridge, which opened in 1932, is 1,149 metres long.")).hasSize(1);
  }
}
