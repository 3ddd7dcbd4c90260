package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionTest {
  private static List<Direction.Mention> of(String text) {
    return Direction.of(TextSignals.of(text).tokens());
  }

  private static double feature(String claim, String passage, String name) {
    double[] f = PairFeatures.hand(TextSignals.of(claim), TextSignals.of(passage), 0.5);
    return f[PairFeatures.HAND_NAMES.indexOf(name)];
  }

  @Test
  void readsAxisAndSignOfDirectionWords() {
    List<Direction.Mention> m = of("Ultraviolet light is associated with higher growth rates.");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).axis()).isEqualTo(Direction.Axis.AMOUNT);
    assertThat(m.get(0).sign()).isEqualTo(1);
    assertThat(m.get(0).terms()).contains("growth", "rate");
    assertThat(of("Symptoms began before the test").get(0).axis()).isEqualTo(Direction.Axis.TIME);
    assertThat(of("Symptoms began before the test").get(0).sign()).isEqualTo(-1);
  }

  @Test
  void modifierCombinesWithTheWordItModifies() {
    List<Direction.Mention> less = of("Children are less likely to die");
    assertThat(less).hasSize(1);
    assertThat(less.get(0).sign()).isEqualTo(-1);
    assertThat(of("Children are more likely to die").get(0).sign()).isEqualTo(1);
    List<Direction.Mention> worse = of("The drug was less effective");
    assertThat(worse.get(0).axis()).isEqualTo(Direction.Axis.VALUE);
    assertThat(worse.get(0).sign()).isEqualTo(-1);
  }

  @Test
  void negationJustBeforeFlipsTheSign() {
    assertThat(of("Masks did not reduce transmission").get(0).sign()).isEqualTo(1);
    assertThat(of("Masks reduce transmission").get(0).sign()).isEqualTo(-1);
    // "only" is a negation cue for the head, not a flip of direction
    assertThat(of("only higher doses").get(0).sign()).isEqualTo(1);
  }

  @Test
  void oppositeDirectionOnTheSameTermIsFound() {
    String claim = "Ultraviolet light is associated with higher COVID-19 growth rates.";
    String passage =
        "Ultraviolet light was most strongly associated with lower COVID-19 growth rates.";
    assertThat(feature(claim, passage, "direction_in_claim")).isEqualTo(1);
    assertThat(feature(claim, passage, "direction_opposite")).isEqualTo(1);
    assertThat(feature(claim, passage, "direction_opposite_term")).isEqualTo(1);
    assertThat(feature(claim, passage, "direction_same")).isEqualTo(0);
    assertThat(feature(claim, passage, "conflict")).isEqualTo(1);
    assertThat(Direction.opposed(of(claim), of(passage)))
        .isEqualTo("claim 'higher', passage 'lower' (covid-19, growth, rate)");
    String same = "Ultraviolet light was associated with higher COVID-19 growth rates in May.";
    assertThat(feature(claim, same, "direction_same_term")).isEqualTo(1);
    assertThat(feature(claim, same, "direction_opposite")).isEqualTo(0);
    assertThat(feature(claim, same, "conflict")).isEqualTo(0);
  }

  @Test
  void missingAxisAndNoDirectionWords() {
    assertThat(feature("Cases rose in May", "Cases were counted in May", "direction_axis_missing"))
        .isEqualTo(1);
    assertThat(feature("Cases were counted", "Cases fell", "direction_in_claim")).isEqualTo(0);
    assertThat(feature("Cases were counted", "Cases fell", "direction_opposite")).isEqualTo(0);
  }

  @Test
  void negatedSharedTermIsAMismatch() {
    assertThat(
            feature(
                "Masks prevent transmission",
                "Masks did not prevent transmission",
                "negated_term_mismatch"))
        .isEqualTo(1);
    assertThat(
            feature(
                "Masks prevent transmission",
                "Masks prevent transmission",
                "negated_term_mismatch"))
        .isEqualTo(0);
    assertThat(
            feature("Masks prevent transmission", "Masks did not prevent transmission", "conflict"))
        .isEqualTo(1);
  }
}
