package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OtherThingTest {
  @Test
  void aNamedThingOfTheClaimsKindIsAnotherOne() {
    String claim = "The brewery has sponsored the festival since 2014.";
    assertThat(
            OtherThing.named(
                claim, "It has sponsored the Selvik Jazz Festival since 2014.", Set.of()))
        .isEqualTo("Selvik Jazz Festival");
    assertThat(
            OtherThing.named("The race was never cancelled.", "The Lillefjell race was.", Set.of()))
        .isEqualTo("Lillefjell race");
  }

  @Test
  void theClaimsOrTheStorysOwnNameIsNot() {
    assertThat(
            OtherThing.named(
                "The race was never cancelled.",
                "The Halla race was never cancelled.",
                Set.of("halla")))
        .isNull();
    assertThat(
            OtherThing.named(
                "The Halla race was never cancelled.",
                "The Halla race was never cancelled.",
                Set.of()))
        .isNull();
    assertThat(OtherThing.named("The race was never cancelled.", "The race was.", Set.of()))
        .isNull();
  }
}
