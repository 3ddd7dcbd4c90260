package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventCheckTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Osei conceded defeat.|Osei refused to concede defeat on Sunday night.|disagrees",
        "Zoo director Hana Prell apologised to neighbours.|Zoo director Hana Prell declined to"
            + " apologise to neighbours on Thursday.|disagrees",
        "Keepers recaptured the escaped lynx on Friday.|Keepers failed to recapture the escaped"
            + " lynx on Friday.|disagrees",
        "Osterby Transit paid compensation to passengers.|Osterby Transit has yet to pay"
            + " compensation to passengers.|disagrees",
        "Rector Ivo Marek withdrew the fee plan.|Rector Ivo Marek stopped short of withdrawing"
            + " the fee plan.|disagrees",
        "The council did not approve the budget.|The council did not approve the budget.|none",
        "Rector Ivo Marek met student leaders on Thursday.|Rector Ivo Marek did not meet the"
            + " staff union on Thursday.|none",
        "Keepers recaptured the escaped lynx on Friday.|Keepers failed to recapture the escaped"
            + " lynx on Thursday.|none",
        "Osei conceded defeat.|Mensah refused to concede defeat.|none",
        "Osei conceded defeat.|Osei conceded defeat on Sunday.|none",
        // "not only" affirms the verb after it
        "Mayor Lena Voss apologised to the families.|Mayor Lena Voss not only apologised to the"
            + " families but also offered compensation.|none",
      })
  void aRefusedOrNegatedEventOfTheSameSubjectDisagrees(
      String claim, String passage, String expected) {
    assertThat(EventCheck.refused(claim, passage).map(Finding::outcome).orElse("none"))
        .isEqualTo(expected);
  }
}
