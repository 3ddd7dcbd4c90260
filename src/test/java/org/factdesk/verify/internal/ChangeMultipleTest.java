package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.factdesk.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeMultipleTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a multiple against a share of the same measure
        "Loans at the tool library doubled over the autumn.|Loans at the Sandvik tool library rose"
            + " by about a third over the autumn.|disagrees",
        "Saltvik Harbour say ferry bookings have doubled since the fire.|Saltvik Harbour said"
            + " bookings on its ferry had risen by 40% since the tunnel fire.|disagrees",
        "Ticket sales have doubled this year.|Ticket sales rose by 95% this year.|agrees",
        "Water use in Ormsund has halved.|Water use in Ormsund fell by half.|agrees",
        "Curlew numbers have tripled since 2015.|Curlew numbers have risen by 200 per cent since"
            + " 2015.|agrees",
        // another measure, another span, or no share: nothing
        "Loans at the tool library doubled.|Visits to the library rose by a third.|none",
        "Curlew numbers have doubled since 2015.|Curlew numbers have risen by 20% since 2019.|none",
        "Loans at the tool library doubled.|Loans at the tool library doubled.|none",
        "Loans rose by a third.|Loans rose by a third.|none",
      })
  void aMultipleAgainstAShare(String claim, String passage, String expected) {
    Optional<Finding> f = ChangeMultiple.check(claim, passage);
    assertThat(f.map(Finding::outcome).orElse("none")).isEqualTo(expected);
    f.ifPresent(x -> assertThat(x.check()).isEqualTo("quantity"));
    f.ifPresent(x -> assertThat(x.detail()).contains("times"));
  }
}
