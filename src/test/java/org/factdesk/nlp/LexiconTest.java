package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  private static String relation(String a, Lexicon.Kind ka, String b, Lexicon.Kind kb) {
    return Lexicon.relation(Lexicon.entry(a, ka), Lexicon.entry(b, kb)).orElse("none");
  }

  @Test
  void relatesSynonymsBroaderWordsAndDerivedForms() {
    Lexicon.Kind v = Lexicon.Kind.VERB;
    Lexicon.Kind n = Lexicon.Kind.NOUN;
    assertThat(relation("postponed", v, "delayed", v)).isEqualTo(Lexicon.BROADER);
    assertThat(relation("halted", v, "stopped", v)).isEqualTo(Lexicon.SYNONYMS);
    assertThat(relation("injured", v, "injury", n)).isEqualTo(Lexicon.DERIVED);
    assertThat(relation("postponed", v, "walked", v)).isEqualTo("none");
  }

  @Test
  void aPluralThatIsAlsoAWordKeepsTheSingularsSenses() {
    // "operations" is a word of its own (business dealings) and the plural of "operation"
    Lexicon.Entry e = Lexicon.entry("operations", Lexicon.Kind.NOUN);
    assertThat(e.lemma()).isEqualTo("operation");
    assertThat(e.same()).contains("surgery");
  }

  @Test
  void anUnknownCompoundReadsAsItsHead() {
    assertThat(Lexicon.entry("cyberattack", Lexicon.Kind.NOUN).lemma()).isEqualTo("attack");
    assertThat(Lexicon.entry("zzqxv", Lexicon.Kind.NOUN).same()).isEmpty();
  }

  @Test
  void readsAntonymsThroughTheBroaderWord() {
    assertThat(
            Lexicon.opposite(
                Lexicon.entry("reopened", Lexicon.Kind.VERB),
                Lexicon.entry("shut", Lexicon.Kind.VERB)))
        .isTrue();
    assertThat(
            Lexicon.opposite(
                Lexicon.entry("reopened", Lexicon.Kind.VERB),
                Lexicon.entry("walked", Lexicon.Kind.VERB)))
        .isFalse();
  }
}
