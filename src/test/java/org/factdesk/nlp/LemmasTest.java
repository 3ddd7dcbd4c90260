package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmasTest {
  @ParameterizedTest
  @CsvSource({
    "said,VERB,say",
    "disclosed,VERB,disclose",
    "claimed,VERB,claim",
    "denied,VERB,deny",
    "died,VERB,die",
    "stopped,VERB,stop",
    "confirms,VERB,confirm",
    "announcing,VERB,announce",
    "emphasized,VERB,emphasize",
    "Troops,NOUN,troops",
    "were,AUX,be",
  })
  void lemmatisesVerbs(String word, String pos, String lemma) {
    assertThat(Lemmas.of(word, pos)).isEqualTo(lemma);
  }
}
