package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedNounsTest {
  @Test
  void peopleStandForResidentsAndForStaff() {
    assertThat(CountedNouns.near("inhabitant", "person")).isTrue();
    assertThat(CountedNouns.near("person", "resident")).isTrue();
    assertThat(CountedNouns.near("staff", "person")).isTrue();
    assertThat(CountedNouns.near("resident", "staff")).isFalse();
    assertThat(CountedNouns.near("home", "household")).isTrue();
    assertThat(CountedNouns.near("home", "home")).isFalse();
  }

  @Test
  void birdsCustomersAndVotersHaveTheirNearNouns() {
    assertThat(CountedNouns.near("hen", "bird")).isTrue();
    assertThat(CountedNouns.near("duck", "poultry")).isTrue();
    assertThat(CountedNouns.near("customer", "household")).isTrue();
    assertThat(CountedNouns.near("voter", "person")).isTrue();
    assertThat(CountedNouns.near("voter", "household")).isFalse();
  }

  @Test
  void timetablesCountServicesAndTollsCountTheDead() {
    assertThat(CountedNouns.near(TextSignals.stem("trains"), TextSignals.stem("journeys")))
        .isTrue();
    assertThat(CountedNouns.near(TextSignals.stem("services"), TextSignals.stem("trains")))
        .isTrue();
    assertThat(CountedNouns.near(TextSignals.stem("deaths"), "person")).isTrue();
    assertThat(CountedNouns.near(TextSignals.stem("deaths"), TextSignals.stem("trains"))).isFalse();
  }

  @Test
  void livesLostAreTheDead() {
    // "with the loss of 41 lives" against "Forty-four people died"
    assertThat(CountedNouns.near(TextSignals.stem("lives"), "person")).isTrue();
    assertThat(CountedNouns.near(TextSignals.stem("lives"), TextSignals.stem("deaths"))).isTrue();
    assertThat(
            QuantityCheck.check(
                "The ship sank in 1873 with the loss of 41 lives.",
                "Forty-four people died when the ship sank in 1873."))
        .map(f -> f.outcome())
        .contains("disagrees");
  }

  @Test
  void synonymsNameTheSameThings() {
    assertThat(CountedNouns.same(TextSignals.stem("nations"), TextSignals.stem("countries")))
        .isTrue();
    assertThat(CountedNouns.same(TextSignals.stem("finds"), TextSignals.stem("objects"))).isTrue();
    assertThat(CountedNouns.same("find", "find")).isFalse();
    // near, not the same: a tractor is one kind of farm machine
    assertThat(CountedNouns.same(TextSignals.stem("tractors"), TextSignals.stem("machines")))
        .isFalse();
    assertThat(CountedNouns.near(TextSignals.stem("tractors"), TextSignals.stem("machines")))
        .isTrue();
    assertThat(CountedNouns.same(TextSignals.stem("nations"), TextSignals.stem("objects")))
        .isFalse();
  }
}
