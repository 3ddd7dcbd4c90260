package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HearsayTest {
  @Test
  void aPassageThatOnlyRepeatsAnUncheckedSourceIsHearsay() {
    assertThat(
            Hearsay.source(
                "Posts shared on social media claim that the Dunmore plant dumps 40 tonnes of"
                    + " waste a week."))
        .contains("posts");
    assertThat(Hearsay.source("Five people were reported missing, early reports said."))
        .contains("early reports");
    assertThat(Hearsay.source("According to unconfirmed reports, the pier will close in June."))
        .contains("unconfirmed reports");
  }

  @Test
  void aCheckedSourceOrAPassageThatRejectsTheRumourIsNot() {
    assertThat(Hearsay.source("Police said nobody was missing after the fire.")).isEmpty();
    assertThat(Hearsay.source("The harbour master dismissed rumours that the pier would close."))
        .isEmpty();
    // the unchecked word is not the speaker's head
    assertThat(Hearsay.source("Post office staff said the branch would close in June.")).isEmpty();
    assertThat(Hearsay.source("The pier will close in June.")).isEmpty();
  }

  @Test
  void aClaimAboutTheRumourItselfIsAboutHearsay() {
    assertThat(Hearsay.aboutHearsay("Posts on social media said the pier would close.")).isTrue();
    assertThat(Hearsay.aboutHearsay("The pier will close in June.")).isFalse();
  }
}
