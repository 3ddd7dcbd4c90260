package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class RecordCheckTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

  private static String outcome(String claim, String passage) {
    return RecordCheck.check(claim, passage, DAY, Set.of())
        .map(f -> f.check() + " " + f.outcome())
        .orElse("none");
  }

  @Test
  void aRecordHeldBySomethingElseDisagreesAndTheSameHolderAgrees() {
    String claim = "The tusk is the largest ever found in the Lunde valley.";
    assertThat(
            outcome(
                claim,
                "The largest tusk ever found in the Lunde valley, 3.1 metres long, was dug up near"
                    + " Hamre in 1998."))
        .isEqualTo("record disagrees");
    assertThat(
            outcome(
                claim,
                "The new tusk is the second-largest found in the Lunde valley, after the Hamre"
                    + " tusk."))
        .isEqualTo("record disagrees");
    assertThat(
            outcome(claim, "Experts said the tusk is the largest ever found in the Lunde valley."))
        .isEqualTo("record agrees");
    // another scope: another record, which says nothing of the claim's
    assertThat(
            outcome(claim, "The largest tusk ever found in Vestmark county measured 2.1 metres."))
        .isEqualTo("event note");
    // another kind of thing
    assertThat(
            outcome(claim, "The largest bone ever found in the Lunde valley was dug up in 1998."))
        .isEqualTo("none");
  }

  @Test
  void aFirstOfAnotherPersonOrObjectDecides() {
    String claim = "Hauge is the first woman to win the Fjell Rally.";
    assertThat(
            outcome(claim, "Hauge became the first woman to win the Fjell Rally in its history."))
        .isEqualTo("record agrees");
    assertThat(outcome(claim, "In 2019 Anna Lie became the first woman to win the Fjell Rally."))
        .isEqualTo("record disagrees");
    assertThat(
            outcome(claim, "In 2019 Anna Lie became the first woman to win the Vestfjord Rally."))
        .isEqualTo("event note");
  }

  @Test
  void aFirstTimeIsRefutedByAnEarlierTimeOrNotTheFirst() {
    String claim =
        "It was the first time a court in the country has ruled that a town may not ban holiday"
            + " lettings.";
    assertThat(
            outcome(
                claim,
                "Lawyers pointed to the Morvik case of 2023, in which a court ruled that a town may"
                    + " not ban holiday lettings outright."))
        .isEqualTo("record disagrees");
    assertThat(
            outcome(
                claim,
                "The judgment is not the first of its kind: a court in Morvik ruled that the town"
                    + " could not ban holiday lettings."))
        .isEqualTo("record disagrees");
    // another first, of another ruling
    assertThat(
            outcome(
                claim,
                "It was the first time a court in the country had ruled that a landlord must refund"
                    + " a deposit within a week in 2025."))
        .isEqualTo("none");
    String since =
        "It is the first time a mammoth tusk has been found in the Lunde valley since 1998.";
    assertThat(
            outcome(
                since,
                "The last mammoth tusk found in the Lunde valley came out of a field near Lunde in"
                    + " 2012."))
        .isEqualTo("record disagrees");
    assertThat(outcome(since, "The last mammoth tusk found near Tarn came out of a field in 2012."))
        .isEqualTo("none");
  }

  @Test
  void aFirstTimeOnADayMeetsTheDayTheSamePersonFirstDidIt() {
    String claim = "Lena Hauge took the lead for the first time on Friday.";
    String passage =
        "Hauge first went ahead on Wednesday's opening stage, lost the lead to Tomas Eik on"
            + " Thursday and took it back on Friday.";
    assertThat(outcome(claim, passage)).isEqualTo("record disagrees");
    // the "first" is Hauge's, not Eik's
    assertThat(outcome("Tomas Eik took the lead for the first time on Thursday.", passage))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Tomas Eik took the lead for the first time on Thursday.",
                "Tomas Eik, who had never led the rally before, moved to the front on Thursday."))
        .isEqualTo("record agrees");
  }

  @Test
  void aFactCheckOfTheRecordElsewhereIsAnotherRecord() {
    assertThat(
            RecordCheck.otherRecord(
                "The tusk is the oldest mammoth find ever made in the county.",
                "The Lunde mammoth tusk is the oldest mammoth find ever made in Norway.",
                Set.of()))
        .isTrue();
    assertThat(
            RecordCheck.otherRecord(
                "Hauge is the first woman to win the Fjell Rally.",
                "Lena Hauge is the first woman to win a rally in the country.",
                Set.of()))
        .isTrue();
    assertThat(
            RecordCheck.otherRecord(
                "Hauge is the first woman to win the Fjell Rally.",
                "Hauge is the first woman to win the Fjell Rally.",
                Set.of()))
        .isFalse();
  }

  @Test
  void findingsSayWhatTheyFound() {
    Finding f =
        RecordCheck.check(
                "The tusk is the largest ever found in the Lunde valley.",
                "The largest tusk ever found in the Lunde valley was dug up near Hamre in 1998.",
                DAY,
                Set.of())
            .orElseThrow();
    assertThat(f.detail()).contains("1998").contains("dug up near Hamre");
  }
}
