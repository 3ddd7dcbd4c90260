package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivedFiguresTest {
  private static String outcome(String claim, String passage) {
    Optional<Finding> f = QuantityCheck.check(claim, passage);
    return f.map(Finding::outcome).orElse("none");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the base of a change is another year's value; the result is the claim's figure
        "Next year's herring quota in Skarvik is 41,500 tonnes.|Skarvik lowers next year's herring"
            + " quota by 18.6% from this year's 51,000 tonnes.|agrees",
        "Next year's herring quota in Skarvik is 45,000 tonnes.|Skarvik lowers next year's herring"
            + " quota by 18.6% from this year's 51,000 tonnes.|disagrees",
        "The museum's budget next year is 36 million euros.|The city raises the museum's budget by"
            + " 50% from this year's 24 million euros.|agrees",
        // a change from one figure to another states a ratio
        "Bookings at the spa have tripled since May.|Bookings at the spa rose from 310 in May to"
            + " 940.|agrees",
        "Bookings at the spa have doubled since May.|Bookings at the spa rose from 310 in May to"
            + " 940.|disagrees",
      })
  void figuresStatedThroughAChange(String claim, String passage, String expected) {
    assertThat(outcome(claim, passage)).isEqualTo(expected);
  }

  @Test
  void aFigureAfterToIsTheResultNotTheBase() {
    assertThat(
            QuantityParser.parse(
                "Herring landings in Skarvik fell by 5% from a year earlier to 2,000 tonnes."))
        .noneMatch(q -> q.text().contains(" less "));
    assertThat(
            QuantityParser.parse(
                "Skarvik lowers next year's herring quota by 18.6% from this year's 51,000 tonnes."))
        .anyMatch(q -> q.text().contains(" less "));
  }

  @Test
  void theDirectionIsTheLastChangeVerbOfTheClause() {
    assertThat(DerivedFigures.direction("the board cuts the fee by ")).isEqualTo(-1);
    assertThat(DerivedFigures.direction("after a cut, the board raises the fee by ")).isEqualTo(1);
    assertThat(DerivedFigures.direction("the fee is set by ")).isZero();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ferry fares in Skarvik will fall by nearly a fifth.|Ferry fares in Skarvik will fall by"
            + " 18.6%.|agrees",
        "Ferry fares in Skarvik will fall by a third.|Ferry fares in Skarvik will fall by"
            + " 18.6%.|disagrees",
        "Ferry fares in Skarvik are a quarter lower than last year.|Ferry fares in Skarvik are 25%"
            + " lower than last year.|agrees",
      })
  void changesByAProportionInWords(String claim, String passage, String expected) {
    assertThat(outcome(claim, passage)).isEqualTo(expected);
  }

  @Test
  void theWayOfAChangeComesFromTheExtractorsChangeVerbs() {
    // one list (nlp.ChangeWords): every verb the extractor reads as a change says its way
    assertThat(DerivedFigures.direction("ticket sales at the fort plunged by ")).isEqualTo(-1);
    assertThat(DerivedFigures.direction("visitor numbers soared by ")).isEqualTo(1);
    assertThat(DerivedFigures.direction("the council shaved the grant by ")).isEqualTo(-1);
    assertThat(DerivedFigures.direction("the grant was changed by ")).isZero();
    assertThat(
            QuantityParser.parse(
                "Ticket sales at the fort plunged by 40% from last year's 2,000 tickets."))
        .anyMatch(q -> q.text().contains(" less "));
  }

  @Test
  void aDerivedFigureIsReadWhereItsWordsStand() {
    String passage =
        "Skarvik lowers next year's herring quota by 18.6% from this year's 51,000 tonnes; each"
            + " boat may land at most 300 tonnes.";
    Quantity derived =
        QuantityParser.parse(passage).stream()
            .filter(q -> q.text().contains(" less "))
            .findFirst()
            .orElseThrow();
    assertThat(derived.source()).isEqualTo("18.6% from this year's 51,000 tonnes");
    assertThat(passage).contains(derived.source());
    // the per-unit guard reads the derived figure's part, not the allowance after the semicolon
    assertThat(outcome("Next year's herring quota in Skarvik is 41,500 tonnes.", passage))
        .isEqualTo("agrees");
    // its measure is not the change's: the budget raised by half is the sum spent
    assertThat(
            outcome(
                "The region will spend 36 million euros on firefighting next year.",
                "The region raises next year's firefighting budget by 50% from this year's 24"
                    + " million euros."))
        .isEqualTo("agrees");
  }

  @Test
  void aChangeVerbFarBeforeItsFigureInARunOnTextDoesNotGovernIt() {
    String near =
        "Skarvik lowers next year's herring quota by 18.6% from this year's 51,000 tonnes.";
    assertThat(QuantityParser.parse(near)).anyMatch(q -> q.text().contains(" less "));
    // a run-on text without clause ends is read back only so far (it was read again for every
    // figure: a 20,000-word sentence took about a minute)
    String far =
        "Skarvik lowers "
            + "the long list of the herring boards and their many named members ".repeat(8)
            + "by 18.6% from this year's 51,000 tonnes.";
    assertThat(QuantityParser.parse(far)).noneMatch(q -> q.text().contains(" less "));
  }
}
