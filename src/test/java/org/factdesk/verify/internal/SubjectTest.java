package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectTest {
  @Test
  void ownersOnBothSidesThatDifferMakeAnotherSubject() {
    // "Harbour" opens both sentences and is tagged a name: the owners tell them apart
    String claim = "Harbour dues at Pellow will rise by 5% in May.";
    String other = "Harbour dues at Quist will rise by 3% in May, the Quist board said.";
    Subject c = Subject.of(claim, "5%");
    assertThat(c.differsFrom(Subject.of(other, "3%"))).isEqualTo("it is about quist");
    String same = "Harbour dues at Pellow will rise by 5% in May, the Pellow board said.";
    assertThat(c.differsFrom(Subject.of(same, "5%"))).isNull();
  }

  @Test
  void aPlaceBeforeTheVerbOwnsALaterFigure() {
    Subject s = Subject.of("Teachers at Orrin College will get a pay rise of 6%.", "6%");
    assertThat(s.actors()).anyMatch(a -> a.contains("orrin"));
    Subject c = Subject.of("Teachers at Bay College will get a pay rise of 4%.", "4%");
    assertThat(c.differsFrom(s)).isNotNull();
  }

  @Test
  void aPlaceAfterTheFigureOrOpeningTheSentenceOwnsIt() {
    Subject c = Subject.of("The storm killed 3 people in Pell.", "3 people");
    assertThat(c.differsFrom(Subject.of("The storm killed 8 people in Kerr.", "8 people")))
        .isEqualTo("it is about kerr");
    Subject flats = Subject.of("About 900 flats in Pell were flooded.", "About 900 flats");
    assertThat(flats.differsFrom(Subject.of("In Kerr, about 900 flats were flooded.", "900 flats")))
        .isNotNull();
    assertThat(flats.differsFrom(Subject.of("In Pell, some 880 flats were flooded.", "880 flats")))
        .isNull();
  }

  @Test
  void anOwnerOfTheSentencesSubjectOwnsAFigureAfterTheVerb() {
    Subject c = Subject.of("Pell's bread output has fallen by 20%.", "20%");
    Subject other = Subject.of("Kerr's bread output has fallen by 20%, its bakers said.", "20%");
    assertThat(c.differsFrom(other)).isEqualTo("it is about kerr");
  }

  @Test
  void theHeadlinesNamesThatTheTextUsesAreTheStorysSubjectToo() {
    String text =
        "City officials closed the Kestrel Bridge on Wednesday.\nWenlow is cut off.\n"
            + "Shops in Wenlow are quiet.\nA ferry will serve Wenlow.";
    java.util.Set<String> story = Subject.story(text);
    assertThat(story).containsExactly("wenlow");
    java.util.Set<String> both =
        Subject.withHeadline(story, "Council shuts the Kestrel Bridge", Subject.nameCounts(text));
    assertThat(both).containsExactlyInAnyOrder("wenlow", "kestrel", "bridge");
    // a headline name the text never uses adds nothing
    assertThat(Subject.withHeadline(story, "Kerr mourns", Subject.nameCounts(text)))
        .isEqualTo(story);
    Subject c = Subject.of("About 38,000 vehicles use the crossing.", "38,000 vehicles");
    Subject bridge =
        Subject.of("Traffic on the Kestrel Bridge is 37,600 vehicles.", "37,600 vehicles");
    Subject bypass =
        Subject.of("Traffic on the Carrow bypass is 52,000 vehicles.", "52,000 vehicles");
    assertThat(c.differsFrom(bridge, story)).isNotNull();
    assertThat(c.differsFrom(bridge, both)).isNull();
    assertThat(c.differsFrom(bypass, both)).isNotNull();
  }

  @Test
  void aClaimThatNamesNoOneIsAboutTheStorysSubject() {
    String article =
        "Pell repairs its roads.\nPell has 40 km of roads.\nThe works in Pell start in May.\n"
            + "Kerr is next.";
    assertThat(Subject.story(article)).containsExactly("pell");
    assertThat(Subject.story("Pell and Kerr.\nKerr and Pell.\nPell, Kerr.")).isEmpty();
    Subject c = Subject.of("The town will spend 3 million euros on roads.", "3 million euros");
    Subject other = Subject.of("Kerr will spend 2 million euros on roads.", "2 million euros");
    assertThat(c.differsFrom(other)).isNull();
    assertThat(c.differsFrom(other, java.util.Set.of("pell"))).isEqualTo("it is about kerr");
    Subject same = Subject.of("Pell will spend 3 million euros on roads.", "3 million euros");
    assertThat(c.differsFrom(same, java.util.Set.of("pell"))).isNull();
  }

  @Test
  void verbsThatCountTheSamePeopleAreAlike() {
    String moved = "About 700 people have moved into shelters in Pell.";
    Subject c = Subject.of(moved, "About 700 people");
    String staying = "Some 690 people are staying in shelters in Pell.";
    assertThat(c.actsOtherwise("person", Subject.of(staying, "Some 690 people"))).isNull();
    String evacuated = "Some 700 people were evacuated from Pell.";
    assertThat(c.actsOtherwise("person", Subject.of(evacuated, "Some 700 people"))).isNotNull();
  }
}
