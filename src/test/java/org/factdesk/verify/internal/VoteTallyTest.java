package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteTallyTest {
  private static final Set<String> STORY = Set.of("marby");

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The board's vote on the bus fares was 8 to 3.|Marby's board voted 8 to 3 on Tuesday to"
            + " raise bus fares.|agrees",
        "The board's vote on the bus fares was 8 to 3.|The board raised bus fares by 7 votes to"
            + " 4.|disagrees",
        "The board's vote on the bus fares was 8 to 3.|The board voted 3-8 against the new"
            + " fares.|agrees",
        // another town's vote, something else, no vote at all
        "The board's vote on the bus fares was 8 to 3.|Holby's board voted 6 to 5 to raise bus"
            + " fares.|none",
        "The board's vote on the bus fares was 8 to 3.|Ticket sales rose from 7 to 9 million.|none",
        "The board's vote on the bus fares was 8 to 3.|The school voted 6 to 5 on a new"
            + " uniform.|none",
      })
  void aVotesTallyAgainstTheEvidences(String claim, String passage, String outcome) {
    assertThat(VoteTally.check(claim, passage, STORY).map(f -> f.outcome()).orElse("none"))
        .isEqualTo(outcome);
  }
}
