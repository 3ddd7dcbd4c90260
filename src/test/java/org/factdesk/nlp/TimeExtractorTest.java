package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExtractorTest {
  /** A Friday. */
  static final LocalDate REF = LocalDate.of(2026, 2, 6);

  static TimeExpression one(String text) {
    List<TimeExpression> found = TimeExtractor.extract(text, REF);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The exchange followed Thursday's talks.|DATE|2026-02-05",
        "The talks ended on Friday.|DATE|2026-02-06",
        "They met last Monday.|DATE|2026-02-02",
        "Similar talks were held last month.|INTERVAL|2026-01-01/2026-01-31",
        "In September, drones flew into Poland.|INTERVAL|2025-09-01/2025-09-30",
        "In March 2023, the drone was downed.|INTERVAL|2023-03-01/2023-03-31",
        "The channel was suspended in late 2021.|INTERVAL|2021-09-01/2021-12-31",
        "He cited the figure in early 2025.|INTERVAL|2025-01-01/2025-04-30",
        "Russia annexed Crimea in 2014.|INTERVAL|2014-01-01/2014-12-31",
        "Casualties rose in the past year.|INTERVAL|2025-02-06/2026-02-06",
        "The deal was signed on March 5, 2024.|DATE|2024-03-05",
        "The deal was signed on 5 March 2024.|DATE|2024-03-05",
        "He was born June 10 , 1945 in Ohio.|DATE|1945-06-10",
        "Fighting has continued since 2022.|INTERVAL|2022-01-01/2026-02-06",
        "Prices fell yesterday.|DATE|2026-02-05",
        "The figures for this year are out.|INTERVAL|2026-01-01/2026-12-31",
        "They met three days ago.|DATE|2026-02-03",
        "The plant had closed two weeks earlier.|DATE|2026-01-23",
        "Sales were 4% higher than a year earlier.|DATE|2025-02-06",
        "The vote was delayed by a week.|DURATION|P7D",
        "He was jailed for 27 years in prison.|DURATION|P27Y",
        "Patrols run every week.|SET|every P7D",
        "The first talks in more than four years.|DURATION|P4Y",
        "Overnight attacks continued.|INTERVAL|2026-02-05/2026-02-06",
        "Snow fell on the city overnight.|INTERVAL|2026-02-05/2026-02-06",
        "Firefighters battled 52 wildfires over the weekend.|INTERVAL|2026-01-31/2026-02-01",
        "Sales fell during the weekend.|INTERVAL|2026-01-31/2026-02-01",
        // a future marker before a bare weekday: the coming one (the reference is a Friday)
        "Talks will resume on Thursday.|DATE|2026-02-12",
        "The council is due to vote on Monday.|DATE|2026-02-09",
        "Unions plan to strike on Friday.|DATE|2026-02-06",
        "We'll know more on Tuesday.|DATE|2026-02-10",
        // ... but not when a past reporting verb comes between, nor in the past tense
        "Prices will rise, the ministry said on Monday.|DATE|2026-02-02",
        "The talks were to resume on Thursday.|DATE|2026-02-05",
        "Officials said on Wednesday the bridge will reopen.|DATE|2026-02-04",
        // session 7: a bare month after a future marker is the coming one; quarters
        "Analysts expect the bank to cut rates again in March.|INTERVAL|2026-03-01/2026-03-31",
        "The company expects a loss after sales fell on Monday.|DATE|2026-02-02",
        "The line will reopen in January.|INTERVAL|2027-01-01/2027-01-31",
        "The line reopened in March.|INTERVAL|2025-03-01/2025-03-31",
        "Sales rose in the third quarter of 2024.|INTERVAL|2024-07-01/2024-09-30",
        "Sales rose in the third quarter.|INTERVAL|2025-07-01/2025-09-30",
        "Visitors rose in the last quarter.|INTERVAL|2025-10-01/2025-12-31",
        "Profit fell in Q2 2025.|INTERVAL|2025-04-01/2025-06-30",
        // ... but only a marker in the month's own clause, with no past tense after it
        "The council, which will meet soon, closed the pool in January.|INTERVAL|2026-01-01/2026-01-31",
        "Officials expect the bridge, damaged in January, to reopen soon.|INTERVAL|2026-01-01/2026-01-31",
        "It will cost more than it did in March.|INTERVAL|2025-03-01/2025-03-31",
        "The mayor spoke, and the pool will reopen in January.|INTERVAL|2027-01-01/2027-01-31",
      })
  void resolves(String text, TimeExpression.Kind kind, String resolved) {
    TimeExpression t = one(text);
    assertThat(t.kind()).as(text).isEqualTo(kind);
    assertThat(t.resolved()).as(text).isEqualTo(resolved);
    assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
  }

  @Test
  void theWeekendOnASaturdayIsThatWeekend() {
    List<TimeExpression> t =
        TimeExtractor.extract("Storms hit the coast over the weekend.", LocalDate.of(2026, 2, 7));
    assertThat(t).singleElement().extracting(TimeExpression::text).isEqualTo("the weekend");
    assertThat(t.get(0).resolved()).isEqualTo("2026-02-07/2026-02-08");
  }

  @Test
  void durationKeepsItsApproximation() {
    TimeExpression t = one("for the first time in more than four years");
    assertThat(t.kind()).isEqualTo(TimeExpression.Kind.DURATION);
    assertThat(t.duration()).isEqualTo(Period.ofYears(4));
    assertThat(t.approx()).isEqualTo(Approx.MORE_THAN);
    assertThat(t.from()).isNull();
  }

  @Test
  void aQuarterFinalOrAQuarterCenturyIsNoQuarterOfAYear() {
    assertThat(TimeExtractor.extract("The club won its second quarter-final.", REF)).isEmpty();
    assertThat(TimeExtractor.extract("Rents doubled over the last quarter century.", REF))
        .isEmpty();
    assertThat(TimeExtractor.extract("Rents doubled in the last quarter-century.", REF)).isEmpty();
  }

  @Test
  void aQuarterCenturyOrAQuarterFinalIsNoQuarterOfAYear() {
    for (String text :
        List.of(
            "The worst floods in the past quarter century hit the valley.",
            "It was the first quarter-final the club had reached.",
            "The town grew in the last quarter of the century.")) {
      assertThat(TimeExtractor.extract(text, REF))
          .as(text)
          .noneMatch(t -> t.text().toLowerCase(java.util.Locale.ROOT).contains("quarter"));
    }
  }

  @Test
  void negatedBoundsOfADurationAreTheOtherBound() {
    assertThat(one("The repairs took no more than six days.").approx()).isEqualTo(Approx.UP_TO);
    assertThat(one("The strike lasted no less than three weeks.").approx())
        .isEqualTo(Approx.AT_LEAST);
    // the bounds the quantity extractor reads are read for durations too
    assertThat(one("The ban lasted not fewer than six weeks.").approx()).isEqualTo(Approx.AT_LEAST);
    assertThat(one("He faces a term not exceeding six months.").approx()).isEqualTo(Approx.UP_TO);
    assertThat(one("The works took fewer than ten days.").approx()).isEqualTo(Approx.LESS_THAN);
  }

  @Test
  void sinceAnEventIsAnIntervalWithOpenStart() {
    TimeExpression t = one("nearly 15,000 civilians have been killed since the war began.");
    assertThat(t.kind()).isEqualTo(TimeExpression.Kind.INTERVAL);
    assertThat(t.from()).isNull();
    assertThat(t.to()).isEqualTo(REF);
    assertThat(t.anchor()).isEqualTo("the war began");
    assertThat(t.resolved()).isEqualTo("../2026-02-06");
  }

  @Test
  void sinceADateAfterTheReferenceStaysADate() {
    // crashed `eval speed` in session 9: a passage of 2023 read against its own date said "since
    // 2024", and the interval 2024-01-01..2023-04-20 was refused by TimeExpression; the year stays
    // the year's interval (the session 9 test asked for DATE, which fails alone as in the suite at
    // the commit that wrote it: INTERVAL was always the answer, there was no order dependence)
    List<TimeExpression> found =
        TimeExtractor.extract("Fares have been frozen since 2024.", LocalDate.of(2023, 4, 20));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(TimeExpression.Kind.INTERVAL);
    assertThat(found.get(0).from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(found.get(0).to()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void aTextReadAgainstSeveralDaysIsResolvedAgainstEach() {
    // the memo is keyed by the text and the reference day: an earlier reading against another day
    // (or none) does not decide a later one
    String text = "Fares have been frozen since 2024.";
    TimeExpression later = TimeExtractor.extract(text, LocalDate.of(2026, 3, 1)).get(0);
    TimeExpression none = TimeExtractor.extract(text, null).get(0);
    TimeExpression earlier = TimeExtractor.extract(text, LocalDate.of(2023, 4, 20)).get(0);
    assertThat(later.resolved()).isEqualTo("2024-01-01/2026-03-01");
    assertThat(none.resolved()).isEqualTo("2024-01-01/..");
    assertThat(earlier.resolved()).isEqualTo("2024-01-01/2024-12-31");
    assertThat(TimeExtractor.extract(text, LocalDate.of(2026, 3, 1)).get(0)).isEqualTo(later);
  }

  @Test
  void aDateIsNotADuration() {
    for (TimeExpression t :
        TimeExtractor.extract("In 2014 and in September 2022 it rained.", REF)) {
      assertThat(t.kind()).isNotEqualTo(TimeExpression.Kind.DURATION);
    }
  }

  @Test
  void mayTheVerbIsNotAMonth() {
    assertThat(TimeExtractor.extract("Prices may fall. May God help us.", REF)).isEmpty();
    assertThat(one("Elections were held in May.").resolved()).isEqualTo("2025-05-01/2025-05-31");
  }

  @Test
  void withoutReferenceDatesStayUnresolvedButDurationsDoNot() {
    List<TimeExpression> t = TimeExtractor.extract("Last month, for four years.", null);
    assertThat(t).hasSize(2);
    assertThat(t.get(0).resolved()).isNull();
    assertThat(t.get(1).resolved()).isEqualTo("P4Y");
  }

  @Test
  void countsAreNotYears() {
    assertThat(TimeExtractor.extract("About 2000 soldiers and $2014 were lost.", REF)).isEmpty();
  }
}
