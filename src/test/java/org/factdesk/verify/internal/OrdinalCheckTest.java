package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class OrdinalCheckTest {
  private static String outcome(String claim, String passage) {
    return OrdinalCheck.check(claim, passage, Set.of("brevik"))
        .map(f -> f.check() + " " + f.outcome())
        .orElse("none");
  }

  @Test
  void theSameOwnersOrdinalOfTheSameNounDecides() {
    String claim = "On Tuesday, Brevik issued its third profit warning this year.";
    assertThat(
            outcome(
                claim,
                "Brevik Foods warned on Tuesday that its profit would fall short of forecasts, its"
                    + " second profit warning this year."))
        .isEqualTo("ordinal disagrees");
    assertThat(outcome(claim, "Brevik Foods issued its third profit warning this year."))
        .isEqualTo("ordinal agrees");
  }

  @Test
  void aFigureBeforeAHyphenMakesAUnitNotAnOrdinal() {
    // "48-second" counts seconds: no "second margin" to compare with another one
    assertThat(
            outcome(
                "Hauge's 48-second margin was the largest in the rally's history.",
                "Jon Vik's 48-second margin was the largest in the Vestfjord Rally's history."))
        .isEqualTo("none");
    assertThat(outcome("Brevik won by a second margin.", "Brevik won by a second margin."))
        .isEqualTo("ordinal agrees");
  }

  @Test
  void anotherOwnersOrdinalIsOnlyANote() {
    String claim = "On Tuesday, Brevik issued its third profit warning this year.";
    assertThat(outcome(claim, "Rival grocer Norma issued its third profit warning this year."))
        .isEqualTo("event note");
    assertThat(
            outcome(
                "It was the Arden Bank's third rate cut this year.",
                "The Varn Bank's third rate cut this year came in June."))
        .isEqualTo("event note");
  }

  @Test
  void aTimeSinceOrAnOrdinalOfTimeIsNoCountOfEvents() {
    assertThat(
            outcome(
                "It was the first cup title in 31 years.",
                "It was the second cup title in 31 years."))
        .isEqualTo("none");
    assertThat(outcome("Sales rose in the third quarter.", "Sales fell in the second quarter."))
        .isEqualTo("none");
    assertThat(
            OrdinalCheck.check(
                "Brevik opened 12 stores.", "Brevik opened its first store.", Set.of()))
        .map(Finding::outcome)
        .isEmpty();
  }
}
