package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {
  static List<Quantity> q(String text) {
    return QuantityExtractor.extract(text, Tagger.shared().tag(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia fired 183 drones at Ukraine.|183|drones|EXACT",
        "Officials said 1,000 homes lost power.|1000|homes|EXACT",
        "About 15 000 people marched.|15000|people|ABOUT",
        "Nearly 15,000 Ukrainian civilians have been killed.|15000|civilians|NEARLY",
        "More than 40,000 wounded were counted.|40000|wounded|MORE_THAN",
        "At least 12 people died.|12|people|AT_LEAST",
        "Up to 300 soldiers were deployed.|300|soldiers|UP_TO",
        "The aviary holds no more than 120 birds.|120|birds|UP_TO",
        "Not more than 40 trams are in service.|40|trams|UP_TO",
        "Fees will not exceed 1,200 euros a year.|1200|euros|UP_TO",
        "Fees won't exceed 900 euros.|900|euros|UP_TO",
        "Tickets cost at most 15 euros.|15|euros|UP_TO",
        "The zoo had no fewer than 400,000 visitors.|400000|visitors|AT_LEAST",
        "It took not less than 30 staff.|30|staff|AT_LEAST",
        // a negation a few words before the bound turns it
        "Tickets do not cost more than 15 euros.|15|euros|UP_TO",
        "Tickets don't cost more than 15 euros.|15|euros|UP_TO",
        "The fund has never paid less than 500 euros.|500|euros|AT_LEAST",
        "Not only did prices rise, more than 40 shops closed.|40|shops|MORE_THAN",
        "It did not rain, and more than 40 homes flooded.|40|homes|MORE_THAN",
        "Fewer than 20 ships crossed.|20|ships|LESS_THAN",
        "The fund is worth $2.4bn in total.|2.4e9|USD|EXACT",
        "The road is closed for about 18 km.|18|km|ABOUT",
        "The line will get 24 extra trains a day.|24|trains|EXACT",
        "The city will run 30 more buses.|30|buses|EXACT",
        "The city has 1.3 million residents.|1300000|residents|EXACT",
        "Three people were injured.|3|people|EXACT",
        "A dozen drones were shot down.|12|drones|EXACT",
        "Three hundred workers went on strike.|300|workers|EXACT",
        "Twenty-five villages were hit.|25|villages|EXACT",
        "The report found a 31% increase in casualties.|31|percent|EXACT",
        "Unemployment rose 2.5 percentage points.|2.5|percentage points|EXACT",
        "Inflation reached 7.4 per cent in May.|7.4|percent|EXACT",
        "It spent €500 million on roads.|5e8|EUR|EXACT",
        "They held the 1,000-kilometer front line.|1000|kilometer|EXACT",
        "Some 40 tanks were destroyed.|40|tanks|ABOUT",
        "Three people were hurt when 12 drones hit Kharkiv.|3|people|EXACT",
        "There were 1,800 coronavirus related deaths in France.|1800|deaths|EXACT",
        "The attack rate was 12·4% among contacts.|12.4|percent|EXACT",
        "The rating was lower than 86 % on the site.|86|percent|LESS_THAN",
        "It is greater than 5 days on average.|5|days|MORE_THAN",
        "The 4.2 million euro repair finished on time.|4200000|euro|EXACT",
      })
  void findsValueUnitAndApproximation(String text, double value, String unit, Approx approx) {
    List<Quantity> found = q(text);
    assertThat(found).as(text).isNotEmpty();
    Quantity first = found.get(0);
    assertThat(first.value()).as(text).isEqualTo(value);
    assertThat(first.unit()).as(text).isEqualTo(unit);
    assertThat(first.approx()).as(text).isEqualTo(approx);
  }

  @Test
  void rangesKeepLowAndHigh() {
    Quantity r = q("Between 10 and 20 buildings were damaged.").get(0);
    assertThat(r.approx()).isEqualTo(Approx.RANGE);
    assertThat(r.low()).isEqualTo(10);
    assertThat(r.high()).isEqualTo(20);
    assertThat(r.unit()).isEqualTo("buildings");
    Quantity dash = q("Prices rose 5-7% last year.").get(0);
    assertThat(dash.approx()).isEqualTo(Approx.RANGE);
    assertThat(dash.high()).isEqualTo(7);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The work will take between four and six months.|4|6|months",
        "The work will take from four to six months.|4|6|months",
        "The work will take four to six months.|4|6|months",
        "The work will take 4-6 months.|4|6|months",
        "Prices ranged from 3 to 5 euros.|3|5|euros",
      })
  void rangesInWordsAndDigits(String text, double low, double high, String unit) {
    Quantity r = q(text).get(0);
    assertThat(r.approx()).as(text).isEqualTo(Approx.RANGE);
    assertThat(r.low()).as(text).isEqualTo(low);
    assertThat(r.high()).as(text).isEqualTo(high);
    assertThat(r.unit()).as(text).isEqualTo(unit);
  }

  @Test
  void numberWordsJoinedByAndOnlyAfterAScale() {
    assertThat(q("It has two hundred and five rooms.").get(0).value()).isEqualTo(205);
    assertThat(q("Between four and six boats sank.")).hasSize(1);
  }

  @Test
  void aChangeFromOneFigureToAnotherIsNoRange() {
    List<Quantity> found = q("Sales rose from 3 to 5 million euros.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).approx()).isEqualTo(Approx.EXACT);
    assertThat(q("The fare was cut from 4 to 3 euros.")).hasSize(2);
  }

  @Test
  void aParticipleThatIsNoChangeKeepsTheRange() {
    assertThat(q("The club takes children aged from 5 to 11.")).hasSize(1);
    assertThat(q("Tickets are priced from 5 to 11 euros.")).hasSize(1);
    assertThat(q("Bookings had fallen from 40 to 25.")).hasSize(2);
  }

  @Test
  void byAProportionIsAChangeOnlyAfterAVerbOfChange() {
    assertThat(q("The firm was bought by a third party."))
        .noneMatch(x -> "percent".equals(x.unit()));
    assertThat(q("The guests arrive by half past eight."))
        .noneMatch(x -> "percent".equals(x.unit()));
    assertThat(q("The garage was set up by a third party."))
        .noneMatch(x -> "percent".equals(x.unit()));
    assertThat(q("Fares in Skarvik fell by nearly a fifth.")).anyMatch(x -> x.value() == 20);
    assertThat(q("Sales are up by a third.")).anyMatch(x -> "percent".equals(x.unit()));
  }

  @Test
  void pluralsMistaggedAsVerbsAreStillCountedNouns() {
    assertThat(q("When 12 drones hit Kharkiv, windows broke.").get(0).unit()).isEqualTo("drones");
  }

  @Test
  void ordinalsAreFlagged() {
    Quantity first = q("It was the first direct encounter.").get(0);
    assertThat(first.ordinal()).isTrue();
    assertThat(first.value()).isEqualTo(1);
    Quantity nth = q("The 21st round of talks began.").get(0);
    assertThat(nth.ordinal()).isTrue();
    assertThat(nth.value()).isEqualTo(21);
  }

  @Test
  void yearsDaysAndClockTimesAreNotCounts() {
    assertThat(q("Russia annexed Crimea in 2014.")).isEmpty();
    assertThat(q("The meeting was on March 5 at 10:30.")).isEmpty();
    assertThat(q("The F-16 and the MQ-9 flew over.")).isEmpty();
    assertThat(q("No one was hurt.")).isEmpty();
  }

  @Test
  void compoundsAreTwoQuantitiesWithTheirSpans() {
    String s = "Russia fired 183 drones and two ballistic missiles.";
    List<Quantity> found = q(s);
    assertThat(found).extracting(Quantity::value).containsExactly(183.0, 2.0);
    assertThat(found).extracting(Quantity::unit).containsExactly("drones", "missiles");
    for (Quantity x : found) {
      assertThat(s.substring(x.start(), x.end())).isEqualTo(x.text());
    }
  }

  @Test
  void longAndOddInputDoesNotBreak() {
    String list = "1. 2. 3. | 4 | 5 |\n- 6 -- 7 ,,, 8...9 $ % 10%% ~~ 1,,000 ..5";
    assertThat(q(list)).allSatisfy(x -> assertThat(x.end()).isGreaterThan(x.start()));
    String longText = "There were 12 drones, ".repeat(2000);
    assertThat(QuantityExtractor.extract(longText, List.of())).hasSize(2000);
  }

  @Test
  void numberWordsParse() {
    assertThat(NumberWords.parse("three hundred")).isEqualTo(300);
    assertThat(NumberWords.parse("twenty-five")).isEqualTo(25);
    assertThat(NumberWords.parse("a dozen")).isEqualTo(12);
    assertThat(NumberWords.parse("two million")).isEqualTo(2_000_000);
    assertThat(NumberWords.parse("one hundred and five")).isEqualTo(105);
    assertThat(NumberWords.parse("banana")).isEqualTo(-1);
  }

  @Test
  void labelsConfidenceLevelsAndSeasonsAreNotCounts() {
    assertThat(q("The phase 2 trial enrolled 45 patients on day 14."))
        .extracting(Quantity::value)
        .containsExactly(45.0);
    assertThat(q("The rate was 12% (95% CI 9-15) in May."))
        .extracting(Quantity::value)
        .first()
        .isEqualTo(12.0);
    assertThat(q("The rate was 12% (95% CI 9-15) in May.")).noneMatch(x -> x.value() == 95.0);
    assertThat(q("He scored 3 goals during the 2006-07 season."))
        .extracting(Quantity::value)
        .containsExactly(3.0);
  }

  @Test
  void anAboutRangeIsOneRange() {
    List<Quantity> r = q("The attack rate was about 10 to 20 percent.");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).low()).isEqualTo(10.0);
    assertThat(r.get(0).high()).isEqualTo(20.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Nearly one in five households pay no tax.|20|NEARLY",
        "Almost half of the nurses work part time.|50|NEARLY",
        "Roughly a third of the beds were taken.|33.33|ABOUT",
        "About a quarter of the tickets went abroad.|25|ABOUT",
        "Two thirds of the voters stayed home.|66.67|EXACT",
        "3 in 10 adults smoke.|30|EXACT",
        "More than three-quarters of the cases were mild.|75|MORE_THAN",
      })
  void proportionsInWordsArePercentages(String text, double value, Approx approx) {
    List<Quantity> found = q(text);
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).value()).as(text).isEqualTo(value);
    assertThat(found.get(0).unit()).as(text).isEqualTo("percent");
    assertThat(found.get(0).approx()).as(text).isEqualTo(approx);
  }

  @Test
  void halfOfATimeOrAnAmountIsNoProportion() {
    assertThat(q("In the second half of the season the club won."))
        .noneMatch(x -> "percent".equals(x.unit()));
    assertThat(q("It took one and a half hours.")).noneMatch(x -> "percent".equals(x.unit()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Three-fourths of the towns voted yes.|75|percent|EXACT",
        "Up to one in a hundred riders fell ill.|1|percent|UP_TO",
        "Only 1 in 1,000 parcels went missing.|0.1|percent|EXACT",
        "The show has an average rating of 7.4/10 on the site.|74|score|EXACT",
        "The album scored over 60/100 on the aggregator.|60|score|MORE_THAN",
      })
  void moreProportionsAndScores(String text, double value, String unit, Approx approx) {
    List<Quantity> found = q(text);
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).value()).as(text).isEqualTo(value);
    assertThat(found.get(0).unit()).as(text).isEqualTo(unit);
    assertThat(found.get(0).approx()).as(text).isEqualTo(approx);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Cycling can more than double the risk of a fall.|2|MORE_THAN",
        "The bakery doubled its output in a year.|2|EXACT",
        "The fare is almost twice what it was.|2|NEARLY",
        "Rents tripled in the old town.|3|EXACT",
      })
  void multipliersInWordsAreTimes(String text, double value, Approx approx) {
    assertThat(q(text)).as("not counts for the claims' structure").isEmpty();
    List<Quantity> found = QuantityExtractor.multipliers(text);
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).value()).as(text).isEqualTo(value);
    assertThat(found.get(0).unit()).as(text).isEqualTo("times");
    assertThat(found.get(0).approx()).as(text).isEqualTo(approx);
  }

  @Test
  void doubleAsAnAdjectiveOrAChangeOfSomethingElseIsNoMultiplier() {
    assertThat(QuantityExtractor.multipliers("The double-blind trial used a double room."))
        .isEmpty();
    assertThat(QuantityExtractor.multipliers("It is equivalent to doubling the ventilation rate."))
        .isEmpty();
  }

  @Test
  void theCountedNounLooksPastNamesWithDigitsAndTakesPluralNames() {
    assertThat(q("The region reported fewer than 2,000 H5N1 infections.").get(0).unit())
        .isEqualTo("infections");
    assertThat(q("The club has won seven League Titles.").get(0).unit()).isEqualTo("titles");
    // a capitalised number word before a plural name is a name: "Twenty-One Pilots"
    assertThat(q("She sang with Twenty-One Pilots.")).allMatch(x -> x.unit() == null);
  }
}
