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
}
