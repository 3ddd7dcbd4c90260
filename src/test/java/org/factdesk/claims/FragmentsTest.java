package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.nlp.Tagger;
import org.junit.jupiter.api.Test;

class FragmentsTest {
  static boolean fragment(String s) {
    return Fragments.isFragment(Tagger.shared().tag(s));
  }

  @Test
  void sentencesCutShortOrWithoutAVerbAreFragments() {
    assertThat(fragment("The council did not.")).isTrue();
    assertThat(fragment("The ministry said it would.")).isTrue();
    assertThat(fragment("About 300 people.")).isTrue();
    assertThat(fragment("Officials in Geneva.")).isTrue();
  }

  @Test
  void wholeSentencesQuestionsAndHeadlinesAreNot() {
    assertThat(fragment("The council did not publish the figures.")).isFalse();
    assertThat(fragment("Prices rose 4% in March.")).isFalse();
    assertThat(fragment("Did the council vote?")).isFalse();
    assertThat(fragment("Floods Cut Roads To Villages In The North")).isFalse();
  }

  static boolean noComment(String s) {
    return Fragments.isNoComment(Tagger.shared().tag(s));
  }

  @Test
  void refusalsToCommentSayNothingCheckable() {
    assertThat(noComment("The ministry declined to comment on the figures.")).isTrue();
    assertThat(noComment("A spokesman did not respond to a request for comment.")).isTrue();
    assertThat(noComment("The company could not be reached for comment.")).isTrue();
    assertThat(noComment("The army had no immediate comment.")).isTrue();
    assertThat(noComment("The army did not respond to the attack.")).isFalse();
    assertThat(noComment("The ministry said 40 people were hurt.")).isFalse();
    // "reached" alone is an event: only "be reached" (for comment) is a refusal
    assertThat(noComment("Negotiators have not reached an agreement.")).isFalse();
    assertThat(noComment("The two sides had not yet reached a deal on wages.")).isFalse();
    assertThat(noComment("The company could not be reached.")).isTrue();
  }

  @Test
  void aFragmentScoresBelowTheThreshold() {
    String s = "The ministry did not.";
    CheckWorthiness.Score score = CheckWorthiness.shared().score(s, ClaimStructure.of(s, null));
    assertThat(score.checkWorthy()).isFalse();
    assertThat(CheckWorthiness.describe(score)).contains("structure:fragment");
  }
}
