package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateWordsTest {
  private static StateWords.Term only(String sentence) {
    List<StateWords.Term> t = StateWords.find(sentence);
    assertThat(t).as(sentence).hasSize(1);
    return t.get(0);
  }

  @Test
  void aTextReadAgainGivesTheSameTermsFromTheMemo() {
    String s = "The pass road remains closed after the avalanche, but the tunnel reopened.";
    List<StateWords.Term> first = StateWords.find(s);
    assertThat(StateWords.find(s)).isSameAs(first);
    org.factdesk.internal.TextMemo.clearAll();
    assertThat(StateWords.find(s)).isNotSameAs(first).isEqualTo(first).hasSize(2);
  }

  @Test
  void aContinuingStateAChangeAndAnOutcomeAreTold() {
    StateWords.Term closed = only("The pass road remains closed after the avalanche.");
    assertThat(closed.state()).isEqualTo("closed");
    assertThat(closed.opposite()).isEqualTo("open");
    assertThat(closed.kind()).isEqualTo(StateWords.Kind.STATE);
    StateWords.Term open = only("The pass road reopened on Wednesday.");
    assertThat(open.state()).isEqualTo("open");
    assertThat(open.kind()).isEqualTo(StateWords.Kind.CHANGE);
    StateWords.Term lost = only("The club lost its appeal against the fine.");
    assertThat(lost.state()).isEqualTo("lost");
    assertThat(lost.kind()).isEqualTo(StateWords.Kind.DECISION);
    assertThat(only("Lena Voss remains in custody.").state()).isEqualTo("detained");
    assertThat(only("Voss was released from custody on Thursday.").state()).isEqualTo("released");
    assertThat(only("The ban remains in place.").state()).isEqualTo("imposed");
    assertThat(only("The stand, closed since October, will be repaired.").kind())
        .isEqualTo(StateWords.Kind.STATE);
  }

  @Test
  void aNegationFlipsTheStateAndAPlanOrPurposeIsNoState() {
    StateWords.Term stays = only("Paul Stern refused to resign from the council.");
    assertThat(stays.state()).isEqualTo("in office");
    assertThat(stays.kind()).isEqualTo(StateWords.Kind.STATE);
    assertThat(only("The ban has not been lifted.").state()).isEqualTo("imposed");
    assertThat(StateWords.find("The tunnel will reopen next week.")).isEmpty();
    StateWords.Term rejected = only("The council rejected a motion to suspend Paul Stern.");
    assertThat(rejected.state()).isEqualTo("rejected");
    assertThat(only("The stand will stay shut for the season.").kind())
        .isEqualTo(StateWords.Kind.STATE);
  }

  @Test
  void votesForAndAgainstArePhrasedApprovalsAndRejections() {
    assertThat(only("The works council backed the plan to rebuild the hall.").state())
        .isEqualTo("approved");
    assertThat(only("Councillors voted 31 to 14 in favour of the ferry budget.").state())
        .isEqualTo("approved");
    StateWords.Term against = only("The works council voted against the plan.");
    assertThat(against.state()).isEqualTo("rejected");
    assertThat(against.kind()).isEqualTo(StateWords.Kind.DECISION);
    assertThat(only("The board voted unanimously against the merger.").state())
        .isEqualTo("rejected");
  }

  @Test
  void backingDownOrAStateBackedFirmIsNoApproval() {
    assertThat(StateWords.find("The council backed down over the fee.")).isEmpty();
    assertThat(StateWords.find("A state-backed lender paid the fee.")).isEmpty();
    assertThat(StateWords.find("The council backed the fee.")).hasSize(1);
  }

  @Test
  void rejectingAClaimIsADisputeNotADecisionAndWontIsNoWin() {
    assertThat(StateWords.find("The city rejected the opposition's claim that it paid.")).isEmpty();
    assertThat(StateWords.find("The club won't comment.")).isEmpty();
    assertThat(StateWords.find("Sales were disclosed in the album's notes.")).isEmpty();
  }

  @Test
  void aTermNeedsAKnownStateAndASpan() {
    assertThatThrownBy(() -> new StateWords.Term("sleepy", StateWords.Kind.STATE, 0, 3))
        .hasMessageContaining("unknown state 'sleepy'");
    assertThatThrownBy(() -> new StateWords.Term("open", StateWords.Kind.STATE, 4, 4))
        .hasMessageContaining("0 <= start < end");
  }

  @Test
  void contractedAndDistantNegationsFlipTheState() {
    assertThat(only("The ban hasn't been lifted.").state()).isEqualTo("imposed");
    assertThat(only("The ban hasn’t been lifted.").state()).isEqualTo("imposed");
    assertThat(only("The road wasn't reopened.").state()).isEqualTo("closed");
    assertThat(only("The ban has not yet been lifted.").state()).isEqualTo("imposed");
    assertThat(only("The talks have yet to resume.").state()).isEqualTo("suspended");
  }

  @Test
  void aNegatedFutureIsNoStateNow() {
    assertThat(StateWords.find("The museum won't reopen before spring.")).isEmpty();
    assertThat(StateWords.find("The museum will not reopen this year.")).isEmpty();
    assertThat(StateWords.find("The council would not approve the plan.")).isEmpty();
  }

  @Test
  void anInvestigationOrACaseOpenedOrClosedIsNoState() {
    assertThat(StateWords.find("Police opened an investigation into the fire.")).isEmpty();
    assertThat(StateWords.find("Prosecutors opened a criminal inquiry on Monday.")).isEmpty();
    assertThat(StateWords.find("Soldiers opened fire on the crowd.")).isEmpty();
    assertThat(StateWords.find("The court closed the case in May.")).isEmpty();
    assertThat(StateWords.find("The ministers met in a closed-door session.")).isEmpty();
    assertThat(only("The museum opened on Monday.").state()).isEqualTo("open");
    assertThat(only("The road was closed on Sunday.").state()).isEqualTo("closed");
  }
}
