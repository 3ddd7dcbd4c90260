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
  void negationBeforeTo() {
    assertThat(m("The ministry declined to say how many were hurt.").negated()).isTrue();
    assertThat(m("The regulator has yet to approve the merger.").negated()).isTrue();
    assertThat(m("Exports have yet again risen.").negated()).isFalse();
    // a capitalised "Without" inside a name negates nothing
    assertThat(m("Reporters Without Borders counted 54 cases.").negated()).isFalse();
    assertThat(m("Without the loan, the plant would close.").negated()).isTrue();
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
