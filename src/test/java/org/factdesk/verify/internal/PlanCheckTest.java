package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanCheckTest {
  @Test
  void aPlanOfAnotherTownIsNotTheStorysPlan() {
    String claim = "The council plans to widen the ring road.";
    String other = "Kerr's council plans to widen its ring road next year.";
    assertThat(PlanCheck.check(claim, other, Set.of())).isEmpty();
    assertThat(PlanCheck.check(claim, other, Set.of("pell"))).isPresent();
    String same = "Pell's council plans to widen its ring road next year.";
    assertThat(PlanCheck.check(claim, same, Set.of("pell"))).isEmpty();
  }
}
