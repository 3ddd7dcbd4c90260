package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModalityAndLanguageTest {
  static Modality m(String text) {
    return ModalityDetector.detect(text, Tagger.shared().tag(text));
  }

  @Test
  void negationAndHedges() {
    assertThat(m("Moscow denied the collision.").negated()).isTrue();
    assertThat(m("Officials have not disclosed details.").negationCues()).contains("not");
    assertThat(m("The drone apparently crashed.").hedged()).isTrue();
    assertThat(m("It could lower prices.").hedgeCues()).contains("could");
    assertThat(m("Three people were injured.").negated()).isFalse();
    assertThat(m("Three people were injured.").hedged()).isFalse();
  }

  @Test
  void opinionsPredictionsAndQuestions() {
    assertThat(m("Cautious optimism is warranted.").opinionCues()).isNotEmpty();
    assertThat(m("Nobody should expect miracles.").opinionCues()).contains("should");
    assertThat(m("Prices will rise next year.").predictionCues()).contains("will");
    assertThat(m("Will the talks succeed?").question()).isTrue();
    assertThat(m("Verify the accuracy of this article.").imperative()).isTrue();
    assertThat(m("Call your representative today.").imperative()).isTrue();
    assertThat(m("Officials said the fire was out.").imperative()).isFalse();
  }

  @Test
  void detectsLanguages() {
    assertThat(
            LanguageDetector.detect(
                    "The United States and Russia have agreed to reestablish high-level military"
                        + " dialogue for the first time in more than four years.")
                .code())
        .isEqualTo("eng");
    assertThat(
            LanguageDetector.detect(
                    "Die Vereinigten Staaten und Russland haben sich darauf geeinigt, den"
                        + " militärischen Dialog auf hoher Ebene wieder aufzunehmen.")
                .code())
        .isEqualTo("deu");
    assertThat(
            LanguageDetector.detect(
                    "Les États-Unis et la Russie ont convenu de rétablir un dialogue militaire de"
                        + " haut niveau pour la première fois depuis plus de quatre ans.")
                .code())
        .isEqualTo("fra");
    assertThat(LanguageDetector.detect("ok").code()).isEqualTo("und");
  }
}
