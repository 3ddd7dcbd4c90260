package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NegationTest {
  private static final Pattern BEFORE =
      Pattern.compile(Negation.BEFORE_VERB + "\\s+$", Pattern.CASE_INSENSITIVE);

  @Test
  void wordsAndContractionsNegate() {
    assertThat(Negation.isWord("not")).isTrue();
    assertThat(Negation.isWord("didn't")).isTrue();
    assertThat(Negation.isWord("hasn’t")).isTrue();
    assertThat(Negation.isWord("nothing")).isTrue();
    assertThat(Negation.isWord("note")).isFalse();
  }

  @Test
  void refusalsAndNegationsBeforeAVerb() {
    for (String s :
        new String[] {
          "Osei refused to ",
          "she declined to ",
          "keepers failed to ",
          "the company has yet to ",
          "the rector stopped short of ",
          "he did not ",
          "they haven't ",
        }) {
      assertThat(BEFORE.matcher(s).find()).as(s).isTrue();
    }
    assertThat(BEFORE.matcher("nothing ").find()).isFalse();
    assertThat(BEFORE.matcher("he agreed to ").find()).isFalse();
    assertThat(Negation.isRefusal("Osei refused to")).isTrue();
    assertThat(Negation.isRefusal("Osei wanted to")).isFalse();
  }

  @Test
  void aNegatedFutureIsTold() {
    assertThat(Negation.negatedFuture("The museum won't ")).isTrue();
    assertThat(Negation.negatedFuture("The museum will not yet ")).isTrue();
    assertThat(Negation.negatedFuture("The museum did not ")).isFalse();
  }
}
