package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventSubjectTest {
  private static EventSubject at(String text, String word) {
    return EventSubject.at(text, text.indexOf(word));
  }

  @Test
  void theSubjectIsTheNamesBeforeTheClausesFirstVerb() {
    EventSubject s = at("Mira Dahl was appointed Ostra's head coach in 2019.", "2019");
    assertThat(s.names()).containsExactly(Set.of("mira", "dahl"));
    assertThat(s.related()).isFalse();
    // a leading participle phrase: the subject follows its comma
    assertThat(
            at("Founded as a single shop in 1921, Brevik Foods now runs 340 stores.", "1921")
                .names())
        .containsExactly(Set.of("brevik", "foods"));
  }

  @Test
  void aSisterOrRivalIsAnotherThingThanTheOneItIsRelatedTo() {
    EventSubject sister =
        at(
            "The Vester Skarn light, a sister tower to the Skarn lighthouse, was built in 1868.",
            "1868");
    assertThat(sister.related()).isTrue();
    assertThat(sister.names()).containsExactly(Set.of("vester", "skarn"));
    EventSubject claim = EventSubject.at("The Skarn lighthouse was built in 1868.", 30);
    assertThat(claim.differsFrom(sister)).isNotNull();
    assertThat(claim.differsFrom(at("The Skarn lighthouse was completed in 1871.", "1871")))
        .isNull();
  }

  @Test
  void aPronounOrADefiniteNounRefersToTheSentenceBefore() {
    String passage = "The Halden was found in 1994 off Brask. It was built in 1878.";
    assertThat(at(passage, "1878").names()).containsExactly(Set.of("halden"));
    EventSubject claim = EventSubject.at("The Marit was built in 1878.", 20);
    assertThat(claim.differsFrom(at(passage, "1878"))).contains("halden");
  }

  @Test
  void aClaimThatNamesNoOneIsAboutTheStory() {
    EventSubject claim =
        EventSubject.ofClaim("The final was the first in 25 years.", 10, Set.of("ostra"));
    assertThat(claim.names()).isEqualTo(List.of(Set.of("ostra")));
    assertThat(claim.differsFrom(at("Lindå IF last won the league in 1998.", "1998"))).isNotNull();
    assertThat(claim.differsFrom(at("Ostra HK last won the league in 1998.", "1998"))).isNull();
  }

  @Test
  void aNameThatOnlyModifiesThePassagesSubjectMayBeAnotherOfTheStorysNames() {
    // a story about Korva's factory in Brenna: "the Brenna factory" is the claim's factory
    EventSubject claim =
        EventSubject.ofClaim("Production at the factory started in 1974.", 30, Set.of("korva"));
    String passage = "Building work on the Brenna factory began in 1971.";
    assertThat(claim.differsFrom(at(passage, "1971"))).isNull();
    // a name that is the subject, or owns it, is another actor
    assertThat(claim.differsFrom(at("The Varn Bank's factory opened in 1971.", "1971")))
        .isNotNull();
  }

  @Test
  void aPassageSubjectTheClaimNamesIsNoOtherSubject() {
    String claim =
        "Drumcairn has belonged to Selwyn Metals since 2009, when the company bought it.";
    String passage = "Selwyn Metals bought Drumcairn from the provincial government in 2011.";
    EventSubject c = EventSubject.ofClaim(claim, claim.indexOf("2009"), java.util.Set.of());
    EventSubject p = EventSubject.at(passage, passage.indexOf("2011"));
    assertThat(c.differsFrom(p)).isNotNull();
    assertThat(c.differsFrom(p, claim)).isNull();
    String rival = "Orkney Metals bought the Varn pit in 2011.";
    assertThat(c.differsFrom(EventSubject.at(rival, rival.indexOf("2011")), claim)).isNotNull();
  }

  @Test
  void theStorysDefiniteNounIsThePassagesNamedThing() {
    java.util.Set<String> story = java.util.Set.of("brackmoor");
    String claim = "Opened in 1931, the bridge is one of the oldest crossings.";
    String passage = "Construction of the Aldwyn Bridge began in 1931 and it opened in May 1934.";
    EventSubject c = EventSubject.ofClaim(claim, claim.indexOf("1931"), story);
    EventSubject p = EventSubject.at(passage, passage.indexOf("1934"));
    assertThat(c.differsFrom(p, claim)).isNull();
    String next = "The bank's next rate decision is due on 11 February.";
    String rival = "The Sundland Reserve Bank's next rate decision is due on 11 February.";
    assertThat(
            EventSubject.ofClaim(next, next.indexOf("11"), java.util.Set.of("estmark"))
                .differsFrom(EventSubject.at(rival, rival.indexOf("11")), next))
        .isNotNull();
  }
}
