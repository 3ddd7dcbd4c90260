package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtherDoerTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the claim's person absent, another named doer of the same deed on the same thing
        "Mayor Pia Dahl opened the new bridge on Friday.|Mayor Pia Dahl did not attend; her deputy,"
            + " Ola Berg, opened the bridge instead.|disagrees",
        "Coach Tor Lind lifted the cup.|The cup was lifted by the captain, Eli Moe, as coach Tor"
            + " Lind was ill.|disagrees",
        // the same doer, or a doer named with the claim's person
        "Mayor Pia Dahl opened the new bridge on Friday.|Mayor Pia Dahl opened the bridge, though"
            + " she did not stay long.|none",
        // no absence: another doer of the same kind of deed is no evidence
        "Mayor Pia Dahl opened the new bridge on Friday.|Governor Ola Berg opened a bridge in"
            + " Varn, not far from where Pia Dahl lives.|none",
        // the claim's person not named: another event
        "Mayor Pia Dahl opened the new bridge on Friday.|Ola Berg opened the bridge instead.|none",
        // another thing done
        "Mayor Pia Dahl opened the new bridge on Friday.|Mayor Pia Dahl did not attend; Ola Berg"
            + " opened the school.|none",
      })
  void anotherDoerOfTheClaimsDeedDisagrees(String claim, String passage, String outcome) {
    assertThat(OtherDoer.check(claim, passage).map(f -> f.outcome()).orElse("none"))
        .isEqualTo(outcome);
  }
}
