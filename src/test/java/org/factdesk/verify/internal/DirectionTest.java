package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionTest {
  private static List<Direction.Mention> of(String text) {
    return Direction.of(TextSignals.of(text).tokens());
  }

  @Test
  void readsAxisAndSignOfDirectionWords() {
    List<Direction.Mention> m = of("Ultraviolet light is associated with higher growth rates.");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).axis()).isEqualTo(Direction.Axis.AMOUNT);
    assertThat(m.get(0).sign()).isEqualTo(1);
    assertThat(m.get(0).words()).isEqualTo("higher");
    assertThat(m.get(0).terms()).contains("growth", "rate").doesNotContain("with", "higher");
    assertThat(of("Symptoms began before the test").get(0).axis()).isEqualTo(Direction.Axis.TIME);
    assertThat(of("Symptoms began before the test").get(0).sign()).isEqualTo(-1);
    assertThat(of("Cases were counted in May")).isEmpty();
  }

  @Test
  void modifierCombinesWithTheWordItModifies() {
    List<Direction.Mention> less = of("Children are less likely to die");
    assertThat(less).hasSize(1);
    assertThat(less.get(0).words()).isEqualTo("less likely");
    assertThat(less.get(0).sign()).isEqualTo(-1);
    assertThat(of("Children are more likely to die").get(0).sign()).isEqualTo(1);
    assertThat(of("the least likely origin").get(0).sign()).isEqualTo(-1);
    List<Direction.Mention> worse = of("The drug was less effective");
    assertThat(worse.get(0).axis()).isEqualTo(Direction.Axis.VALUE);
    assertThat(worse.get(0).sign()).isEqualTo(-1);
    // "most" alone is an intensifier, not a direction
    assertThat(of("most strongly associated")).isEmpty();
    // two direction words side by side without a modifier stay two ("fell after" is no "after")
    List<Direction.Mention> fell = of("Prices fell after the storm");
    assertThat(fell).extracting(Direction.Mention::words).containsExactly("fell", "after");
    assertThat(fell.get(0).axis()).isEqualTo(Direction.Axis.AMOUNT);
  }

  @Test
  void negationJustBeforeFlipsTheSign() {
    assertThat(of("Masks did not reduce transmission").get(0).sign()).isEqualTo(1);
    assertThat(of("Masks reduce transmission").get(0).sign()).isEqualTo(-1);
    assertThat(of("Interferons may fail to help").get(0).sign()).isEqualTo(-1);
    // "only" is a negation cue for the head, not a flip of direction
    assertThat(of("only higher doses").get(0).sign()).isEqualTo(1);
    // "without" negates the word right after it, not a verb further on
    assertThat(of("with or without azithromycin reduced the risk").get(0).sign()).isEqualTo(-1);
  }

  @Test
  void opposedNamesTheWordsAndTheSharedTerm() {
    String claim = "Ultraviolet light is associated with higher COVID-19 growth rates.";
    String passage =
        "Ultraviolet light was most strongly associated with lower COVID-19 growth rates.";
    assertThat(Direction.opposed(of(claim), of(passage)))
        .isEqualTo("claim 'higher', passage 'lower' (associated, covid-19, growth, rate)");
    String same = "Ultraviolet light was associated with higher COVID-19 growth rates in May.";
    assertThat(Direction.opposed(of(claim), of(same))).isNull();
    // opposite words about different things are not opposed
    assertThat(Direction.opposed(of("Cases rose in Paris"), of("Prices fell in Lyon"))).isNull();
  }
}
