package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbCountsTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a noun count against a verb count
        "Police made 14 arrests outside the arena.|Police arrested 14 people outside the"
            + " arena.|agrees",
        "Police arrested 23 protesters at the farm protest.|Police made 17 arrests during the farm"
            + " protest.|disagrees",
        // the verb's count is of the act, not of other things the sentence counts
        "Police arrested 23 protesters at the farm protest.|Police towed 23 tractors away from the"
            + " farm protest.|none",
        // the same things under another name
        "Athletes from 41 countries took part in the championships.|The championships drew 612"
            + " athletes from 37 nations.|disagrees",
        "Divers have recovered more than 80 objects from the boat site.|Of the 84 finds from the"
            + " boat site, 29 are pottery.|agrees",
      })
  void countsInOtherWords(String claim, String passage, String expected) {
    assertThat(QuantityOutcome.of(claim, passage)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Berg won with 6,120 points, 45 more than the runner-up.|point",
        "Berg won with 6,120 points, 45 fewer than last year.|point",
        // a bare figure with no difference after it keeps no noun
        "Berg won with 6,120 points, and 45 came.|",
      })
  void aBareDifferenceCountsTheFigureBeforeIt(String text, String thing) {
    assertThat(QuantityParser.parse(text).get(1).thing()).isEqualTo(thing == null ? "" : thing);
  }
}
