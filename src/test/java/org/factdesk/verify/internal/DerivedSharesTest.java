package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedSharesTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a part of a whole, written before it or after it, states a share
        "About 35 per cent of the finds are pieces of pottery.|Of the 84 finds from the dig site,"
            + " 29 are shards of pottery.|agrees",
        "About 60 per cent of the finds are pieces of pottery.|Of the 84 finds from the dig site,"
            + " 29 are shards of pottery.|disagrees",
        "The union represents more than half of the country's farmers.|The union counts 27,600 of"
            + " the country's 46,000 farmers among its members.|agrees",
        "The union represents more than two thirds of the country's farmers.|The union counts"
            + " 27,600 of the country's 46,000 farmers among its members.|disagrees",
        "A quarter of the finds from the boat site are wooden.|Wooden objects make up 21 of the 84"
            + " finds from the boat site.|agrees",
        // a share of seats is no share of the vote
        "The mayor won 51.4% of the vote on Sunday.|The mayor's party won 19 of the 35 seats on"
            + " the council on Sunday.|none",
      })
  void aPartOfAWholeStatesAShare(String claim, String passage, String expected) {
    assertThat(QuantityOutcome.of(claim, passage)).isEqualTo(expected);
  }

  @Test
  void aShareIsReadOnlyFromAPartAndItsWhole() {
    // "from 12 to 84": no part of a whole; "12 of 9" names none; a sum is no count
    assertThat(QuantityParser.parse("The finds rose from 12 to 84 this summer."))
        .noneMatch(q -> q.thing().equals("%"));
    assertThat(QuantityParser.parse("The museum spent 2 million euros of its 5 million euros."))
        .noneMatch(q -> q.thing().equals("%"));
    assertThat(QuantityParser.parse("Divers lifted 29 of the 84 finds."))
        .anyMatch(q -> q.thing().equals("%") && Math.abs(q.value() - 34.52) < 0.01);
  }
}
