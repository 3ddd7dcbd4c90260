package org.factdesk.narrate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {
  static final String ENGLISH =
      "The military dialogue comes at a time when the capital has been escalating attacks on the"
          + " power grid, while hostilities continue along the front line in the east and the"
          + " south of the country, according to officials who spoke on Tuesday.";
  static final String FRENCH =
      "Le dialogue militaire intervient alors que Moscou intensifie ses attaques contre le réseau"
          + " électrique ukrainien, tandis que les hostilités se poursuivent le long de la ligne de"
          + " front dans l'est et le sud du pays, selon des responsables cités mardi.";
  static final String GERMAN =
      "Der militärische Dialog kommt zu einer Zeit, in der Moskau seine Angriffe auf das ukrainische"
          + " Stromnetz verstärkt, während die Kämpfe entlang der Frontlinie im Osten und Süden des"
          + " Landes weitergehen, wie Beamte am Dienstag mitteilten.";
  static final String SPANISH =
      "El diálogo militar llega en un momento en que Moscú intensifica sus ataques contra la red"
          + " eléctrica de Ucrania, mientras las hostilidades continúan a lo largo de la línea del"
          + " frente en el este y el sur del país, según funcionarios citados el martes.";
  static final String RUSSIAN =
      "Военный диалог возобновился в то время, когда Москва усиливает удары по энергосистеме"
          + " Украины.";

  @Test
  void acceptsEnglish() {
    LanguageCheck.Result r = LanguageCheck.check(ENGLISH);
    assertThat(r.english()).as(r.reason()).isTrue();
    assertThat(r.stopwordShare()).isGreaterThan(0.3);
  }

  @Test
  void refusesOtherLatinScriptLanguages() {
    for (String t : new String[] {FRENCH, GERMAN, SPANISH}) {
      LanguageCheck.Result r = LanguageCheck.check(t);
      assertThat(r.english()).as(t + " / " + r.reason()).isFalse();
    }
  }

  @Test
  void refusesOtherScripts() {
    LanguageCheck.Result r = LanguageCheck.check(RUSSIAN);
    assertThat(r.english()).isFalse();
    assertThat(r.latinShare()).isLessThan(0.1);
  }

  @Test
  void shortEnglishWithNamesPasses() {
    assertThat(LanguageCheck.check("Volodymyr Zelenskyy met Dmytro Lubinets in Kyiv.").english())
        .isTrue();
  }
}
