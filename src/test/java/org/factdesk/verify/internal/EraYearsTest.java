package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EraYearsTest {
  private static String outcome(String claim, String passage) {
    return EraYears.check(claim, passage, 2026).map(Finding::outcome).orElse("none");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a date before the era against a century, an age and another date
        "The log boat was carved around 650 BC.|The Varno log boat dates from the seventh century"
            + " BC.|agrees",
        "The log boat was carved around 450 BC.|The Varno log boat dates from the seventh century"
            + " BC.|disagrees",
        "The log boat was carved around 650 BC.|The Varno log boat is about 2,670 years old.|agrees",
        "The log boat was carved around 900 BC.|The Varno log boat is about 2,670 years old"
            + ".|disagrees",
        "The hoard was buried around 1100 BC.|The hoard was buried in about 1150 BC.|agrees",
        // the age of another thing of the sentence says nothing
        "The log boat was carved around 650 BC.|A wooden paddle found a few metres from the boat"
            + " is about 1,900 years old.|none",
        // a year of the era is no date before it
        "The log boat was carved in 1987.|The log boat is about 2,670 years old.|none",
      })
  void datesBeforeTheEra(String claim, String passage, String expected) {
    assertThat(outcome(claim, passage)).isEqualTo(expected);
  }

  @Test
  void anAgeIsCountedBackFromTheYearOfWriting() {
    assertThat(EraYears.of("It is about 2,670 years old.", 2026))
        .singleElement()
        .satisfies(e -> assertThat(e.low()).isLessThan(-644).isGreaterThan(-700));
    // an age is read only with the year of writing, and a life's age is no date
    assertThat(EraYears.of("It is about 2,670 years old.", 0)).isEmpty();
    assertThat(EraYears.of("The 24-year-old won.", 2026)).isEmpty();
  }

  @Test
  void twoDatesOrTwoAgesOfOneSentenceStateTheYearsBetween() {
    Optional<Finding> f =
        QuantityCheck.check(
            "The Varno boat is about 400 years older than the Halden boat.",
            "Radiocarbon dates put the Varno boat at about 650 BC and the Halden log boat at about"
                + " 250 BC.");
    assertThat(f).map(Finding::outcome).contains("agrees");
    assertThat(
            QuantityCheck.check(
                    "Sorensen is three years younger than the silver medallist, Ida Marsh.",
                    "Marsh, 29, finished second behind the 24-year-old Sorensen.")
                .map(Finding::outcome))
        .contains("disagrees");
    // a gap is never set against a duration of another kind: "took six years"
    assertThat(
            QuantityCheck.check(
                "The Varno boat is about 400 years older than the Halden boat.",
                "Conserving the Halden boat cost 400,000 kroner and took six years."))
        .isEmpty();
  }
}
