package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.nlp.ActorExtractorTest.actors;
import static org.factdesk.nlp.ActorExtractorTest.named;

import org.junit.jupiter.api.Test;

/** Session-5 actor rules (issue #4), one test per rule, on sentences not in any labelled set. */
class ActorContextTest {
  @Test
  void listedOrganisationsWithoutACueWord() {
    assertThat(named("Boeing delivered 30 jets in March.", "Boeing").type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(named("Naftogaz said gas storage was 40% full.", "Naftogaz").type())
        .isEqualTo(Actor.Type.ORG);
  }

  @Test
  void listedNamesWithLowerCaseWords() {
    assertThat(
            named("Save the Children warned that 2,000 pupils were at risk.", "Save the Children")
                .type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(
            named(
                    "The report by Reporters Without Borders counted 54 jailed reporters.",
                    "Reporters Without Borders")
                .type())
        .isEqualTo(Actor.Type.ORG);
  }

  @Test
  void companyWordsEndingAName() {
    assertThat(
            named("Hafnia Shipping said its tankers avoided the route.", "Hafnia Shipping").type())
        .isEqualTo(Actor.Type.ORG);
  }

  @Test
  void contextShowsAnOrganisation() {
    assertThat(named("A spokesman for Kestrel said the plant would close.", "Kestrel").type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(
            named("Mercyline, a charity based in Leeds, said 80 families were helped.", "Mercyline")
                .type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(named("Baltrum's chief executive said sales fell.", "Baltrum").type())
        .isEqualTo(Actor.Type.ORG);
    // a person with one name keeps no type from a reporting verb alone
    assertThat(named("Zelenskyy said the talks were useful.", "Zelenskyy").type())
        .isNotEqualTo(Actor.Type.ORG);
  }

  @Test
  void nationalAdjectiveInsideAName() {
    Actor red = named("The Finnish Red Cross sent 40 volunteers.", "Finnish Red Cross");
    assertThat(red.type()).isEqualTo(Actor.Type.ORG);
    assertThat(red.affiliation()).isNull();
    assertThat(named("The Czech National Bank raised rates.", "Czech National Bank").type())
        .isEqualTo(Actor.Type.ORG);
    // a state body stays the country's
    Actor ministry = named("The Russian Defense Ministry said 30 drones fell.", "Defense Ministry");
    assertThat(ministry.affiliation()).isEqualTo("Russian");
  }

  @Test
  void placesByTheirWords() {
    assertThat(named("Lorries queued at the Salang Pass for hours.", "Salang Pass").type())
        .isEqualTo(Actor.Type.PLACE);
    assertThat(named("Herders near Lake Victoria lost cattle.", "Lake Victoria").type())
        .isEqualTo(Actor.Type.PLACE);
    assertThat(named("Pirates struck in the Gulf of Aden on Friday.", "Gulf of Aden").type())
        .isEqualTo(Actor.Type.PLACE);
    assertThat(named("Fog closed Bodo airport.", "Bodo").type()).isEqualTo(Actor.Type.PLACE);
    assertThat(named("Output at the Kashagan oil field rose.", "Kashagan").type())
        .isEqualTo(Actor.Type.PLACE);
  }

  @Test
  void hyphenatedSurnameStaysWhole() {
    Actor a = named("Deputy Minister Rosa Ruiz-Tagle said 90 schools reopened.", "Rosa Ruiz-Tagle");
    assertThat(a.type()).isEqualTo(Actor.Type.PERSON);
    assertThat(a.title()).isEqualTo("Deputy Minister");
  }

  @Test
  void abbreviationsThatAreNoActors() {
    assertThat(actors("GDP grew 1.2% while the CPI rose.")).isEmpty();
    assertThat(named("The ECB raised rates on Thursday.", "ECB").type()).isEqualTo(Actor.Type.ORG);
  }

  @Test
  void documentsAreNoActors() {
    assertThat(actors("The Bill bans the sale of 12 products.")).isEmpty();
    assertThat(named("Bill Gates said the fund would grow.", "Bill Gates").type())
        .isEqualTo(Actor.Type.PERSON);
  }

  @Test
  void titleCaseHeadlinesOnlyKeepKnownNames() {
    assertThat(actors("Floods Cut Roads To Villages In The North")).isEmpty();
    assertThat(actors("Storms Hit Kenya After Dry Spell"))
        .extracting(Actor::name)
        .containsExactly("Kenya");
  }
}
