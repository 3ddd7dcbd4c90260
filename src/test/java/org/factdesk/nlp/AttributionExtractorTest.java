package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionExtractorTest {
  static List<Attribution> attr(String text) {
    return AttributionExtractor.extract(text, Tagger.shared().tag(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia’s Defense Ministry said 157 servicemen were returned.|Russia’s Defense Ministry|said",
        "Ukrainian officials confirmed that 150 servicemen were released.|Ukrainian officials|confirmed",
        "Russia fired 183 drones, according to the Ukrainian air force.|the Ukrainian air force|according to",
        "According to the U.S. European Command, the channel reopens.|the U.S. European Command|according to",
        "Zelenskyy disclosed that 55,000 troops have died.|Zelenskyy|disclosed",
        "The Russian Defense Ministry claimed its air defenses downed 95 drones.|The Russian Defense Ministry|claimed",
        "He added that some are critically underweight.|He|added",
        "\"Prices will fall,\" the minister said.|the minister|said",
        "Human Rights Watch reported a 31% increase.|Human Rights Watch|reported",
        "The Ministry of Health reported 312 new cases.|The Ministry of Health|reported",
        "Jonas Berg, the city's police chief, said 11 people were arrested.|Jonas Berg|said",
        "Dr. Amina Yusuf, director of the Kano State Hospital, said 19 patients died.|Dr. Amina Yusuf|said",
        "Prime Minister Mark Carney, speaking in Ottawa, said taxes fell.|Prime Minister Mark Carney|said",
        "A spokeswoman for the Department of Health confirmed it.|A spokeswoman for the Department of Health|confirmed",
        "Sales fell 4%, the retailers' association said.|the retailers' association|said",
        "Officials in Odesa said 9 people were hurt.|Officials in Odesa|said",
        "Sources familiar with the talks said a deal was close.|Sources familiar with the talks|said",
        "A spokesman for the airport said 40 flights were cancelled.|A spokesman for the airport|said",
        "Witnesses at the scene told reporters the bus overturned.|Witnesses at the scene|told",
        "Kestrel, a company based in Oslo, said it cut 300 jobs.|Kestrel|said",
        "The bank's spokeswoman, Ines Maro, said rates would stay.|Ines Maro|said",
        "Baltrum's chief executive said sales grew.|Baltrum's chief executive|said",
      })
  void findsSourceAndVerb(String text, String source, String verb) {
    List<Attribution> found = attr(text);
    assertThat(found).as(text).isNotEmpty();
    assertThat(found.get(0).source()).as(text).isEqualTo(source);
    assertThat(found.get(0).verb()).as(text).isEqualTo(verb);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(source);
  }

  @Test
  void aPassiveReportingVerbIsNoAttribution() {
    assertThat(attr("Maria Costa said 230 beds had been added."))
        .extracting(Attribution::source)
        .containsExactly("Maria Costa");
  }

  @Test
  void keepsTheAttributedFact() {
    Attribution a = attr("Russia’s Defense Ministry said 157 servicemen were returned.").get(0);
    assertThat(a.content()).isEqualTo("157 servicemen were returned");
  }

  @Test
  void aNegatedReportingVerbQuotesNobody() {
    assertThat(attr("The army did not confirm that 40 soldiers were captured.")).isEmpty();
    assertThat(attr("The agency has not announced how many staff will go.")).isEmpty();
    assertThat(attr("The agency has never said how many staff will go.")).isEmpty();
  }

  @Test
  void aReportingVerbAfterToQuotesNobody() {
    assertThat(attr("The ministry declined to say how many were hurt.")).isEmpty();
    assertThat(attr("The club refused to confirm the fee.")).isEmpty();
    assertThat(attr("The law requires firms with 50 staff to report pay gaps.")).isEmpty();
  }

  @Test
  void countingSensesAreNoAttribution() {
    assertThat(attr("The college admitted 2,400 students last year.")).isEmpty();
    assertThat(attr("The hospital added 120 beds in March.")).isEmpty();
    assertThat(attr("The minister admitted that 2,400 forms were lost."))
        .extracting(Attribution::verb)
        .containsExactly("admitted");
  }

  @Test
  void recordsThatShowSomethingAreSources() {
    assertThat(attr("Exports rose 3%, trade data showed."))
        .extracting(Attribution::source, Attribution::verb)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("trade data", "showed"));
    assertThat(attr("The photos showed a damaged bridge.")).isEmpty();
  }

  @Test
  void plainFactsHaveNoAttribution() {
    assertThat(attr("Three people were injured in the attack.")).isEmpty();
    assertThat(attr("The report is said to be ready.")).isEmpty();
  }
}
