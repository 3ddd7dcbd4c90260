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
  void aSourcesEstimateInAThatClauseIsOneAccount() {
    // the tagger may read "estimates" as a plural noun
    assertThat(OneAccount.attributed("The board estimates that the new roof will cost 9 million."))
        .isTrue();
    assertThat(OneAccount.attributed("Harbour officials reckon that 300 boats were damaged."))
        .isTrue();
    // an estimate that is itself the subject is no source giving one
    assertThat(OneAccount.attributed("The estimates put the damage at 9 million.")).isFalse();
    assertThat(OneAccount.attributed("The storm damaged 300 boats.")).isFalse();
  }

  @Test
  void aCountOverAPeriodThatHasEndedHasItsLastDay() {
    assertThat(OneAccount.periodEnd("The hospital cancelled 310 operations in October.", ARTICLE))
        .isEqualTo(LocalDate.parse("2026-10-31"));
    assertThat(OneAccount.periodEnd("The storm killed 12 people on Sunday.", ARTICLE)).isNull();
    assertThat(OneAccount.periodEnd("The hospital cancelled 310 operations in November.", ARTICLE))
        .isNull();
  }

  @Test
  void theStartOfACountToDateIsNoClosedPeriod() {
    assertThat(
            OneAccount.periodEnd(
                "Nearly 600 members have joined the library since it opened in May.", ARTICLE))
        .isNull();
    assertThat(OneAccount.toDate("Nearly 600 members have joined since it opened in May."))
        .isTrue();
    assertThat(OneAccount.toDate("The hospital cancelled 310 operations in October.")).isFalse();
  }

  @Test
  void theSourceWhoseAccountAPassageGives() {
    assertThat(
            OneAccount.account(
                "About 3,000 people marched through Brenna on Sunday, organisers said."))
        .containsExactly("organisers");
    assertThat(OneAccount.account("Police said about 2,200 people took part in the march."))
        .containsExactly("police");
    assertThat(OneAccount.account("About 2,200 people took part in the march.")).isEmpty();
    // a report that calls itself an update is no standing account
    assertThat(OneAccount.account("Police revised the number of marchers to 2,200, they said."))
        .isEmpty();
  }
}
