package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {
  private static String outcome(String claim, String passage) {
    Optional<Finding> f = QuantityCheck.check(claim, passage);
    return f.map(Finding::outcome).orElse("none");
  }

  @Test
  void unitsOfOneDimensionShareABase() {
    assertThat(Units.of("kilometres", "").orElseThrow()).isEqualTo(new Units.Unit("metre", 1000));
    assertThat(Units.of("kilometres", "square").orElseThrow().base()).isEqualTo("square metre");
    assertThat(Units.of("metres", "cubic").orElseThrow()).isEqualTo(new Units.Unit("litre", 1000));
    assertThat(Units.of("hours", "").orElseThrow()).isEqualTo(new Units.Unit("minute", 60));
    assertThat(Units.of("passengers", "")).isEmpty();
    assertThatThrownBy(() -> new Units.Unit("metre", 0))
        .hasMessageContaining("factor must be > 0, got 0.0");
  }

  @Test
  void ambiguousUnitsAreNoMeasures() {
    // "5m passengers" is millions; US and imperial gallons, long and short tons differ
    assertThat(Units.of("m", "")).isEmpty();
    assertThat(Units.of("gallons", "")).isEmpty();
    assertThat(Units.of("tons", "")).isEmpty();
    assertThat(Units.of("tonnes", "").orElseThrow()).isEqualTo(new Units.Unit("kilogram", 1000));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The path ends a little over 0.4 kilometres from the gate.|The path ends 412 metres from the"
            + " gate.|agrees",
        "The canal runs for roughly eleven miles past the town.|The canal runs for about 18 km past"
            + " the town.|agrees",
        "The canal runs for roughly 30 miles past the town.|The canal runs for 19 km past the"
            + " town.|disagrees",
        "The harvest quota for barley is 41,500 tonnes.|The harvest quota for barley is 41.5 million"
            + " kg.|agrees",
        "The ferry crossing takes about 1.5 hours.|The ferry crossing takes 88 minutes.|agrees",
        "The ferry crossing takes about 2 hours.|The ferry crossing takes 88 minutes.|disagrees",
        "The storm flattened roughly 62 square kilometres of forest.|The storm flattened 6,150"
            + " hectares of forest.|agrees",
        "The lake holds about 41 million cubic metres of water.|The lake holds 41.3 billion litres"
            + " of water.|agrees",
      })
  void figuresInOtherUnitsOfOneDimensionCompare(String claim, String passage, String expected) {
    assertThat(outcome(claim, passage)).isEqualTo(expected);
  }

  @Test
  void aMeasureOfAnotherThingIsNoEvidence() {
    // the thing measured is the noun after "of"
    assertThat(
            outcome(
                "Trawlers landed about 12,000 tonnes of herring in Skarvik.",
                "Trawlers landed 11,800 tonnes of herring in Skarvik and at least 900 tonnes of"
                    + " sprat."))
        .isEqualTo("agrees");
    assertThat(
            outcome(
                "Trawlers in Skarvik may land 51,000 tonnes this year.",
                "Trawlers in Skarvik may land at least 500 tonnes of extra sprat this year."))
        .isEqualTo("none");
    assertThat(
            outcome(
                "Trawlers landed about 900 tonnes of herring in Skarvik.",
                "Trawlers landed 900 tonnes of sprat in Skarvik."))
        .isEqualTo("none");
  }

  @Test
  void whatHappenedToAnAmountIsNoPartOfIt() {
    // "destroyed" and "lost" are both what happened to the whole amount in a unit
    assertThat(
            outcome(
                "The fire destroyed about 2,000 tonnes of stored hay near Brill.",
                "Farmers near Brill lost 640,000 kg of stored hay to the fire."))
        .isEqualTo("disagrees");
  }
}
