package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenureCheckTest {
  private static final LocalDate ARTICLE = LocalDate.of(2026, 12, 4);

  private static String outcome(String claim, String passage) {
    return TenureCheck.check(claim, passage, ARTICLE, Set.of())
        .map(f -> f.outcome())
        .orElse("none");
  }

  @Test
  void aTermCountedFromItsStartToTheArticlesDay() {
    String passage = "Mira Dahl was appointed Ostra's head coach in 2019.";
    // appointed some day of 2019: six or seven whole years by December 2026
    assertThat(outcome("Coach Mira Dahl has led the team for seven years.", passage))
        .isEqualTo("agrees");
    assertThat(outcome("Coach Mira Dahl has led the team for six years.", passage))
        .isEqualTo("agrees");
    assertThat(outcome("Coach Mira Dahl has led the team for four years.", passage))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "The Skarn Lighthouse Foundation has owned the tower for 20 years.",
                "The Skarn Lighthouse Foundation bought the tower from the state in 2014."))
        .isEqualTo("disagrees");
  }

  @Test
  void anotherPersonsStartIsNoEvidence() {
    assertThat(
            outcome(
                "Coach Mira Dahl has led the team for four years.",
                "Lindå's coach, Tor Eng, took charge of the team in 2022."))
        .isEqualTo("none");
    // a date that starts nothing ("left", "won") is no start of the term
    assertThat(
            outcome(
                "Coach Mira Dahl has led the team for four years.",
                "Mira Dahl won the cup as a player in 2022."))
        .isEqualTo("none");
  }

  @Test
  void aPastTermAgainstBothEnds() {
    String passage = "Per Lund led Brevik Foods from 2004 to 2018, when Holm took over.";
    assertThat(outcome("Holm's predecessor, Per Lund, ran the chain for 14 years.", passage))
        .isEqualTo("agrees");
    assertThat(outcome("Holm's predecessor, Per Lund, ran the chain for 20 years.", passage))
        .isEqualTo("disagrees");
  }

  @Test
  void aHistoryIsCountedFromTheFoundingYear() {
    String claim = "Lena Berg is the first woman to win the race in its 52-year history.";
    // first held in 1981: 44 or 45 whole years by December 2026
    assertThat(
            outcome(claim, "Lena Berg became the first woman to win the race, first held in 1981."))
        .isEqualTo("disagrees");
    assertThat(outcome(claim, "The race, first held in 1974, drew 300 runners."))
        .isEqualTo("agrees");
    // another race's founding, and a year that starts nothing
    assertThat(outcome(claim, "The Lillefjell race was first held in 1974.")).isEqualTo("none");
    assertThat(outcome(claim, "The race was moved to the valley in 1974.")).isEqualTo("none");
    assertThat(
            outcome(
                "In its fifty-two-year history, the festival has never closed early.",
                "The festival was founded in 1974."))
        .isEqualTo("agrees");
  }
}
