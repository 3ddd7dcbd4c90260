package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.report.Finding;
import org.junit.jupiter.api.Test;

class StructuredChecksTest {
  private static final LocalDate DAY = LocalDate.of(2026, 10, 16);

  private static List<String> outcomes(String claim, String passage) {
    return StructuredChecks.run(claim, passage, DAY).stream()
        .map(f -> f.check() + ":" + f.outcome())
        .toList();
  }

  @Test
  void nearlyAgreesWithTheRoundedFigure() {
    assertThat(
            outcomes(
                "The pier can handle nearly 1.3 million passengers a year.",
                "The new pier is rated for 1,280,000 passengers a year."))
        .containsExactly("quantity:agrees");
  }

  @Test
  void swappedDigitsDisagree() {
    assertThat(
            outcomes(
                "The storm damaged 214 homes.",
                "Firefighters counted 124 homes damaged by the storm."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aFigureForSomethingElseIsNotEvidence() {
    assertThat(
            outcomes("The storm damaged 214 homes.", "The storm front stretched 214 kilometres."))
        .isEmpty();
  }

  @Test
  void moreThanIsRefutedBySmallerFigure() {
    assertThat(outcomes("More than 200 homes were damaged.", "In all, 124 homes were damaged."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void firstTimeInMoreThanSixYearsRefutedByFourYears() {
    assertThat(
            outcomes(
                "The summit met for the first time in more than six years.",
                "The summit was last held on 3 May 2022 in Vienna."))
        .containsExactly("time:disagrees");
  }

  @Test
  void firstTimeInMoreThanSixMonthsAgreesWithSevenMonths() {
    assertThat(
            outcomes(
                "The ferry sailed for the first time in more than six months.",
                "The ferry service was suspended on 12 March after the storm."))
        .containsExactly("time:agrees");
  }

  @Test
  void titleOfAnotherOfficeDisagrees() {
    List<Finding> f =
        StructuredChecks.run(
            "Transport Minister Ana Petrova attended the ceremony.",
            "Defence Minister Ana Petrova visited the naval base on Monday.",
            DAY);
    assertThat(f).extracting(Finding::outcome).containsExactly("disagrees");
    assertThat(f.get(0).detail()).contains("defence minister");
  }

  @Test
  void titleHeldBySomeoneElseDisagrees() {
    assertThat(
            outcomes(
                "Transport Minister Ana Petrova attended the ceremony.",
                "The Transport Minister, Jonas Berg, opened the pier."))
        .containsExactly("role:disagrees");
  }

  @Test
  void attributionToAnotherSourceDisagrees() {
    assertThat(
            outcomes(
                "Unemployment rose to 7.5% in September, according to the national statistics"
                    + " office.",
                "Unemployment rose to 7.5% in September, the labour ministry said, adding that the"
                    + " figure was reported by the labour ministry."))
        .contains("quantity:agrees", "attribution:disagrees");
  }

  @Test
  void disagreementOverridesTheModel() {
    StanceResult model = StanceResult.of(new double[] {0.8, 0.1, 0.1}, "");
    StanceResult adjusted =
        StructuredChecks.adjust(model, List.of(new Finding("quantity", "disagrees", "214 vs 124")));
    assertThat(adjusted.stance()).isEqualTo(Stance.REFUTES);
    assertThat(adjusted.refutes()).isGreaterThanOrEqualTo(0.85);
    assertThat(adjusted.note()).isEqualTo("214 vs 124");
  }

  @Test
  void theCountedNounIsTheHeadAfterACompoundModifier() {
    assertThat(
            outcomes(
                "There have been more than 1,800 coronavirus related deaths in France.",
                "There have been 25,233 confirmed cases and 1,995 deaths in France."))
        .containsExactly("quantity:agrees");
  }

  @Test
  void theSameSentenceWithAnotherNumberDisagrees() {
    assertThat(
            outcomes(
                "Shane Long has earned 75 international caps for Ireland.",
                "Shane Long has earned 80 international caps for Ireland."))
        .containsExactly("quantity:disagrees");
    assertThat(
            outcomes(
                "Two NFL venues have yet to host a postseason game.",
                "It is one of three NFL venues that have yet to host a postseason game."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void theClaimsFigureWrittenForAnotherNounIsNoDisagreement() {
    assertThat(
            outcomes(
                "560 cases of coronavirus had been discharged in Singapore.",
                "In Singapore there are 2,532 confirmed cases with 560 discharged."))
        .doesNotContain("quantity:disagrees");
  }

  @Test
  void aDateForTheSameEventIsCompared() {
    assertThat(
            outcomes(
                "Jay Sekulow was born in 1956.",
                "Jay Alan Sekulow ( born June 10 , 1945 ) is an American attorney."))
        .containsExactly("date:disagrees");
    assertThat(
            outcomes(
                "Guilty Gear was first released in Japan before 1998.",
                "Guilty Gear was first released in Japan on May 14, 1998 for the PlayStation."))
        .containsExactly("date:disagrees");
    assertThat(
            outcomes(
                "Kevin Levrone was born before 1967.",
                "Kevin Levrone (born July 16, 1965) is a former bodybuilder."))
        .containsExactly("date:agrees");
  }

  @Test
  void aDateForAnotherEventIsNotEvidence() {
    assertThat(
            outcomes(
                "The bridge was opened in 1998.",
                "The mayor, who was elected in 2004, wants a second crossing."))
        .isEmpty();
  }

  @Test
  void anAgreeingDateAloneDoesNotMakeTheModelSupport() {
    StanceResult model = StanceResult.of(new double[] {0.2, 0.7, 0.1}, "");
    StanceResult adjusted =
        StructuredChecks.adjust(model, List.of(new Finding("date", "agrees", "1969 and 1969")));
    assertThat(adjusted.refutes()).isEqualTo(0.7);
  }

  @Test
  void aWeekdayInThePassageDoesNotDateTheLastTime() {
    assertThat(
            outcomes(
                "The ferry ran for the first time in more than six months.",
                "The ferry last ran on Thursday, the operator said."))
        .doesNotContain("time:disagrees", "time:agrees");
  }
}
