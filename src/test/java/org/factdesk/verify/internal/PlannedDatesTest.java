package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class PlannedDatesTest {
  private static String outcome(String claim, String passage) {
    return DateCheck.check(claim, passage).map(Finding::outcome).orElse("none");
  }

  @Test
  void aPlannedEventIsNotDatedByAnEarlierOneOfTheSameNouns() {
    String claim = "Tarvik will host the championships again in 2033.";
    assertThat(outcome(claim, "Tarvik last hosted the indoor championships in 2015."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Tarvik won the right to host the championships in 2031.",
                "Tarvik hosted" + " the championships in 2021."))
        .isEqualTo("none");
    // a past event dated after the claim's past one is another occurrence too
    assertThat(
            outcome(
                "Skarholm hosted the championships in 2019.",
                "Skarholm will host the" + " championships in 2029."))
        .isEqualTo("none");
  }

  @Test
  void twoPlansOrTwoPastEventsAreStillCompared() {
    assertThat(
            outcome(
                "Skarholm will host the championships in 2029.",
                "Skarholm will host the" + " indoor championships in 2031."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "Skarholm hosted the championships in 2019.",
                "Skarholm hosted the indoor" + " championships in 2017."))
        .isEqualTo("disagrees");
    // a plan whose year the passage gives in the past tense ("has awarded the 2033 ...") agrees
    assertThat(
            outcome(
                "Tarvik will host the championships in 2033.",
                "The federation has" + " awarded the 2033 indoor championships to Tarvik."))
        .isEqualTo("agrees");
  }

  @Test
  void toBeforeAVerbPlansAndWillPlans() {
    assertThat(PlannedDates.planned("The town is to host the games in 2031.", 30)).isTrue();
    assertThat(PlannedDates.planned("The town will host the games in 2031.", 30)).isTrue();
    assertThat(PlannedDates.planned("The town hosted the games in 2021.", 28)).isFalse();
    // "to" before a name or a noun plans nothing, even one the tagger calls a verb
    assertThat(PlannedDates.planned("The title went to Tarvik in 2021.", 26)).isFalse();
    String line = "The line opened to passengers in 1912.";
    assertThat(PlannedDates.planned(line, line.indexOf("1912"))).isFalse();
  }
}
