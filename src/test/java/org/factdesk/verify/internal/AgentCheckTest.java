package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentCheckTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // another named doer of the same deed on the claim's thing
        "The panel was chaired by the economist Vera Dahl.|The six-member panel, chaired by the"
            + " lawyer Nils Brun, met on Monday.|disagrees",
        "The panel was chaired by the economist Vera Dahl.|Nils Brun, who leads the panel, said"
            + " it would report in May.|disagrees",
        // the same doer, in other words
        "The library was designed by the architect Eli Vik.|Architect Eli Vik, who designed"
            + " Marby's new library, grew up nearby.|agrees",
        "The library was designed by the architect Eli Vik.|The library was drawn by the Marby"
            + " architect Eli Vik and her firm.|agrees",
        // another thing, another deed, or no name
        "The panel was chaired by the economist Vera Dahl.|The review board, chaired by Nils"
            + " Brun, met on Monday.|none",
        "The panel was chaired by the economist Vera Dahl.|Nils Brun, who sat on the panel, said"
            + " little.|none",
        "The review was set up by the ministry.|The ministry set up a review of the ferry"
            + " fire.|none",
      })
  void aNamedAgentAgainstTheEvidencesDoer(String claim, String passage, String outcome) {
    assertThat(AgentCheck.check(claim, passage).map(f -> f.outcome()).orElse("none"))
        .isEqualTo(outcome);
  }
}
