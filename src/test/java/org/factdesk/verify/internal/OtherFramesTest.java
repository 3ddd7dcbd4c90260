package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

/**
 * Figures of another frame (session 14): winters, a first or initial thing, another part of an
 * organisation, and the level of the claim's year given as a change's start.
 */
class OtherFramesTest {
  private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 6);

  private static String outcome(String claim, String passage, LocalDate published) {
    Optional<Finding> f = QuantityCheck.check(claim, passage, Set.of(), DECEMBER, published);
    return f.map(Finding::outcome).orElse("none");
  }

  @Test
  void thisWinterWrittenInSpringIsTheWinterJustPast() {
    String lastWinter = "Frost killed 12 per cent of the oyster stock last winter.";
    // written in April 2026, "this winter" is 2025-26, the December article's "last winter"
    assertThat(
            outcome(
                lastWinter,
                "Frost killed 12 per cent of the oyster stock this winter, the growers said.",
                LocalDate.of(2026, 4, 2)))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                lastWinter,
                "Frost killed 8 per cent of the oyster stock this winter, the growers said.",
                LocalDate.of(2026, 4, 2)))
        .isEqualTo("disagrees");
    // written in March 2025, its "this winter" is 2024-25: another winter's figure
    assertThat(
            outcome(
                lastWinter,
                "Frost killed 8 per cent of the oyster stock this winter.",
                LocalDate.of(2025, 3, 2)))
        .isEqualTo("none");
  }

  @Test
  void lastWintersFigureIsNoEvidenceForThisWinters() {
    String thisWinter =
        "Frost has already killed about 30 per cent of the oyster stock this winter.";
    assertThat(
            outcome(
                thisWinter,
                "Frost killed 12 per cent of the oyster stock last winter.",
                LocalDate.of(2026, 12, 1)))
        .isEqualTo("none");
    assertThat(
            outcome(
                thisWinter,
                "Frost has killed 22 per cent of the oyster stock this winter.",
                LocalDate.of(2026, 12, 1)))
        .isEqualTo("disagrees");
  }

  @Test
  void aFirstRunIsAnotherFrameThanTheTotal() {
    String total = "The atlas has sold 31,000 copies in all.";
    // the first print run's figure is no evidence either way for the total
    assertThat(
            outcome(
                total,
                "The atlas's first print run of 4,000 copies sold out in a month.",
                LocalDate.of(2026, 3, 1)))
        .isEqualTo("none");
    assertThat(
            outcome(
                total,
                "The atlas's first print run of 31,000 copies sold out in a month.",
                LocalDate.of(2026, 3, 1)))
        .isEqualTo("none");
    assertThat(outcome(total, "The atlas has sold 28,000 copies.", LocalDate.of(2026, 12, 1)))
        .isEqualTo("disagrees");
    // a claim about the first run: a later total does not refute it, a report of it does decide
    String first = "The atlas's first print run of 4,000 copies sold out in a month.";
    assertThat(outcome(first, "The atlas has sold 31,000 copies.", LocalDate.of(2026, 12, 1)))
        .isEqualTo("none");
    assertThat(
            outcome(
                first,
                "The first print run of 4,000 copies was gone within a month.",
                LocalDate.of(2026, 3, 1)))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                first,
                "The first print run of 6,000 copies was gone within a month.",
                LocalDate.of(2026, 3, 1)))
        .isEqualTo("disagrees");
    // an initial count against the claim's count
    assertThat(
            outcome(
                "The flood damaged 140 homes in Rivmark.",
                "An initial count found 60 damaged homes in Rivmark.",
                LocalDate.of(2026, 11, 1)))
        .isEqualTo("none");
  }

  @Test
  void aPartsFigureIsNotTheWholes() {
    assertThat(
            outcome(
                "Kelland Foods employs 900 people.",
                "Kelland Foods' bakery site at Orrin employs 140 people.",
                LocalDate.of(2026, 10, 1)))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Its Orrin plant employs 160 people.",
                "Kelland Foods employs 900 people at four plants.",
                LocalDate.of(2026, 10, 1)))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Its Orrin plant employs 160 people.",
                "Kelland Foods' Orrin plant employs 140 people.",
                LocalDate.of(2026, 10, 1)))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                "A new packing hall at Orrin will create 25 jobs.",
                "The wind park will create 70 jobs during construction.",
                LocalDate.of(2026, 10, 1)))
        .isEqualTo("none");
    // the part named after the other figure is the same part
    assertThat(
            outcome(
                "Kelland's bakery farms employ about 900 people.",
                "Some 880 people work on Kelland's bakery farms.",
                LocalDate.of(2026, 10, 1)))
        .isEqualTo("agrees");
    // an office that speaks owns no figure
    assertThat(
            outcome(
                "Kelland Foods employs 900 people.",
                "The city's planning office said Kelland Foods employs 750 people.",
                LocalDate.of(2026, 10, 1)))
        .isEqualTo("disagrees");
    // the whole against the whole still decides
    assertThat(
            outcome(
                "Kelland Foods employs 900 people.",
                "Kelland Foods employs 750 people.",
                LocalDate.of(2026, 10, 1)))
        .isEqualTo("disagrees");
  }

  @Test
  void theStartOfAChangeIsTheLevelOfTheClaimsYear() {
    String claim = "Last year's catch was 4,100 tonnes.";
    assertThat(
            outcome(
                claim,
                "The catch this year came to 2,600 tonnes, down from 3,300 tonnes last year.",
                LocalDate.of(2026, 12, 1)))
        .isEqualTo("disagrees");
    assertThat(
            outcome(
                claim,
                "The catch this year came to 2,600 tonnes, down from 4,100 tonnes last year.",
                LocalDate.of(2026, 12, 1)))
        .isEqualTo("agrees");
    // a claim of this year's level: the start of the change is still no vote against it
    assertThat(
            outcome(
                "The catch came to 2,600 tonnes this year.",
                "The catch this year came to 2,600 tonnes, down from 3,300 tonnes last year.",
                LocalDate.of(2026, 12, 1)))
        .isEqualTo("agrees");
  }

  @Test
  void aChangeEitherWayIsReadFromItsTwoLevels() {
    assertThat(
            outcome(
                "Orders from Japan tripled this year.",
                "Orders from Japan went from 200 crates to 600 crates this year.",
                LocalDate.of(2026, 11, 1)))
        .isEqualTo("agrees");
    // the counted noun written once: "from three employees to nine" is three times
    assertThat(
            outcome(
                "The bakery doubled its staff this year.",
                "The bakery grew from three employees to nine this year.",
                LocalDate.of(2026, 11, 1)))
        .isEqualTo("disagrees");
    // a range is no change
    assertThat(
            outcome(
                "The camp tripled its places this year.",
                "The camp takes children aged from 5 to 15.",
                LocalDate.of(2026, 11, 1)))
        .isEqualTo("none");
  }
}
