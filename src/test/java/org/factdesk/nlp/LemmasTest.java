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
    // WordNet's irregular forms and its verb index
    "broke,VERB,break",
    "swore,VERB,swear",
    "shared,VERB,share",
    "fined,VERB,fine",
    "hosted,VERB,host",
    "goes,VERB,go",
    "ruled,VERB,rule",
    "rules,VERB,rule",
    "banned,VERB,ban",
    // news means the verb itself, not WordNet's other reading as a past form
    "wound,VERB,wound",
    "born,VERB,born",
    // a verb WordNet lacks falls back on the endings
    "livestreamed,VERB,livestream",
  })
  void lemmatisesVerbs(String word, String pos, String lemma) {
    assertThat(Lemmas.of(word, pos)).isEqualTo(lemma);
  }
}
