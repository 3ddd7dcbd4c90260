package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexicalCheckUnanimityTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the state of a decision against a split vote on the same thing
        "The decision to rename the square after the poet Ida Lind was unanimous.|The council"
            + " renamed the square Ida Lind Square by 12 votes to 5 on Monday.|disagrees",
        // a split vote on something else, or of a decision the claim does not name
        "The decision to rename the square after the poet Ida Lind was unanimous.|The council"
            + " voted 12 to 5 to raise parking fees.|none",
        "The decision to rename the square after the poet Ida Lind was unanimous.|The board"
            + " renamed the square after the poet Ola Dahl by 12 votes to 5.|none",
        // a body's state: its own split disagrees, another body's is a note
        "The tribunal's five judges were unanimous.|The judges were split three to two.|disagrees",
        "The tribunal's five judges were unanimous.|The Holby tribunal's judges were split three to"
            + " two.|note",
        "The tribunal's five judges were unanimous.|The jurors were split three to two.|none",
        // a unanimous vote is no split
        "The decision to rename the square after the poet Ida Lind was unanimous.|The council"
            + " unanimously renamed the square after Ida Lind.|none",
      })
  void theStateOfADecisionAgainstASplitVote(String claim, String passage, String outcome) {
    assertThat(
            LexicalCheck.unanimity(claim, passage, Set.of()).map(f -> f.outcome()).orElse("none"))
        .isEqualTo(outcome);
  }
}
