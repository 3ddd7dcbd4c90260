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
}
