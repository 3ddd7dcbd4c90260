package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OneAccountTest {
  private static final LocalDate ARTICLE = LocalDate.parse("2026-11-26");

  @Test
  void aSourcesStandingFigureIsOneAccount() {
    assertThat(OneAccount.attributed("The resort says the race brings 40 million kroner."))
        .isTrue();
    assertThat(OneAccount.attributed("According to the maker, scan times fell by 40%.")).isTrue();
    // a past "said" may report a count that later reports update
    assertThat(OneAccount.attributed("The floods have killed 23 people, the government said."))
        .isFalse();
    assertThat(OneAccount.attributed("The floods have killed 23 people.")).isFalse();
  }

  @Test
  void aCountOverAPeriodThatHasEndedHasItsLastDay() {
    assertThat(OneAccount.periodEnd("The hospital cancelled 310 operations in October.", ARTICLE))
        .isEqualTo(LocalDate.parse("2026-10-31"));
    assertThat(OneAccount.periodEnd("The storm killed 12 people on Sunday.", ARTICLE)).isNull();
    assertThat(OneAccount.periodEnd("The hospital cancelled 310 operations in November.", ARTICLE))
        .isNull();
  }
}
