package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CauseCheckTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the same cause, in other words
        "The company blamed the collapse on a small earthquake.|The company said a magnitude 2.1"
            + " tremor was the trigger for the collapse.|cause agrees",
        "The flooding was caused by blocked drains, the council said.|The council said the"
            + " flooding happened because leaves had blocked the drains.|cause agrees",
        // ruled out: both sides
        "The company blamed the collapse on a small earthquake.|The seismological service"
            + " detected no earthquake in the area that day.|dispute note",
        "Rust was caused by leaking seals, the report concluded.|An engineer said the rust"
            + " pointed to road salt, not to leaking seals.|dispute note",
        "The builder put the crack down to the age of the wall.|The council said the age of the"
            + " wall played no part in the crack.|dispute note",
        "The airline blamed the outage on a power cut.|The grid operator recorded no"
            + " interruption of supply that day.|dispute note",
        // the same speaker gives another cause as the real one
        "The growers' union blamed the poor harvest on the new pesticide rules.|The growers'"
            + " union said the late frost was the real cause of the poor harvest, not the"
            + " weather.|cause disagrees",
        // another source gives another cause of the same effect: the claim's source said it, but
        // the cause is disputed
        "The growers' union blamed the poor harvest on the new pesticide rules.|The ministry"
            + " said the late frost was the real cause of the poor harvest.|dispute note",
        "The ferry company blamed the delay on a broken ramp.|The port authority said staff"
            + " shortages had caused the delay.|dispute note",
      })
  void comparesCauses(String claim, String passage, String expected) {
    Finding f = CauseCheck.check(claim, passage).orElseThrow();
    assertThat(f.check() + " " + f.outcome()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no cause in the claim
        "The company closed the mine in May.|The company said a tremor caused the collapse.",
        // another effect: the passage is about something else
        "The company blamed the collapse on a small earthquake.|Farmers said a small earthquake"
            + " was the cause of cracks in their barns.",
        // the same speaker's cause given as one of several
        "The growers' union blamed the poor harvest on the new pesticide rules.|The growers'"
            + " union said the late frost was a cause of the poor harvest.",
        // another source's cause of another effect
        "The ferry company blamed the delay on a broken ramp.|The port authority said staff"
            + " shortages had caused the queues at the ticket office.",
        // another source's cause, the claim's named thing missing
        "Nordlink blamed the outage on a cable fault.|Engineers said a storm had caused the"
            + " outage at the Osterby plant.",
        // the same cause of another effect
        "The council blamed the flooding on heavy rain.|The council said the match was"
            + " cancelled because of heavy rain.",
        // not a ruling out: "not only", a double negative, words after "before"
        "The burst was caused by frost, the utility said.|The utility said the burst followed"
            + " not only frost but also the age of the main.",
        "The company blamed the collapse on a leak.|Investigators have not ruled out a leak.",
        "The company blamed the collapse on a small earthquake.|There was no warning before the"
            + " earthquake struck.",
        // ruled out, but for another effect
        "The burst was caused by frost, the utility said.|The poor harvest followed drought, not"
            + " frost, farmers reported.",
        // the negated words are not the cause
        "The company blamed the collapse on a small earthquake.|The company did not say when the"
            + " mine would reopen.",
      })
  void saysNothingOtherwise(String claim, String passage) {
    assertThat(CauseCheck.check(claim, passage)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theWritersOwnCauseIsRefutedByAnotherCauseOfTheSameNamedEvent() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 6);
    String claim =
        "Defending champion Ola Rud retired on Thursday after a crash caused by a burst tyre.";
    assertThat(
            CauseCheck.check(
                    claim,
                    "Rud's team said a brake failure caused his crash on Thursday.",
                    day,
                    day.minusDays(2))
                .map(f -> f.check() + " " + f.outcome()))
        .contains("cause disagrees");
    // the same cause in other words
    assertThat(
            CauseCheck.check(
                    claim, "Rud's team said a puncture caused his crash on Thursday.", day, day)
                .map(f -> f.check() + " " + f.outcome()))
        .contains("cause agrees");
    // someone else's crash, or a crash on another day
    assertThat(
            CauseCheck.check(
                claim,
                "Anna Lie's team said a brake failure caused her crash on Thursday.",
                day,
                day))
        .isEmpty();
    assertThat(
            CauseCheck.check(
                claim, "Rud's team said a brake failure caused his crash on Friday.", day, day))
        .isEmpty();
    // a passage written before the claim's Thursday cannot report that crash
    assertThat(
            CauseCheck.check(
                claim,
                "Ola Rud retired from the Vestfjord Rally after a crash caused by a burst tyre.",
                day,
                day.minusMonths(3)))
        .isEmpty();
    // a cause someone gives is disputed, not refuted, by another source's cause
    assertThat(
            CauseCheck.check(
                    "Rud's team blamed the crash on Thursday on a burst tyre.",
                    "Officials said a brake failure caused Rud's crash on Thursday.",
                    day,
                    day)
                .map(f -> f.check() + " " + f.outcome()))
        .contains("dispute note");
  }
}
