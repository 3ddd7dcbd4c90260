package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureTest {
  private static String differs(String a, String figA, String b, String figB, String thing) {
    return Measure.of(a, figA).differsFrom(Measure.of(b, figB), thing);
  }

  @Test
  void aSentenceAskedForIsNotTheSentenceImposed() {
    String imposed = "The judge sentenced the mayor to four years in prison.";
    String asked = "The prosecution asked the judge to jail the mayor for seven years.";
    assertThat(Measure.of(asked, "seven years").mood()).isEqualTo("request");
    assertThat(differs(imposed, "four years", asked, "seven years", "year"))
        .isEqualTo("it is a figure asked for");
    assertThat(differs(asked, "seven years", imposed, "four years", "year")).isNotNull();
  }

  @Test
  void anOfferIsNotADemand() {
    String offer = "The company raised its offer to a 3% rise.";
    String demand = "The union wants a 7% rise.";
    assertThat(differs(demand, "7%", offer, "3%", "%")).isEqualTo("it is a figure offered");
    assertThat(differs(offer, "3%", "The company offered a 2% rise.", "2%", "%")).isNull();
  }

  @Test
  void aPartSomethingHappenedToIsNotTheWhole() {
    String run = "The line runs 40 buses a day.";
    assertThat(Measure.of("Snow cancelled 12 buses on Monday.", "12 buses").part())
        .containsExactly("cancel");
    assertThat(differs(run, "40 buses", "Snow cancelled 12 buses on Monday.", "12 buses", "bus"))
        .contains("cancel");
    assertThat(Measure.of("900 flats in Dern are still without water.", "900 flats").part())
        .containsExactly("without");
    assertThat(
            Measure.of(
                    "A total of 80 flats in the old Dern harbour quarter were damaged.", "80 flats")
                .part())
        .containsExactly("damage");
    // only the first verb after the figure: "rose" does not close the shops
    assertThat(
            Measure.of("40 shops in Dern opened while rents rose and others closed.", "40 shops")
                .part())
        .isEmpty();
    assertThat(Measure.of("300 farms have no internet.", "300 farms").part())
        .containsExactly("without");
    assertThat(
            differs(
                "The storm damaged 500 flats.",
                "500 flats",
                "Wind damaged 450 flats.",
                "450 flats",
                "flat"))
        .isNull();
  }

  @Test
  void aPercentageChangeIsNotAPart() {
    // "cut by 30%" is the change itself
    assertThat(differs("Masks cut the risk by 30%.", "30%", "The risk fell 30%.", "30%", "%"))
        .isNull();
  }

  @Test
  void sumsOfDifferentKindsDiffer() {
    String budget = "The museum will have a budget of 80 million euros next year.";
    String spent = "The museum spent 5 million euros on a new roof.";
    assertThat(Measure.of(budget, "80 million euros").money()).containsExactly("budget");
    assertThat(differs(budget, "80 million euros", spent, "5 million euros", "euro"))
        .startsWith("it is a sum of another kind");
    // a price paid and a cost are one kind
    assertThat(
            differs(
                "A ticket costs 12 euros.",
                "12 euros",
                "Visitors pay 10 euros.",
                "10 euros",
                "euro"))
        .isNull();
    // a sum paid may be a salary
    assertThat(
            differs(
                "The salary of a nurse is 2,600 euros a month.",
                "2,600 euros",
                "Nurses are paid 2,400 euros a month.",
                "2,400 euros",
                "euro"))
        .isNull();
  }

  @Test
  void aRateIsNotATotal() {
    String total = "The campaign has cost the council 2 million euros.";
    String rate = "The council pays 15 euros for a test.";
    assertThat(Measure.of(rate, "15 euros").rate()).isEqualTo("test");
    assertThat(differs(total, "2 million euros", rate, "15 euros", "euro")).contains("test");
    // "for an oil spill" says why, not per what
    assertThat(Measure.of("The firm was fined 9,000 euros for an oil spill.", "9,000 euros").rate())
        .isEmpty();
    // a time rate against no rate: "a year" and "last year" may be the same figure
    assertThat(
            differs(
                "The port handles 5 million tonnes a year.",
                "5 million tonnes",
                "The port handled 4 million tonnes last year.",
                "4 million tonnes",
                "tonne"))
        .isNull();
  }

  @Test
  void allResidentsAreNotThoseBornAbroad() {
    String all = "Dern has about 15,000 residents.";
    String some = "1,200 Dern residents were born abroad.";
    assertThat(differs(all, "about 15,000 residents", some, "1,200 residents", "resident"))
        .contains("born");
    // people living in a town are all of them
    assertThat(
            differs(
                all,
                "about 15,000 residents",
                "The census counted 14,800 people living in Dern.",
                "14,800 people",
                "resident"))
        .isNull();
  }

  @Test
  void aPercentageIsAChangeALevelOrAShare() {
    assertThat(Measure.of("Milk sales in Dornby fell by 7% last year.", "7%").kind())
        .isEqualTo("change");
    assertThat(Measure.of("The Dornby dam stood at 44% of capacity.", "44%").kind())
        .isEqualTo("level");
    assertThat(Measure.of("Cheese makes up 15% of Dornby's exports.", "15%").kind())
        .isEqualTo("share");
    // a change named as a noun and put at a figure, and a change as a comparison
    assertThat(Measure.of("A survey put the decline in Dornby's herds at 12%.", "12%").kind())
        .isEqualTo("change");
    assertThat(Measure.of("Dornby's herds are 30% smaller than in 2018.", "30%").kind())
        .isEqualTo("change");
    assertThat(
            differs(
                "Dornby's dairy output rose by 15% this year.",
                "15%", "Cheese makes up 15% of Dornby's exports.", "15%", "%"))
        .isEqualTo("it is a share, not a change");
    assertThat(
            differs(
                "Three-quarters of Dornby's adults are vaccinated.",
                "Three-quarters",
                "The share of vaccinated adults in Dornby rose to 76%.",
                "76%",
                "%"))
        .isNull();
  }

  @Test
  void aPassiveVerbsAgentIsAShareNotAChange() {
    String approved = "The Dornby dam plan was approved by 58% of voters.";
    assertThat(Measure.of(approved, "58%").kind()).isEqualTo("share");
    assertThat(differs(approved, "58%", "58% of voters in Dornby approved the plan.", "58%", "%"))
        .isNull();
    assertThat(Measure.of("Dornby's water fees were raised by 8% of the base rate.", "8%").kind())
        .isEqualTo("change");
  }

  @Test
  void aChangeOfAnotherNounIsAnotherMeasure() {
    String sales = "Milk sales in Dornby rose by 6% this year.";
    assertThat(Measure.of(sales, "6%").measured()).isEqualTo(TextSignals.stem("sales"));
    assertThat(differs(sales, "6%", "Milk output in Dornby fell by 11%.", "11%", "%"))
        .startsWith("it is the change in");
    assertThat(differs(sales, "6%", "Dornby's milk sales climbed by 8%.", "8%", "%")).isNull();
    // the object of the verb of change: "cut ... output by"
    assertThat(
            differs(
                "The drought cut Dornby's milk output by 12%.",
                "12%", "Milk output in Dornby fell by 9%.", "9%", "%"))
        .isNull();
    // a change as a noun names what changed after "in"; "the number of" counts what follows
    assertThat(
            differs(
                "The number of dairy cows in Dornby has fallen by 20% since 2018.",
                "20%",
                "A survey put the decline in Dornby's dairy cows since 2018 at 12%.",
                "12%",
                "%"))
        .isNull();
  }

  @Test
  void aRateMayNameWhatItMeasuresBeforeItsTime() {
    assertThat(
            Measure.of(
                    "Leaks cost the city 12 million litres of water each week.",
                    "12 million litres")
                .rate())
        .isEqualTo("week");
    assertThat(
            Measure.of("It treats 38,500 cubic metres of water a day.", "38,500 cubic metres")
                .rate())
        .isEqualTo("day");
  }
}
