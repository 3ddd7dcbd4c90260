package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class DisputeCheckTest {
  private static String outcome(String claim, String passage) {
    return DisputeCheck.check(claim, passage).map(Finding::check).orElse("none");
  }

  @Test
  void aDisputeBeforeTheDisputedWordsIsSeen() {
    assertThat(
            outcome(
                "Builder Kai Moor says he lost 4 million euros on the bridge contract.",
                "Prosecutors disputed Moor's claim that he lost 4 million euros on the contract."))
        .isEqualTo(QuantityCheck.DISPUTE);
    assertThat(
            outcome(
                "The education office said 80% of teachers were at work on Monday.",
                "The union called the office's claim that 80% of teachers were at work false."))
        .isEqualTo(QuantityCheck.DISPUTE);
    assertThat(
            outcome(
                "The union said 4,000 teachers joined the strike.",
                "The office disputed the union's figure of 4,000, saying 2,600 stayed away."))
        .isEqualTo(QuantityCheck.DISPUTE);
    assertThat(
            outcome(
                "The mayor took money from the builder.",
                "The mayor denied that he took money from the builder."))
        .isEqualTo(QuantityCheck.DISPUTE);
  }

  @Test
  void anotherFigureOrOtherWordsOrADenialInTheClaimAreNoDispute() {
    assertThat(
            outcome(
                "Kai Moor says he lost 5 million euros on the bridge contract.",
                "Prosecutors disputed Moor's claim that he lost 4 million euros on the contract."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The mayor took money from the builder.",
                "The city rejected the claim that the bridge was unsafe."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Paul Stern denied that he took money from Kai Moor.",
                "Paul Stern denied that he had taken any money from Kai Moor, his lawyer said."))
        .isEqualTo("none");
  }

  @Test
  void aDisputedFigureOfOtherThingsIsNoDispute() {
    assertThat(
            outcome(
                "The utility said 4,000 homes lost power.",
                "The police disputed the figure of 4,000 strikers on Monday."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The utility said 4,000 homes lost power.",
                "The council disputed the figure of 4,000 homes without power."))
        .isEqualTo(QuantityCheck.DISPUTE);
  }
}
