package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {
  static List<Actor> actors(String text) {
    return ActorExtractor.extract(text, Tagger.shared().tag(text));
  }

  static Actor named(String text, String name) {
    return actors(text).stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + actors(text)));
  }

  @Test
  void titleAndNationalityBeforeAName() {
    Actor a =
        named(
            "Ukrainian Economic Minister Mykhailo Fedorov announced the move.", "Mykhailo Fedorov");
    assertThat(a.type()).isEqualTo(Actor.Type.PERSON);
    assertThat(a.title()).isEqualTo("Economic Minister");
    assertThat(a.affiliation()).isEqualTo("Ukrainian");
  }

  @Test
  void aNameWithAnAgeBetweenCommasIsAPerson() {
    Actor a = named("Brandt, 24, has signed a contract until 2030.", "Brandt");
    assertThat(a.type()).isEqualTo(Actor.Type.PERSON);
  }

  @Test
  void abbreviatedTitlesAndAppositiveRoles() {
    Actor a =
        named(
            "Officials met where U.S. Gen. Alexus Grynkewich, commander of U.S. and NATO forces in"
                + " Europe, was present.",
            "Alexus Grynkewich");
    assertThat(a.title()).isEqualTo("Gen.");
    assertThat(a.affiliation()).isEqualTo("U.S.");
    assertThat(a.role()).isEqualTo("commander of U.S. and NATO forces in Europe");
  }

  @Test
  void lowerCaseTitlesAndPossessiveAffiliations() {
    String s =
        "The talks included U.S. special envoy Steve Witkoff and Trump's son-in-law Jared Kushner.";
    assertThat(named(s, "Steve Witkoff").title()).isEqualTo("special envoy");
    assertThat(named(s, "Jared Kushner").affiliation()).isEqualTo("Trump's");
    assertThat(named(s, "Jared Kushner").title()).isEqualTo("son-in-law");
    Actor o =
        named("Ukrainian human rights ombudsman Dmytro Lubinets noted it.", "Dmytro Lubinets");
    assertThat(o.title()).isEqualTo("human rights ombudsman");
  }

  @Test
  void organisationNamesGoOnAfterOfAndFor() {
    assertThat(
            named(
                    "The Ministry of the Interior said 41 people were held.",
                    "Ministry of the Interior")
                .type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(
            named(
                    "The Office for National Statistics reported that wages grew.",
                    "Office for National Statistics")
                .type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(actors("The Organization of American States sent 40 observers."))
        .extracting(Actor::name)
        .containsExactly("Organization of American States");
  }

  @Test
  void organisationNamesHoldVerbsHyphensAndAnd() {
    assertThat(actors("The Committee to Save Rivers counted 12 new dams."))
        .extracting(Actor::name)
        .containsExactly("Committee to Save Rivers");
    assertThat(actors("The Institute for Peace-building and Reconciliation opened an office."))
        .extracting(Actor::name)
        .containsExactly("Institute for Peace-building and Reconciliation");
    assertThat(actors("Volunteers of the Royal Society of Arts and Letters met 30 mayors."))
        .extracting(Actor::name)
        .contains("Royal Society of Arts and Letters");
    assertThat(actors("The Ministry of Trade and Industry cut 40 jobs."))
        .extracting(Actor::name)
        .containsExactly("Ministry of Trade and Industry");
    // a hyphen between two names still ends the first
    assertThat(actors("Talks between Armenia and Azerbaijan resumed."))
        .extracting(Actor::name)
        .containsExactly("Armenia", "Azerbaijan");
    // "to" + place is a destination, not part of the name
    assertThat(actors("The Committee sent 20 observers to Geneva."))
        .extracting(Actor::name)
        .contains("Geneva");
  }

  @Test
  void singleNamesAfterOffAndAtArePlaces() {
    assertThat(named("Two boats sank off Malta on Monday.", "Malta").type())
        .isEqualTo(Actor.Type.PLACE);
    assertThat(named("Fog grounded 40 flights at Schiphol.", "Schiphol").type())
        .isEqualTo(Actor.Type.PLACE);
  }

  @Test
  void supranationalAdjectivesOpenTheNameNationalOnesAreAffiliations() {
    assertThat(named("The European Central Bank lent money.", "European Central Bank").type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(
            named("The African Development Bank approved a loan.", "African Development Bank")
                .affiliation())
        .isNull();
    assertThat(named("The Russian Defense Ministry claimed it.", "Defense Ministry").affiliation())
        .isEqualTo("Russian");
  }

  @Test
  void appositiveTitleEndsBeforeOfOrFor() {
    assertThat(ActorExtractor.appositiveTitle("a spokesman for the coalition"))
        .isEqualTo("spokesman");
    assertThat(ActorExtractor.appositiveTitle("the head of the Czech Statistical Office"))
        .isEqualTo("head");
    assertThat(ActorExtractor.appositiveTitle("the country's human rights ombudsman"))
        .isEqualTo("human rights ombudsman");
    assertThat(ActorExtractor.appositiveTitle("a village of 300 people")).isNull();
  }

  @Test
  void organisationsAndPlaces() {
    String s = "Russia’s Defense Ministry said troops entered Russia’s Kursk region.";
    Actor ministry = named(s, "Defense Ministry");
    assertThat(ministry.type()).isEqualTo(Actor.Type.ORG);
    assertThat(ministry.affiliation()).isEqualTo("Russia’s");
    assertThat(named(s, "Kursk").type()).isEqualTo(Actor.Type.PLACE);
    assertThat(named("Human Rights Watch reported a rise.", "Human Rights Watch").type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(
            named(
                    "He spoke for Ukraine's National Security and Defense Council.",
                    "National Security and Defense Council")
                .type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(named("Talks were held in Abu Dhabi on Monday.", "Abu Dhabi").type())
        .isEqualTo(Actor.Type.PLACE);
  }

  @Test
  void sentenceStartsAndAllCapsHeadlinesAreNotNames() {
    assertThat(actors("Meanwhile the talks went on.")).isEmpty();
    assertThat(actors("In September it rained.")).isEmpty();
    List<Actor> shouted = actors("RUSSIA AND UKRAINE SWAP HUNDREDS OF PRISONERS AFTER TALKS");
    assertThat(shouted).extracting(Actor::name).containsExactly("RUSSIA", "UKRAINE");
  }

  @Test
  void capitalisedCommonNounOpensATitleNotAnAffiliation() {
    Actor a = named("Police spokesman Jan Novak said two men were held.", "Jan Novak");
    assertThat(a.title()).isEqualTo("Police spokesman");
    assertThat(a.affiliation()).isNull();
    assertThat(actors("Police spokesman Jan Novak said two men were held."))
        .extracting(Actor::name)
        .doesNotContain("Police");
    // a known place before the title stays an affiliation
    Actor b = named("U.S. special envoy Steve Witkoff arrived.", "Steve Witkoff");
    assertThat(b.title()).isEqualTo("special envoy");
    assertThat(b.affiliation()).isEqualTo("U.S.");
  }

  @Test
  void appositiveRoleGivesTheTitle() {
    Actor a =
        named(
            "Farida Nasser, the country's human rights ombudsman, said 40 were freed.",
            "Farida Nasser");
    assertThat(a.type()).isEqualTo(Actor.Type.PERSON);
    assertThat(a.role()).isEqualTo("the country's human rights ombudsman");
    assertThat(a.title()).isEqualTo("human rights ombudsman");
    assertThat(ActorExtractor.appositiveTitle("commander of U.S. forces in Europe")).isNull();
  }

  @Test
  void organisationCueWordsWithoutAGazetteerHit() {
    assertThat(named("The Federal Reserve kept rates unchanged.", "Federal Reserve").type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(named("According to the Red Cross, 1,500 families got food.", "Red Cross").type())
        .isEqualTo(Actor.Type.ORG);
    assertThat(named("Inflation reached 2.4%, according to Eurostat.", "Eurostat").type())
        .isEqualTo(Actor.Type.ORG);
  }

  @Test
  void placesFromVerbsPrepositionsAndCoordination() {
    assertThat(named("The prime minister visited Seoul for two days.", "Seoul").type())
        .isEqualTo(Actor.Type.PLACE);
    assertThat(named("About 700 migrants crossed the Channel last week.", "Channel").type())
        .isEqualTo(Actor.Type.PLACE);
    String text = "The storm left homes without power in Manitoba and Saskatchewan.";
    assertThat(named(text, "Manitoba").type()).isEqualTo(Actor.Type.PLACE);
    assertThat(named(text, "Saskatchewan").type()).isEqualTo(Actor.Type.PLACE);
    assertThat(named("Thousands marched in Sao Paulo on Sunday.", "Sao Paulo").type())
        .isEqualTo(Actor.Type.PLACE);
  }

  @Test
  void aCountryWhoseFirstWordIsANationalAdjectiveIsOnePlace() {
    assertThat(named("Saudi Arabia raised its output.", "Saudi Arabia").type())
        .isEqualTo(Actor.Type.PLACE);
    assertThat(named("New Zealand signed the pact.", "New Zealand").type())
        .isEqualTo(Actor.Type.PLACE);
    assertThat(named("Costa Rica recorded more visitors.", "Costa Rica").type())
        .isEqualTo(Actor.Type.PLACE);
  }

  @Test
  void anAbbreviationBeforeATitleIsTheAffiliation() {
    Actor a =
        named(
            "IMF Managing Director Kristalina Georgieva spoke on Monday.", "Kristalina Georgieva");
    assertThat(a.type()).isEqualTo(Actor.Type.PERSON);
    assertThat(a.title()).isEqualTo("Managing Director");
    assertThat(a.affiliation()).isEqualTo("IMF");
    Actor g = named("UN Secretary-General Antonio Guterres called for calm.", "Antonio Guterres");
    assertThat(g.title()).isEqualTo("Secretary-General");
    assertThat(g.affiliation()).isEqualTo("UN");
  }

  @Test
  void hyphenatedFirstNamesStayWhole() {
    assertThat(named("Anne-Sophie Brandt won the vote.", "Anne-Sophie Brandt").type())
        .isEqualTo(Actor.Type.PERSON);
    assertThat(named("Jean-Luc Moreau, the mayor of Lyon, spoke.", "Jean-Luc Moreau").title())
        .isEqualTo("mayor");
  }

  @Test
  void aNameAfterTheVillageOfOrTheMayorOfIsAPlace() {
    assertThat(named("A landslide hit the village of Dharali.", "Dharali").type())
        .isEqualTo(Actor.Type.PLACE);
    assertThat(named("Jean-Luc Moreau, the mayor of Lyon, spoke.", "Lyon").type())
        .isEqualTo(Actor.Type.PLACE);
  }
}
