package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeCheckTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void inMoreThanNYearsAfterANegationOrSuperlativeIsATimeSince() {
    String neg = "The valley has not seen a drought like this in more than 25 years.";
    assertThat(TimeCheck.since(neg, neg.indexOf("more than"))).isTrue();
    String sup = "It was the hottest summer in 12 years.";
    assertThat(TimeCheck.since(sup, sup.indexOf("12 years"))).isTrue();
    String plain = "Prices rose by 8% in the last ten years.";
    assertThat(TimeCheck.since(plain, plain.indexOf("ten years"))).isFalse();
    String interest = "Interest rose in 10 years.";
    assertThat(TimeCheck.since(interest, interest.indexOf("10 years"))).isFalse();
  }

  @Test
  void theDurationIsComparedWithTheLastTimeBeforeTheArticle() {
    String claim = "The valley has not seen a drought like this in more than 25 years.";
    assertThat(TimeCheck.check(claim, "The last drought this bad was in 1990.", DAY))
        .get()
        .extracting(f -> f.outcome())
        .isEqualTo("agrees");
    assertThat(TimeCheck.check(claim, "The last drought this bad was in 2008.", DAY))
        .get()
        .extracting(f -> f.outcome())
        .isEqualTo("disagrees");
  }

  @Test
  void theClaimsOwnDateIsNotTheLastTime() {
    String claim = "The flood in May 2025 was the worst in the town in more than 30 years.";
    assertThat(TimeCheck.sinceLast(claim, "The last flood this bad was in 1992.")).isTrue();
    assertThat(TimeCheck.sinceLast(claim, "The town was founded in 1992.")).isFalse();
    assertThat(TimeCheck.sinceLast("The flood began in May 2025.", "The last one was in 1992."))
        .isFalse();
  }

  @Test
  void theLastTimeMustBeOfTheClaimsThing() {
    LocalDate day = LocalDate.of(2026, 12, 4);
    String claim = "Visitor numbers at Kelda Zoo were the highest in more than 15 years.";
    assertThat(
            TimeCheck.check(claim, "The lynx enclosure at Kelda Zoo was last closed in 2019.", day))
        .isEmpty();
    assertThat(
            TimeCheck.check(
                claim, "Visitor numbers at Kelda Zoo were the highest since 2016, it said.", day))
        .get()
        .extracting(f -> f.outcome())
        .isEqualTo("disagrees");
    String delays =
        "The breakdown caused the worst delays on the tram network in more than 20 years.";
    assertThat(
            TimeCheck.check(
                delays,
                "Night tram services were cancelled. They were last cancelled in 2010.",
                day))
        .isEmpty();
    assertThat(
            TimeCheck.check(
                delays, "The delays on the tram network were the worst since 2001.", day))
        .get()
        .extracting(f -> f.outcome())
        .isEqualTo("agrees");
  }

  @Test
  void aTimeBetweenTwoEventsIsTheGapBetweenThePassagesTwoDays() {
    String claim = "Engineers had flagged the crack two weeks before the collapse.";
    String passage =
        "An engineers' log dated 17 November noted the crack in the pier that gave way on 1"
            + " December.";
    assertThat(TimeCheck.between(claim, passage, DAY).map(f -> f.outcome())).contains("agrees");
    String month = "Engineers had flagged the crack two months before the collapse.";
    assertThat(TimeCheck.between(month, passage, DAY).map(f -> f.outcome())).contains("disagrees");
    // the right gap the wrong way round: the log came before the collapse, not after it
    String after = "Engineers had flagged the crack two weeks after the collapse.";
    assertThat(TimeCheck.between(after, passage, DAY).map(f -> f.outcome())).contains("disagrees");
    String vote = "The council approved the harbour plan two weeks before the vote.";
    String log = "The council approved the harbour plan on 15 March, after the vote on 1 March.";
    assertThat(TimeCheck.between(vote, log, DAY).map(f -> f.outcome())).contains("disagrees");
    String rightWay = "The council approved the harbour plan two weeks after the vote.";
    assertThat(TimeCheck.between(rightWay, log, DAY).map(f -> f.outcome())).contains("agrees");
    // a word of the other event that modifies another noun does not date it
    String flood = "Engineers had flagged the leak two weeks before the flood.";
    String office =
        "On 2 March the flood office logged a leak in the dam that gave way on 16 March.";
    assertThat(TimeCheck.between(flood, office, DAY).map(f -> f.outcome())).contains("agrees");
    // one day only, or a sentence about something else, says nothing
    assertThat(TimeCheck.between(claim, "The pier gave way on 1 December.", DAY)).isEmpty();
    assertThat(TimeCheck.between(claim, "Ticket sales ran from 17 November to 1 December.", DAY))
        .isEmpty();
  }

  @Test
  void aPluralInThePassageIsTheClaimsThing() {
    String claim = "Ship traffic in Lindvik harbour is the lowest in more than a decade.";
    String passage = "Fewer ships called at Lindvik this year than in any year since 2012.";
    assertThat(TimeCheck.check(claim, passage, DAY).map(f -> f.outcome())).contains("agrees");
    String wrong = "Ship traffic in Lindvik harbour is the lowest in more than 20 years.";
    assertThat(TimeCheck.check(wrong, passage, DAY).map(f -> f.outcome())).contains("disagrees");
  }

  @Test
  void theSentenceBeforeTellsWhoseLastTimeItWas() {
    LocalDate day = LocalDate.of(2026, 11, 3);
    String claim =
        "Train drivers in Teslin walked out on Monday for the first time in more than ten years.";
    String passage =
        "Teslin train drivers voted to strike from Monday. Their last strike, in 2019, lasted five days.";
    assertThat(TimeCheck.check(claim, passage, day))
        .get()
        .extracting(f -> f.outcome())
        .isEqualTo("disagrees");
    // alone, the dated sentence shares no word with the claim
    assertThat(TimeCheck.check(claim, "Their last strike, in 2019, lasted five days.", day))
        .isEmpty();
  }

  @Test
  void anotherSubjectsTimeSinceIsOnlyANote() {
    String claim = "The final was the first to go to extra time in 25 years.";
    assertThat(
            TimeCheck.check(
                    claim,
                    "Lindå IF were the first club to reach the final in 12 years.",
                    DAY,
                    java.util.Set.of("ostra"))
                .map(f -> f.check() + " " + f.outcome()))
        .contains("event note");
    // the claim's own subject: no note (the dated last time decides, when given)
    assertThat(
            TimeCheck.anotherRecord(
                claim,
                "Ostra were the first club to reach the final in 12 years.",
                java.util.Set.of("ostra")))
        .isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        // "the first ... since YEAR" against the last time the passage dates
        "It is the first log boat found in the county since 1987.|The last log boat found in the"
            + " county turned up at Tarnby in 2004.|disagrees",
        "It is the first log boat found in the county since 2004.|The last log boat found in the"
            + " county turned up at Tarnby in 2004.|agrees",
        "Berg's win was the first by a home athlete in the heptathlon since 2015.|The last time a"
            + " Tarvik athlete won the heptathlon at these championships was in 2021, when Ola Dahl"
            + " took gold.|disagrees",
        "It is the largest farmers' protest in Selmark since 2019.|The last farmers' protest of"
            + " this size in Selmark was in 2023.|disagrees",
        // another event of the year, or a last time of something else: nothing
        "It is the first log boat found in the county since 1987.|The Halden log boat was found"
            + " by dredgers in 1987.|none",
        "Berg's win was the first by a home athlete in the heptathlon since 2015.|Tarvik last"
            + " hosted the indoor championships in 2015.|none",
        // a perfect tense is a start of what still holds, not a record
        "The bank has sponsored the first division since 2014.|The bank last sponsored a cup in"
            + " 2019.|none",
      })
  void aRecordSinceAYearMeetsTheLastTime(String claim, String passage, String expected) {
    assertThat(
            TimeCheck.sinceYear(claim, passage, java.time.LocalDate.of(2027, 3, 8))
                .map(org.factdesk.report.Finding::outcome)
                .orElse("none"))
        .isEqualTo(expected);
  }
}
