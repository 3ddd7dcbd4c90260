package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.factdesk.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordDeniedTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the claim's figure confirmed, its record denied: both ways
        "A record crowd of more than 8,000 watched the lantern parade on Saturday.|Police"
            + " estimated the crowd at Saturday's lantern parade at about 8,000, short of the record"
            + " of 9,500 set in 2019.|dispute:note",
        // the record denied without the figure
        "A record crowd watched the lantern parade on Saturday.|The crowd at Saturday's lantern"
            + " parade was well below the 2019 record.|record:disagrees",
        "A record crowd watched the lantern parade on Saturday.|Saturday's lantern parade crowd"
            + " did not beat the record.|record:disagrees",
        // another event's record, a record confirmed, no record claimed: nothing
        "A record crowd watched the lantern parade on Saturday.|The harbour regatta's crowd fell"
            + " short of the record.|none",
        "A record crowd watched the lantern parade on Saturday.|A record crowd watched Saturday's"
            + " lantern parade.|none",
        "About 8,000 people watched the lantern parade on Saturday.|The crowd at Saturday's"
            + " lantern parade was short of the record.|none",
      })
  void aRecordThatWasNone(String claim, String passage, String expected) {
    Optional<Finding> f = RecordDenied.check(claim, passage);
    assertThat(f.map(x -> x.check() + ":" + x.outcome()).orElse("none")).isEqualTo(expected);
  }
}
