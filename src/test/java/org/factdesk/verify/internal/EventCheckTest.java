package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventCheckTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Osei conceded defeat.|Osei refused to concede defeat on Sunday night.|disagrees",
        "Zoo director Hana Prell apologised to neighbours.|Zoo director Hana Prell declined to"
            + " apologise to neighbours on Thursday.|disagrees",
        "Keepers recaptured the escaped lynx on Friday.|Keepers failed to recapture the escaped"
            + " lynx on Friday.|disagrees",
        "Osterby Transit paid compensation to passengers.|Osterby Transit has yet to pay"
            + " compensation to passengers.|disagrees",
        "Rector Ivo Marek withdrew the fee plan.|Rector Ivo Marek stopped short of withdrawing"
            + " the fee plan.|disagrees",
        "The council did not approve the budget.|The council did not approve the budget.|none",
        "Rector Ivo Marek met student leaders on Thursday.|Rector Ivo Marek did not meet the"
            + " staff union on Thursday.|none",
        "Keepers recaptured the escaped lynx on Friday.|Keepers failed to recapture the escaped"
            + " lynx on Thursday.|none",
        "Osei conceded defeat.|Mensah refused to concede defeat.|none",
        "Osei conceded defeat.|Osei conceded defeat on Sunday.|none",
        // "not only" affirms the verb after it
        "Mayor Lena Voss apologised to the families.|Mayor Lena Voss not only apologised to the"
            + " families but also offered compensation.|none",
      })
  void aRefusedOrNegatedEventOfTheSameSubjectDisagrees(
      String claim, String passage, String expected) {
    assertThat(EventCheck.refused(claim, passage).map(Finding::outcome).orElse("none"))
        .isEqualTo(expected);
  }

  private static final java.time.LocalDate FRIDAY = java.time.LocalDate.of(2026, 12, 4);

  private static String otherDay(String claim, String passage, java.time.LocalDate published) {
    return EventCheck.otherDay(claim, passage, FRIDAY, published)
        .map(Finding::outcome)
        .orElse("none");
  }

  @org.junit.jupiter.api.Test
  void theSameEventOnAnotherDayDisagrees() {
    java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 30);
    // "gave way" and "collapsed" are one action; Monday before 4 December is 30 November
    assertThat(
            otherDay(
                "The quay wall gave way on Sunday morning.",
                "The quay wall collapsed on Saturday, 28 November.",
                monday))
        .isEqualTo("disagrees");
    assertThat(
            otherDay(
                "Firefighters brought the blaze under control on Tuesday evening.",
                "Firefighters brought the blaze at the paint works under control on Wednesday"
                    + " afternoon.",
                FRIDAY))
        .isEqualTo("disagrees");
    // the same day, written out or as a weekday of the passage's own week
    assertThat(
            otherDay(
                "The quay wall gave way on Sunday morning.",
                "The quay wall collapsed early on Sunday, 29 November.",
                monday))
        .isEqualTo("none");
    assertThat(
            otherDay(
                "The quay wall gave way on Sunday morning.",
                "The quay wall collapsed on Sunday.",
                monday))
        .isEqualTo("none");
    // another action, or another thing, says nothing of the claim's day
    assertThat(
            otherDay(
                "The quay wall gave way on Sunday morning.",
                "Divers inspected the quay wall on Saturday.",
                monday))
        .isEqualTo("none");
    assertThat(
            otherDay(
                "The quay wall gave way on Sunday morning.",
                "A garden wall in Selby collapsed on Saturday.",
                monday))
        .isEqualTo("none");
  }

  @Test
  void aCapitalisedFirstWordThePassageUsesAsANounIsNoOtherSubject() {
    assertThat(
            EventCheck.check(
                    "Excavation is due to begin in March.",
                    "The firm will employ 40 people during excavation, which starts in March 2027.")
                .map(Finding::outcome))
        .contains("agrees");
  }

  @org.junit.jupiter.api.Test
  void aClaimThatNamesNoOneIsAboutTheStorysSubject() {
    String claim = "Firefighters brought the blaze under control on Tuesday.";
    java.util.Set<String> story = java.util.Set.of("brenna");
    assertThat(
            EventCheck.check(
                    claim,
                    "A fire at a Lenvik warehouse was brought under control on Tuesday.",
                    story)
                .map(Finding::outcome))
        .contains("note");
    assertThat(
            EventCheck.check(
                    claim, "The fire in Brenna was brought under control on Tuesday.", story)
                .map(Finding::outcome))
        .contains("agrees");
    // without a story, the other place's fire still reads as the claim's
    assertThat(
            EventCheck.check(
                    claim,
                    "A fire at a Lenvik warehouse was brought under control on Tuesday.",
                    java.util.Set.of())
                .map(Finding::outcome))
        .contains("agrees");
  }

  @Test
  void aParticleIsNoPrepositionHeadingANounPhrase() {
    assertThat(EventCheck.Event.of("Ticket sales at the mill fell in March.").actions())
        .doesNotContain("collapse");
    assertThat(EventCheck.Event.of("The roof of the old mill fell in on Tuesday.").actions())
        .contains("collapse");
    String sales = "Ticket sales at the mill fell in 2019.";
    // a fall of sales, not a collapse
    assertThat(DatedEvents.of(sales, sales.indexOf("2019"), sales.indexOf("2019") + 4))
        .contains("fall");
  }

  @Test
  void aDayOfAMonthForTheSameThingsDecidesUnlessItIsAnotherSubjects() {
    String claim = "The company will publish its full-year results on 18 February.";
    java.util.Set<String> story = java.util.Set.of("brevik");
    assertThat(
            EventCheck.dueDay(
                    claim,
                    "Brevik will report full-year results on 25 February.",
                    FRIDAY,
                    FRIDAY,
                    story)
                .map(f -> f.outcome()))
        .contains("disagrees");
    assertThat(
            EventCheck.dueDay(
                    claim,
                    "Brevik will report full-year results on 18 February.",
                    FRIDAY,
                    FRIDAY,
                    story)
                .map(f -> f.outcome()))
        .contains("agrees");
    assertThat(
            EventCheck.dueDay(
                    claim,
                    "Norma will report its full-year results on 18 February.",
                    FRIDAY,
                    FRIDAY,
                    story)
                .map(f -> f.outcome()))
        .contains("note");
  }

  @Test
  void aFigureOnAnotherDayIsStillAnotherDay() {
    // a claim with a figure is no longer left out: the 9% fall came on Tuesday
    assertThat(
            otherDay(
                "Brevik shares dropped 9% on Wednesday.",
                "Brevik shares dropped 9% on Tuesday, 1 December, after the warning.",
                java.time.LocalDate.of(2026, 12, 1)))
        .isEqualTo("disagrees");
  }

  @Test
  void aTopicThatIsTheStorysSubjectIsNoOtherTopic() {
    String claim = "Restoration work began on Monday.";
    String passage = "Builders began work on the Skarn tower on Monday, 30 November.";
    assertThat(EventCheck.check(claim, passage, java.util.Set.of("skarn")).map(Finding::outcome))
        .contains("agrees");
    assertThat(EventCheck.check(claim, passage, java.util.Set.of("brask")).map(Finding::outcome))
        .contains("note");
  }

  @Test
  void anEventIsReadOncePerTextAndCannotBeChangedByItsReaders() {
    String text = "Work on the Ostrand lock began on Monday after talks with the Tessel board.";
    EventCheck.Event e = EventCheck.Event.of(text);
    assertThat(EventCheck.Event.of(new String(text))).isSameAs(e);
    assertThat(new java.util.ArrayList<>(e.nouns())).isNotEmpty().isSorted();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.nouns().add("quay"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
