package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTest {
  @Test
  void tagsProperNounsNumbersAndLemmas() {
    String s = "Ukrainian President Volodymyr Zelenskyy disclosed that 55,000 troops have died.";
    List<Token> tokens = Tagger.shared().tag(s);
    System.out.println(tokens);
    for (Token t : tokens) {
      assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(tokens)
        .anySatisfy(t -> assertThat(t.text() + "/" + t.pos()).isEqualTo("Zelenskyy/PROPN"));
    assertThat(tokens)
        .anySatisfy(t -> assertThat(t.text() + "/" + t.pos()).isEqualTo("55,000/NUM"));
    assertThat(tokens)
        .anySatisfy(t -> assertThat(t.text() + "/" + t.lemma()).isEqualTo("died/die"));
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(Tagger.shared().tag("   ")).isEmpty();
  }
}
