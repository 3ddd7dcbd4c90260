package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.report.Finding;
import org.factdesk.verify.internal.QuantityCheck;
import org.factdesk.verify.internal.StateCheck;
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
  void findingsThatOverrideTheModelGiveOneStanceWhateverTheModelSaid() {
    List<StanceResult> models = new java.util.ArrayList<>();
    for (double[] p :
        new double[][] {
          {0.98, 0.01, 0.01},
          {0.01, 0.98, 0.01},
          {0.01, 0.01, 0.98},
          {0.4, 0.35, 0.25},
          {0.1, 0.05, 0.85}
        }) {
      models.add(StanceResult.of(p, "the head's note"));
    }
    Finding otherEvent = new Finding("event", "note", "the same kind of event on another day");
    List<List<Finding>> overriding =
        List.of(
            List.of(otherEvent),
            List.of(new Finding("plan", "note", "not the subject's plan")),
            List.of(new Finding(StateCheck.NAME, "note", "the state at another time")),
            List.of(otherEvent, new Finding("role", "agrees", "the title")),
            List.of(otherEvent, new Finding("date", "agrees", "the year")),
            List.of(new Finding(QuantityCheck.DISPUTE, "note", "repeated and disputed")),
            List.of(
                new Finding("quantity", "disagrees", "214 vs 124"),
                new Finding(QuantityCheck.DISPUTE, "note", "repeated and disputed")));
    for (List<Finding> f : overriding) {
      assertThat(StructuredChecks.overridesModel(f)).as(f.toString()).isTrue();
      StanceResult first = StructuredChecks.adjust(models.get(0), f);
      for (StanceResult m : models) {
        StanceResult a = StructuredChecks.adjust(m, f);
        assertThat(new double[] {a.supports(), a.refutes(), a.neutral()})
            .as(f.toString())
            .containsExactly(first.supports(), first.refutes(), first.neutral());
        assertThat(a.note()).isEqualTo(first.note());
      }
    }
    // the model's stance still shows through these: each gives two models two stances
    List<List<Finding>> following =
        List.of(
            List.of(),
            List.of(new Finding("role", "agrees", "the title")),
            List.of(new Finding("date", "agrees", "the year")),
            List.of(new Finding("quantity", "disagrees", "214 vs 124")),
            List.of(new Finding("quantity", "agrees", "214")),
            List.of(otherEvent, new Finding("date", "disagrees", "2019 vs 2021")),
            List.of(otherEvent, new Finding("quantity", "agrees", "214")));
    for (List<Finding> f : following) {
      assertThat(StructuredChecks.overridesModel(f)).as(f.toString()).isFalse();
      assertThat(
              models.stream()
                  .map(m -> StructuredChecks.adjust(m, f))
                  .map(a -> List.of(a.supports(), a.refutes(), a.neutral()))
                  .distinct()
                  .count())
          .as(f.toString())
          .isGreaterThan(1);
    }
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
  void decadesAreDates() {
    assertThat(
            outcomes(
                "The painter Ada Brell was born in the early 1970s.",
                "Ada Brell ( born 3 May 1972 ) is a Dutch painter."))
        .containsExactly("date:agrees");
    assertThat(
            outcomes(
                "The painter Ada Brell was born in the late 1970s.",
                "Ada Brell ( born 3 May 1972 ) is a Dutch painter."))
        .containsExactly("date:disagrees");
    assertThat(
            outcomes(
                "The ferry line to Holm opened in the 1990s.",
                "The ferry line to Holm opened in 1987."))
        .containsExactly("date:disagrees");
    // written as FEVER tokenises it, and against a passage naming two decades
    assertThat(
            outcomes(
                "Sea shanties were revived in the early 1970 's .",
                "Sea shanties were revived in the late 1950s and early 1970s ."))
        .containsExactly("date:agrees");
  }

  @Test
  void aBoundInTheEvidenceIsCompared() {
    assertThat(
            outcomes(
                "Ada Brell's career as a painter began before 1990.",
                "Ada Brell's career as a painter began after 1995 in Leiden."))
        .containsExactly("date:disagrees");
    assertThat(
            outcomes(
                "Ada Brell's career as a painter began after 1990.",
                "Ada Brell's career as a painter began after 1995 in Leiden."))
        .containsExactly("date:agrees");
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
  void aDateAgreeingForTheSameKindOfEventConfirmsTheClaim() {
    List<Finding> found =
        StructuredChecks.run(
            "The old ferry terminal opened in 1962.",
            "Construction of the ferry terminal began in 1959; it was inaugurated in 1962.",
            null);
    assertThat(found).extracting(f -> f.check() + ":" + f.outcome()).contains("event date:agrees");
    StanceResult model = StanceResult.of(new double[] {0.2, 0.7, 0.1}, "");
    assertThat(StructuredChecks.adjust(model, found).supports()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void aWeekdayInThePassageDoesNotDateTheLastTime() {
    assertThat(
            outcomes(
                "The ferry ran for the first time in more than six months.",
                "The ferry last ran on Thursday, the operator said."))
        .doesNotContain("time:disagrees", "time:agrees");
  }

  @Test
  void aDeputyIsNotTheOfficeItself() {
    assertThat(
            outcomes(
                "Mayor Tomas Rek opened the depot on Monday.",
                "Deputy Mayor Tomas Rek opened the new depot on Monday."))
        .contains("role:disagrees");
    assertThat(
            outcomes(
                "Vice President Anna Moss spoke.", "President Anna Moss spoke at the meeting."))
        .contains("role:disagrees");
    assertThat(
            outcomes(
                "Interior Minister Petra Vos visited Dalen.",
                "Acting Interior Minister Petra Vos visited the towns of Dalen."))
        .contains("role:disagrees");
    assertThat(
            outcomes(
                "Economy Minister Karl Feld promised aid.",
                "Shadow Economy Minister Karl Feld promised aid to the town."))
        .contains("role:disagrees");
    assertThat(
            outcomes(
                "Foreign Minister Lena Berg flew to Oslo.",
                "Deputy Foreign Minister Lena Berg flew to Oslo on Friday."))
        .contains("role:disagrees");
  }

  @Test
  void theSameTitleWithTheSameModifierAgrees() {
    assertThat(
            outcomes(
                "Deputy Mayor Tomas Rek opened the depot.",
                "Deputy Mayor Tomas Rek opened the new depot on Monday."))
        .contains("role:agrees")
        .doesNotContain("role:disagrees");
    assertThat(
            outcomes(
                "Minister Ana Petrova attended.",
                "Transport Minister Ana Petrova attended the ceremony."))
        .contains("role:agrees");
  }

  @Test
  void approximationsAgreeWithTheExactFigure() {
    assertThat(
            outcomes(
                "The council will spend about 240,000 euros on street lights.",
                "The council will spend 236,000 euros on new street lights."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "Nearly one in five households in Brenton pays no council tax.",
                "19% of households in Brenton pay no council tax."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "Almost half of the hospital's nurses work part time.",
                "48% of nurses at the hospital work part time."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "Roughly a third of the hospital's beds were taken by flu patients.",
                "Flu patients occupied 32% of the hospital's beds."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "More than 1,000 flu patients were treated at the hospital.",
                "The hospital treated 1,150 flu patients."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "Nearly one in five households in Brenton pays no council tax.",
                "24% of households in Brenton pay no council tax."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aFigureForAnotherActorIsNotEvidence() {
    assertThat(
            outcomes(
                "Brenton hired 120 new teachers this year.",
                "Kelby county hired 95 teachers this year."))
        .isEmpty();
    assertThat(
            outcomes(
                "Harwick Rovers sold 31,000 season tickets this year.",
                "City rivals Harwick Athletic sold 18,000 season tickets this year."))
        .isEmpty();
    // the same actor with another figure still disagrees
    assertThat(
            outcomes(
                "Harwick Rovers sold 31,000 season tickets this year.",
                "Harwick Rovers sold 13,000 season tickets this year."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aWiderScopeOrAnotherMonthIsNotEvidence() {
    assertThat(
            outcomes(
                "Unemployment in Carrow rose to 7.4% in October.",
                "National unemployment fell to 5.1% in October, the statistics office said."))
        .isEmpty();
    assertThat(
            outcomes(
                "Carrow Motors will cut 600 jobs next year.",
                "Across the country, carmakers will cut 14,000 jobs next year."))
        .isEmpty();
    assertThat(
            outcomes(
                "Rainfall in Dalen reached 140 millimetres in August.",
                "Rainfall in Dalen reached 95 millimetres in September."))
        .isEmpty();
    assertThat(
            outcomes(
                "Rainfall in Dalen reached 140 millimetres in August.",
                "Rainfall in Dalen reached 95 millimetres in August."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void peopleCountedForAnotherEventAreNotEvidence() {
    assertThat(
            outcomes(
                "About 12,000 people were forced from their homes in Dalen.",
                "Relief Now said 300 people died in the floods in Dalen."))
        .isEmpty();
  }

  @Test
  void aFigureRepeatedAndDisputedIsEvidenceBothWays() {
    List<Finding> f =
        StructuredChecks.run(
            "The aid group Relief Now said 300 people died in the floods.",
            "Relief Now said 300 people died in the floods in Dalen; the interior ministry"
                + " disputes the figure and says 112 people died.",
            DAY);
    assertThat(f).extracting(Finding::check).containsExactly("dispute");
    StanceResult s =
        StructuredChecks.adjust(StanceResult.of(new double[] {0.9, 0.05, 0.05}, ""), f);
    assertThat(s.supports()).isEqualTo(0.5);
    assertThat(s.refutes()).isEqualTo(0.5);
    // the same figure without a dispute agrees
    assertThat(
            outcomes(
                "Relief Now said 300 people died in the floods.",
                "Relief Now said 300 people died in the floods in Dalen."))
        .containsExactly("quantity:agrees");
  }

  @Test
  void aReportedEventAgreesWithTheSameEventAtTheSameTime() {
    assertThat(
            outcomes(
                "Talks with the bus drivers' union will resume next week.",
                "Negotiations between Brenton and the bus drivers' union are to resume next week."))
        .contains("event:agrees");
    assertThat(
            outcomes(
                "Construction of the new town hall began in June.",
                "Work on Brenton's new town hall started in June."))
        .contains("event:agrees");
  }

  @Test
  void anEventAtAnotherTimeOrOfAnotherThingOrCalledOffIsNoAgreement() {
    assertThat(
            outcomes(
                "Construction of the new town hall began in June.",
                "Builders started work on the new stadium in June."))
        .doesNotContain("event:agrees");
    assertThat(
            outcomes(
                "The club will appoint a new coach in June.",
                "The club will appoint a new coach in July."))
        .doesNotContain("event:agrees");
    assertThat(
            outcomes(
                "Talks with the union will resume next week.",
                "Talks with the union will not resume next week."))
        .doesNotContain("event:agrees");
    assertThat(
            outcomes(
                "Carrow Motors will build a battery plant in June.",
                "Rival carmaker Denna will build a battery plant in June."))
        .doesNotContain("event:agrees");
  }

  @Test
  void anEventAboutAnotherDisputeWithTheSameMediatorIsNoEvidence() {
    String passage =
        "Mediator Hanna Ek said talks between the port authority and the dock workers will resume"
            + " on Thursday.";
    assertThat(outcomes("Talks will resume on Thursday, mediator Hanna Ek said.", passage))
        .contains("event:note")
        .doesNotContain("event:agrees");
    assertThat(
            outcomes(
                "Talks between Nordrail and the train drivers' union will resume on Thursday.",
                passage))
        .contains("event:note")
        .doesNotContain("event:agrees");
    // the same parties, worded otherwise, still agree
    assertThat(outcomes("Talks with the dock workers will resume on Thursday.", passage))
        .contains("event:agrees");
    StanceResult model = StanceResult.of(new double[] {0.1, 0.8, 0.1}, "");
    StanceResult adjusted =
        StructuredChecks.adjust(
            model,
            StructuredChecks.run(
                "Talks will resume on Thursday, mediator Hanna Ek said.", passage, null));
    assertThat(adjusted.neutral()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void talksBetweenOtherPartiesSharingOneNameOrAPassageWithoutTalksAreNoEvidence() {
    String claim =
        "Mediator Rita Lang said talks between the Dorn education office and the teachers' union"
            + " will resume on Monday.";
    assertThat(
            outcomes(
                claim,
                "Mediator Rita Lang said talks between the Dorn bus company and its drivers will"
                    + " resume on Monday."))
        .contains("event:note")
        .doesNotContain("event:agrees");
    assertThat(outcomes(claim, "The Dorn education office will close two village schools."))
        .contains("event:note");
    assertThat(
            outcomes(
                claim,
                "Mediator Rita Lang said on Friday that talks between the Dorn education office and"
                    + " the teachers' union will resume on Monday."))
        .contains("event:agrees");
  }

  @Test
  void aMoveOnAnotherDayIsNoEvidenceEvenWithTheSameFigure() {
    String claim = "Shares in Dorn Sport rose 6% on Wednesday.";
    List<Finding> same =
        StructuredChecks.run(
            claim,
            "Shares in Dorn Sport rose 6% on Thursday after the results.",
            LocalDate.parse("2026-12-03"),
            LocalDate.parse("2026-10-16"));
    assertThat(same).noneMatch(f -> f.check().equals("quantity"));
    assertThat(same).anyMatch(f -> f.check().equals("event") && f.outcome().equals("note"));
    List<Finding> other =
        StructuredChecks.run(
            claim,
            "Shares in Dorn Sport rose 4% in October.",
            LocalDate.parse("2026-12-03"),
            LocalDate.parse("2026-10-20"));
    assertThat(other).noneMatch(f -> f.outcome().equals("disagrees"));
    // on the claim's own day the figure still decides
    assertThat(
            StructuredChecks.run(
                claim,
                "Shares in Dorn Sport rose 6% on Wednesday.",
                LocalDate.parse("2026-12-03"),
                LocalDate.parse("2026-12-02")))
        .anyMatch(f -> f.check().equals("quantity") && f.outcome().equals("agrees"));
  }

  @Test
  void changedStatesAndQuotesAdjustTheStance() {
    StanceResult model = StanceResult.of(new double[] {0.7, 0.1, 0.2}, "");
    StanceResult refuted =
        StructuredChecks.adjust(
            model,
            StructuredChecks.run(
                "Schools in Dorn remain closed.",
                "Schools in Dorn reopened on Wednesday as teachers returned to work.",
                LocalDate.parse("2026-12-03"),
                LocalDate.parse("2026-12-02")));
    assertThat(refuted.refutes()).isGreaterThanOrEqualTo(StructuredChecks.REFUTES_FLOOR);
    StanceResult before =
        StructuredChecks.adjust(
            model,
            StructuredChecks.run(
                "Bus services to Velden have resumed.",
                "Bus services to Velden were suspended on Sunday.",
                LocalDate.parse("2026-12-03"),
                LocalDate.parse("2026-11-29")));
    assertThat(before.neutral()).isGreaterThanOrEqualTo(0.8);
    StanceResult quoted =
        StructuredChecks.adjust(
            StanceResult.of(new double[] {0.2, 0.6, 0.2}, ""),
            StructuredChecks.run(
                "Education Minister Sara Holm criticised the strike.",
                "Education Minister Sara Holm criticised the strike on Tuesday, calling it a blow.",
                null));
    assertThat(quoted.supports()).isGreaterThanOrEqualTo(StructuredChecks.SUPPORTS_FLOOR);
    StanceResult disputed =
        StructuredChecks.adjust(
            model,
            StructuredChecks.run(
                "The education office said 80% of teachers were at work on Monday.",
                "The union called the office's claim that 80% of teachers were at work false.",
                null));
    assertThat(disputed.supports()).isEqualTo(StructuredChecks.DISPUTE_FLOOR);
    assertThat(disputed.refutes()).isEqualTo(StructuredChecks.DISPUTE_FLOOR);
  }

  @Test
  void aNearCountedNounWithEnoughWordsInCommonIsTheSameThing() {
    assertThat(
            outcomes(
                "The flood grant will reach about 240,000 households in the region.",
                "The flood grant will go to 236,000 homes in the region, the government said."))
        .contains("quantity:agrees");
    // a near noun with one word in common is not enough
    assertThat(
            outcomes(
                "The council built 240 homes in Marlow.",
                "About 236 households in Marlow have no heating."))
        .doesNotContain("quantity:agrees", "quantity:disagrees");
  }

  @Test
  void aPlanOfAnotherSubjectOrAnotherActionIsNoEvidence() {
    assertThat(
            outcomes(
                "The council plans to build a new flood wall.",
                "Kelby plans to build a new flood wall along the river."))
        .contains("plan:note");
    assertThat(
            outcomes(
                "The company will build a battery plant in Carrow.",
                "Exports from the Carrow plant fell by 124 million euros in 2025."))
        .contains("plan:note");
    // the subject's own plan, called off or not, is left to the model
    assertThat(
            outcomes(
                "The council plans to build a new flood wall.",
                "The council has dropped its plan to build a new flood wall."))
        .doesNotContain("plan:note");
    assertThat(
            outcomes(
                "The council plans to build a new flood wall.",
                "The council said it would build a new flood wall next year."))
        .doesNotContain("plan:note");
    // "will" with a subject that announces no plans is no plan claim
    assertThat(
            outcomes(
                "Vitamin C will protect you from the flu.",
                "Zinc lozenges shortened colds in one trial."))
        .doesNotContain("plan:note");
    // past events and figures are not plans
    assertThat(
            outcomes(
                "The council built a new flood wall.",
                "Kelby plans to build a new flood wall along the river."))
        .doesNotContain("plan:note");
  }

  @Test
  void aSharedTimeFrameDoesNotAgreeAlone() {
    String claim = "Exports from Dern fell by 6% in the first eight months.";
    assertThat(outcomes(claim, "Imports at Quist rose by 2% in the first eight months."))
        .doesNotContain("quantity:agrees");
    assertThat(outcomes(claim, "Exports from Dern fell by 6% in the first eight months."))
        .containsExactly("quantity:agrees");
    assertThat(outcomes(claim, "Exports from Dern rose by 1% in the first eight months."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void aSentenceAskedForIsNoEvidenceForTheOneImposed() {
    String claim = "The court sentenced the former mayor of Dern to four years in prison.";
    assertThat(outcomes(claim, "Prosecutors had asked for four years in prison for the mayor."))
        .isEmpty();
    assertThat(outcomes(claim, "The court sentenced the mayor to three years in prison."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void wasAlsoFinedAgreesWithFined() {
    assertThat(
            outcomes(
                "The regulator fined the airline Vantor 400,000 euros for delays.",
                "Vantor was also fined 400,000 euros by the regulator for the delays."))
        .containsExactly("quantity:agrees");
  }

  @Test
  void aboutAToleratesTheNearFigureOfAReworded() {
    // "about" allows 10% either way (or half the rounding step, if wider)
    assertThat(
            outcomes(
                "The town of Orr has about 12,000 inhabitants.",
                "Orr, a town of 11,800 people, lives from farming."))
        .containsExactly("quantity:agrees");
    assertThat(
            outcomes(
                "About 5,000 Orr residents commute to the city every day.",
                "3,900 Orr residents commute to the city every day."))
        .containsExactly("quantity:disagrees");
  }

  @Test
  void inMoreThanNYearsUsesTheArticleDateNotTheClaimsDate() {
    String claim = "The fire in March 2025 was the largest in the forest in more than 30 years.";
    assertThat(outcomes(claim, "The last fire of this size in the forest was in 1991."))
        .containsExactly("time:agrees");
    assertThat(outcomes(claim, "The last fire of this size in the forest was in 2001."))
        .containsExactly("time:disagrees");
    assertThat(StructuredChecks.run(claim, "The last fire of this size was in 1991.", null))
        .isEmpty();
  }

  @Test
  void anEventWithoutTheTimeSinceItLastHappenedIsNoEvidenceForFirstTimeIn() {
    LocalDate day = LocalDate.of(2026, 12, 4);
    String claim =
        "Students occupied the main hall of Varn University on Tuesday for the first time in"
            + " more than ten years.";
    List<Finding> event =
        StructuredChecks.run(
            claim, "Students occupied the main hall of Varn University on Tuesday.", day);
    assertThat(event).extracting(Finding::outcome).doesNotContain("agrees");
    assertThat(
            StructuredChecks.adjust(StanceResult.of(new double[] {0.9, 0.05, 0.05}, ""), event)
                .supports())
        .isLessThan(0.5);
    List<Finding> last =
        StructuredChecks.run(
            claim, "Students last occupied the main hall of Varn University in 2021.", day);
    assertThat(last).extracting(f -> f.check() + ":" + f.outcome()).contains("time:disagrees");
    // without the time since, the event still agrees
    assertThat(
            outcomes(
                "Students occupied the main hall of Varn University on Tuesday.",
                "Students occupied the main hall of Varn University on Tuesday."))
        .contains("event:agrees");
  }
}
