package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class PersonAgesTest {
  private static final LocalDate ARTICLE = LocalDate.of(2026, 12, 4);

  private static String outcome(String claim, String passage, LocalDate published) {
    Optional<Finding> f = PersonAges.check(claim, passage, ARTICLE, published);
    return f.map(Finding::outcome).orElse("none");
  }

  @Test
  void agesBesideTheNameInEitherOrder() {
    assertThat(PersonAges.ages("Dora Finch, 34, runs the bakery on Mill Street."))
        .isEqualTo(Map.of("Dora Finch", 34));
    assertThat(PersonAges.ages("The 34-year-old baker Dora Finch opened at dawn."))
        .isEqualTo(Map.of("Dora Finch", 34));
    assertThat(PersonAges.ages("Her partner, Ole Brand, is 41."))
        .isEqualTo(Map.of("Ole Brand", 41));
    // an age in another frame is not beside the name
    assertThat(PersonAges.ages("Ole Brand opened his first shop when he was 41.")).isEmpty();
    // a figure after a name that is no age
    assertThat(PersonAges.ages("In Brandvik, 300 people came.")).isEmpty();
  }

  @Test
  void theSameAgeAgreesAndAnotherDisagrees() {
    String claim = "Dora Finch, 34, works as a baker in Tollby.";
    assertThat(
            outcome(
                claim,
                "The 34-year-old baker Dora Finch bakes 400 loaves a day.",
                LocalDate.of(2026, 11, 30)))
        .isEqualTo("agrees");
    assertThat(outcome(claim, "Dora Finch, 37, a baker, said prices rose.", ARTICLE))
        .isEqualTo("disagrees");
    // another person of the same surname is not her
    assertThat(outcome(claim, "Ivar Finch, 61, a baker, said prices rose.", ARTICLE))
        .isEqualTo("none");
  }

  @Test
  void anAgeAgreeingAloneIsANote() {
    assertThat(
            outcome(
                "Dora Finch, 34, won the regional bread prize.",
                "Dora Finch, 34, moved to Tollby.",
                ARTICLE))
        .isEqualTo("note");
  }

  @Test
  void anOlderReportMayGiveAYoungerAge() {
    String claim = "Dora Finch, 34, works as a baker in Tollby.";
    assertThat(outcome(claim, "Dora Finch, 32, a baker, said.", LocalDate.of(2024, 6, 1)))
        .isEqualTo("none");
    assertThat(outcome(claim, "Dora Finch, 29, a baker, said.", LocalDate.of(2024, 6, 1)))
        .isEqualTo("disagrees");
  }
}
