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

  @Test
  void anotherFigureSetAgainstTheClaimsIsADispute() {
    String zoo = "Kelda Zoo said 9 animals died in the summer heat.";
    String ark = "Ark Watch said 31 animals died at Kelda Zoo in the summer heat, not 9.";
    assertThat(outcome(zoo, ark)).isEqualTo(QuantityCheck.DISPUTE);
    // the sentence's own figure is not disputed by it
    assertThat(outcome("Ark Watch said 31 animals died in the summer heat.", ark))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The student union said 3,000 students joined the march.",
                "Police put the number of students at the march at 800 instead."))
        .isEqualTo(QuantityCheck.DISPUTE);
    assertThat(
            outcome(
                "The staff union said 400 lecturers signed an open letter.",
                "The university said far fewer lecturers than claimed had signed the letter,"
                    + " about 90."))
        .isEqualTo(QuantityCheck.DISPUTE);
    assertThat(
            outcome(
                "Osterby Transit said 14,000 passengers were stranded by the breakdown.",
                "Fahrgast Nord disputed the company's estimate, saying about 40,000 passengers"
                    + " were stranded by the breakdown."))
        .isEqualTo(QuantityCheck.DISPUTE);
  }

  @Test
  void aChangeOrAnotherThingIsNoCounterFigure() {
    assertThat(
            outcome(
                "The city will spend 8 million euros on the park.",
                "The city will spend 5 million euros on the park instead of 8 million."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The student union said 3,000 students joined the march.",
                "The band played for 800 fans in the park instead."))
        .isEqualTo("none");
    // a year or a day of the month is no figure set against the claim's
    assertThat(
            outcome(
                "The council will spend 4 million euros on new bus lanes.",
                "The council will instead spend the money on new bus lanes in 2027."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The council will spend 4 million euros on new bus lanes.",
                "The council will instead spend the money on new bus lanes from 3 March."))
        .isEqualTo("none");
  }

  @Test
  void aRejectedAccountOfTheClaimsSourceIsADispute() {
    // the speaker's cause rejected by another body
    assertThat(
            outcome(
                "Coach Ivo Dahl said the players' injuries were caused by the hard pitch.",
                "The stadium's owner rejected the coach's claim, saying the pitch had nothing to do"
                    + " with the injuries."))
        .isEqualTo("dispute");
    assertThat(
            outcome(
                "The port authority said the spill was caused by a burst hose on the tanker.",
                "The shipping firm disputed the authority's account and said the spill started at"
                    + " a leaking valve on the quay."))
        .isEqualTo("dispute");
    // "according to X, N" with X's figure called too high
    assertThat(
            outcome(
                "According to the housing office, 3,000 flats in Dorn stand empty.",
                "The tenants' union said the housing office's figure was far too high and that"
                    + " about 900 flats stand empty."))
        .isEqualTo("dispute");
  }

  @Test
  void whoGivesACauseIsTheClaimsSource() {
    // "X blamed E on C": X's account, disputed by the hall's manager or the hospital
    assertThat(
            outcome(
                "Organisers blamed the delay on a power cut at the Dorn arena.",
                "The arena's manager disputed the organisers' account, saying the power at the"
                    + " arena had never failed."))
        .isEqualTo("dispute");
    assertThat(
            outcome(
                "The drivers' union blamed the cancellations on a lack of spare parts.",
                "The bus company rejected the union's explanation, saying the cancellations were"
                    + " due to the snow."))
        .isEqualTo("dispute");
    // another body's account rejected
    assertThat(
            outcome(
                "Organisers blamed the delay on a power cut at the Dorn arena.",
                "The arena's manager disputed the police's account, saying the power at the arena"
                    + " had never failed."))
        .isEqualTo("none");
  }

  @Test
  void anotherSpeakersAccountOrAnotherMatterIsNoDispute() {
    // the rejected account is not the claim's source's
    assertThat(
            outcome(
                "The port authority said the spill was caused by a burst hose on the tanker.",
                "The shipping firm disputed the union's account, saying the spill began on the quay."))
        .isEqualTo("none");
    // the claim's source's account rejected, but the words it sets aside ("not B") are another
    // account of the same source than the claim's
    assertThat(
            outcome(
                "The blight does not harm people who eat the apples, the agency said.",
                "Orchard owners rejected the agency's account, saying warm weather, not imported"
                    + " seedlings, had let the blight spread."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "The agency said the blight arrived with imported seedlings.",
                "Orchard owners rejected the agency's account, saying warm weather, not imported"
                    + " seedlings, had let the blight spread."))
        .isEqualTo("dispute");
    // the claim's source, but about something else
    assertThat(
            outcome(
                "The port authority said the spill was caused by a burst hose on the tanker.",
                "The council rejected the authority's budget for next year."))
        .isEqualTo("none");
    // no source in the claim
    assertThat(
            outcome(
                "The spill was caused by a burst hose on the tanker.",
                "The shipping firm disputed the authority's account, saying the spill began on the quay."))
        .isEqualTo("none");
  }

  @Test
  void theClaimsFigureSetAsideAsClaimedIsADispute() {
    assertThat(
            outcome(
                "According to the club, average attendance this season is 6,100.",
                "League figures put average attendance this season at 4,800, well below the 6,100"
                    + " the club has claimed."))
        .isEqualTo("dispute");
    assertThat(
            outcome(
                "According to the club, average attendance this season is 4,800.",
                "League figures put average attendance this season at 4,800, well below the 6,100"
                    + " the club has claimed."))
        .isEqualTo("none");
  }
}
