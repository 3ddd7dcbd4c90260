package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which figure of a sentence is which (session 11): a change and its level, each month's figure,
 * the level a change started from, an add-on and the whole, a step and the whole operation, another
 * body's count of the same crowd, and figures written in other words.
 */
class FigureRolesTest {
  private static List<String> outcomes(String claim, String passage) {
    return StructuredChecks.run(claim, passage, LocalDate.of(2026, 5, 20)).stream()
        .map(f -> f.check() + ":" + f.outcome())
        .toList();
  }

  @Test
  void aChangeIsNotSetAgainstALevel() {
    // the 40 cents are the size of the cut, not the fare
    assertThat(
            outcomes(
                "Ravel Transit cut the single fare by 40 cents to 2.20 euros.",
                "A single fare on Ravel Transit buses now costs 2.20 euros."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "The Ravel water tariff rose by 12 euros to 310 euros a year.",
                "The Ravel water tariff is now 298 euros a year."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aFractionOfAPointIsAChangeInPointsNotAPercentage() {
    // "a quarter of a point" was read as 25% and set against the rate's level
    assertThat(
            outcomes(
                "The Ostrel savings bank lowered its deposit rate by a quarter of a point to 2.5%.",
                "The Ostrel savings bank's deposit rate stands at 2.5%."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "The Ostrel savings bank lowered its deposit rate by half a percentage point.",
                "The Ostrel savings bank's deposit rate now stands at 2.5%."))
        .isEmpty();
  }

  @Test
  void eachFigureIsOfTheMonthNamedAfterIt() {
    String claim = "Ravel's inflation rate rose to 3.4% in April from 2.9% in March.";
    // April's value does not refute March's figure, and March's does not refute April's
    assertThat(outcomes(claim, "Ravel's inflation rate rose to 3.4% in April.").toString())
        .contains("quantity:agrees")
        .doesNotContain("disagrees");
    assertThat(outcomes(claim, "Ravel's inflation rate was 2.9% in March.").toString())
        .doesNotContain("quantity:disagrees");
    assertThat(outcomes(claim, "Ravel's inflation rate climbed to 3.7% in April."))
        .contains("quantity:disagrees");
  }

  @Test
  void theLevelAChangeStartedFromAloneIsNoSupport() {
    assertThat(
            outcomes(
                "Ravel's jobless rate rose to 7.1% from 6.8%.",
                "Ravel's jobless rate stood at 6.8% at the end of the winter."))
        .doesNotContain("quantity:agrees", "quantity:disagrees");
  }

  @Test
  void thisYearsFigureIsNotNextYears() {
    assertThat(
            outcomes(
                "The Ravel trade office expects exports to grow 2.4% next year.",
                "The Ravel trade office expects exports to grow 1.1% this year."))
        .isEmpty();
    assertThat(
            outcomes(
                "The Ravel trade office expects exports to grow 2.4% next year.",
                "For next year the Ravel trade office expects exports to grow 1.7%."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void anAddOnIsNotRefutedByTheWhole() {
    assertThat(
            outcomes(
                "The Ravel orchestra's conductor will earn a further 40,000 euros in bonuses.",
                "The Ravel orchestra's conductor has a contract worth 900,000 euros, with up to"
                    + " 40,000 euros more in bonuses."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "The Ravel orchestra's conductor will earn a further 40,000 euros in bonuses.",
                "The Ravel orchestra's conductor has a contract worth 900,000 euros."))
        .isEmpty();
  }

  @Test
  void oneStepIsNotTheWholeOperation() {
    assertThat(
            outcomes(
                "Moving the Ravel lighthouse inland took about 20 days.",
                "The final push of the Ravel lighthouse over the last 8 metres took 2 days."))
        .isEmpty();
    // the whole operation's figure still refutes
    assertThat(
            outcomes(
                "Moving the Ravel lighthouse inland took about 20 days.",
                "Moving the Ravel lighthouse inland took 31 days."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void anotherBodysCountOfTheSameCrowdIsADispute() {
    assertThat(
            outcomes(
                "Some 8,000 fans lined the streets of Ravel, the club said.",
                "The club said 8,000 fans lined the streets of Ravel, but police estimated 2,500."))
        .contains("dispute:note");
    assertThat(
            outcomes(
                "About 5,000 people marched through Ravel, organisers said.",
                "Organisers said about 5,000 people joined the march through Ravel; police put the"
                    + " number at 1,200."))
        .contains("dispute:note");
  }

  @Test
  void figuresInOtherWords() {
    assertThat(
            outcomes(
                "The Ravel winger has won nine caps for Ostrel.",
                "The Ravel winger, who has played 9 internationals for Ostrel, signed in May."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "The Ravel dam wall stands nearly 61 metres above the valley floor.",
                "The Ravel dam wall rises 60.4 m above the valley floor."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "Ravel's mills shed about 600 jobs in March.",
                "Ravel's mills cut some 900 jobs in March."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aChangeOfOneMeasureIsNotALevelOfAnother() {
    // "slipped 0.4%" is a change; "rose to 5.5%" a level
    assertThat(
            outcomes(
                "Ostrel's jobless rate rose to 5.5% in May, the labour office said.",
                "The Ostrel dinar slipped 0.4% against the euro in May, traders said."))
        .isEmpty();
  }

  @Test
  void aSpeedIsNotAHeight() {
    assertThat(
            outcomes(
                "The Ravel crane lifted the roof nearly 30 metres above the hall.",
                "The Ravel crane lifted the roof at some 4 metres an hour."))
        .isEmpty();
  }

  @Test
  void aScopeWordBeforeWhileIsNotTheFiguresAfterIt() {
    assertThat(
            outcomes(
                "In the western Dunmar region, unemployment is above 12%.",
                "The national rate of 6% hides wide gaps: in the western Dunmar region it is 8.3%,"
                    + " while in the capital it is 4%."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aDurationOfAnotherEventIsNoVoteAgainst() {
    assertThat(
            outcomes(
                "Moving the Ravel lighthouse inland took about 20 days.",
                "The coast road to Ravel was closed to traffic for 45 days."))
        .isEmpty();
    assertThat(
            outcomes(
                "Moving the Ravel lighthouse inland took about 20 days.",
                "Storms delayed the move of the Ravel lighthouse by 6 days."))
        .isEmpty();
    // starting late is a delay
    assertThat(
            outcomes(
                "The Ravel regatta started about 30 minutes late.",
                "Wind delayed the Ravel regatta by two hours."))
        .containsExactly("quantity:disagrees");
    // the same event in other words still refutes, and verbs of no kind say nothing
    assertThat(
            outcomes(
                "The Ravel ticket system was restored after 11 hours.",
                "The Ravel ticket system was working again after 7 hours."))
        .containsExactly("quantity:disagrees");
    assertThat(
            outcomes(
                "Moving the Ravel lighthouse inland took about 20 days.",
                "Moving the Ravel lighthouse inland lasted 31 days."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aSpacedMAfterADecimalIsMetres() {
    assertThat(
            outcomes(
                "The Ravel flood crest reached nearly 6 metres at its peak.",
                "The Ravel flood crest was 5.8 m at its peak."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes("The new Ravel mast is 42 metres tall.", "The new Ravel mast is 43.6 m tall."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void theNeighbouringCountrysFigureIsNotANamedCountrys() {
    assertThat(
            outcomes(
                "Unemployment in Germany rose to 6.1%.",
                "In the neighbouring country, unemployment rose to 6.1% as well."))
        .isEmpty();
  }

  @Test
  void notEveryFromFirstOrEstimateIsARole() {
    // "from 30 countries" is no earlier level: a different count still refutes
    assertThat(
            outcomes(
                "Artists from 30 countries will play at the Ravel festival.",
                "Artists from 24 countries will play at the Ravel festival this summer."))
        .containsExactly("quantity:disagrees");
    // "over the last 12 months" is a time frame, not a step
    assertThat(
            outcomes(
                "Ravel's water bills rose 9% in the year to May.",
                "Over the last 12 months Ravel's water bills rose 4% in the year to May."))
        .containsExactly("quantity:disagrees");
    // another figure estimated for something else is no dispute of the claim's
    assertThat(
            outcomes(
                "Ravel's bakeries sold 4,000 loaves on Sunday.",
                "Ravel's bakeries sold 4,000 loaves on Sunday, while the mill estimated 6,000 for"
                    + " Monday."))
        .doesNotContain("dispute:note");
  }
}
