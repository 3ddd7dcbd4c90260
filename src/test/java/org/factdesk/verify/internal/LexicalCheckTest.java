package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class LexicalCheckTest {
  private static String outcome(String claim, String passage) {
    return outcome(claim, passage, Set.of());
  }

  private static String outcome(String claim, String passage, Set<String> story) {
    return LexicalCheck.check(claim, passage, story).map(Finding::outcome).orElse("none");
  }

  @Test
  void theClaimInOtherWordsAgreesAndSaysWhatMatched() {
    Finding f =
        LexicalCheck.check(
                "The museum postponed the exhibition on Monday.",
                "The exhibition at the museum was delayed on Monday.",
                Set.of())
            .orElseThrow();
    assertThat(f.outcome()).isEqualTo("agrees");
    assertThat(f.detail()).contains("'delayed' for 'postponed'").contains("'exhibition'");
  }

  @Test
  void aNegationAndARefusalAgree() {
    assertThat(
            outcome(
                "The mayor did not sign the contract.", "The mayor refused to sign the contract."))
        .isEqualTo("agrees");
  }

  @Test
  void aNegatedEventAgainstItsReportDisagrees() {
    assertThat(
            outcome(
                "Nobody was hurt in the crash.",
                "Three people were taken to hospital after the crash."))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "The town will build the pool without raising fees.",
                "The town would have to raise fees to build the pool."))
        .isEqualTo("disagrees");
  }

  @Test
  void anAntonymWithTheSamePolarityDisagrees() {
    assertThat(
            outcome(
                "The bridge reopened on Tuesday.",
                "The bridge will remain shut, the council said on Tuesday."))
        .isEqualTo("disagrees");
  }

  @Test
  void anotherDayAnotherObjectOrAPlanIsNoEvidence() {
    assertThat(outcome("The bridge reopened on Tuesday.", "The bridge reopened on Friday."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The council plans to name the square after a poet.",
                "The council plans to name the new park after a poet."))
        .isEqualTo("none");
    assertThat(outcome("The company closed the plant.", "The company plans to close the plant."))
        .isEqualTo("none");
  }

  @Test
  void aClaimOfAFirstIsLeftToTheTimeChecks() {
    assertThat(
            outcome(
                "The bridge reopened for the first time since 2019.",
                "The bridge reopened on Friday."))
        .isEqualTo("none");
  }

  @Test
  void onlyTheVerbInCommonNeedsTheStoryInTheSentence() {
    assertThat(
            outcome(
                "Nobody was hurt during the evacuation.",
                "Nobody was hurt in the Lenvik warehouse fire.",
                Set.of("brenna")))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Nobody was hurt during the evacuation.",
                "Nobody was hurt in Brenna, the police said.",
                Set.of("brenna")))
        .isEqualTo("agrees");
  }

  @Test
  void aNameOfTheClaimMustBeInTheSentence() {
    assertThat(
            outcome(
                "Mayor Lena Dahl postponed the vote.",
                "Mayor Per Holm delayed the vote on the budget."))
        .isEqualTo("none");
  }

  @Test
  void aHostileLongClaimOrSentenceIsNotAlignedAndTheFindingSaysSo() {
    String filler = " and the council met the union".repeat(3_000); // 18,000 more words
    String longClaim = "The museum postponed the exhibition on Monday" + filler + ".";
    String longSentence =
        "The exhibition at the museum was delayed on Monday" + filler.substring(0, 3_000 * 5);
    long start = System.nanoTime();
    Finding f = LexicalCheck.check(longClaim, longSentence, Set.of()).orElseThrow();
    assertThat(f.outcome()).isEqualTo("note");
    assertThat(f.detail()).contains("too long").contains("at most " + LexicalCheck.MAX_WORDS);
    // a long passage sentence is skipped, a short one of the same passage still aligns
    Finding g =
        LexicalCheck.check(
                "The museum postponed the exhibition on Monday.", longSentence + ".", Set.of())
            .orElseThrow();
    assertThat(g.outcome()).isEqualTo("note");
    assertThat(g.detail()).contains("1 sentence(s) of the evidence are too long");
    assertThat(
            outcome(
                "The museum postponed the exhibition on Monday.",
                longSentence + ". The exhibition at the museum was delayed on Monday."))
        .isEqualTo("agrees");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
  }

  @Test
  void aClaimsVerbDoesNotMeetABroaderNoun() {
    assertThat(
            outcome(
                "No one was hurt in the fire.",
                "The agency said overheated brakes on the lorry had caused the fire."))
        .isEqualTo("none");
  }
}
