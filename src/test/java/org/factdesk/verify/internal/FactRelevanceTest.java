package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.factdesk.verify.Stance;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;
import org.junit.jupiter.api.Test;

class FactRelevanceTest {
  private static final StanceResult REFUTES = StanceResult.of(new double[] {0.1, 0.8, 0.1}, "");

  @Test
  void storyWordsAreTheClaimWordsInHalfThePassages() {
    List<String> passages =
        List.of(
            "The Velden tram line cost 310 million euros.",
            "Opponents of the tram project said the money should have gone to buses.",
            "The Velden tram depot houses 22 trams.",
            "The Green party voted against the tram project.");
    assertThat(
            FactRelevance.storyWords(
                "The Green party supported the Velden tram project.", passages))
        .containsExactlyInAnyOrder("velden", "tram", "project");
    // too few passages to tell a story from a fact
    assertThat(FactRelevance.storyWords("The Velden tram project", passages.subList(0, 3)))
        .isEmpty();
  }

  @Test
  void aPassageSharingOnlyTheStoryIsAboutAnotherFact() {
    String claim = "The Green party supported the tram project.";
    Set<String> story = Set.of("tram", "project");
    FactRelevance.Judgement other =
        FactRelevance.judge(
            claim,
            "Opponents of the tram project said the money should have gone to more buses.",
            story);
    assertThat(other.about()).isFalse();
    assertThat(other.why())
        .isEqualTo(
            "about another fact of the same story: shares only 'project', 'tram' with the claim");
    assertThat(
            FactRelevance.judge(
                    claim, "The Green party voted against the tram project last year.", story)
                .about())
        .isTrue();
  }

  @Test
  void factWordsSaidInOtherWordsCountAsShared() {
    String claim = "Replacement buses now run between Aldby and Torsk.";
    Set<String> story = Set.of("aldby", "torsk");
    FactRelevance.Judgement same =
        FactRelevance.judge(
            claim, "Coaches have replaced the trains between Aldby and Torsk since Friday.", story);
    assertThat(same.about()).isTrue();
    assertThat(same.why()).contains("'coach' for 'bus'", "'replace' for 'replacement'", "WordNet");
    // one fact word in other words is not most of the fact
    assertThat(
            FactRelevance.judge(
                    claim, "Coaches from Aldby and Torsk carried fans to the match.", story)
                .about())
        .isFalse();
  }

  @Test
  void sharingThePredicateAloneIsNotEnough() {
    String claim = "The Kessler company built the line.";
    Set<String> story = Set.of("line");
    // the same verb for another thing of the story
    assertThat(
            FactRelevance.judge(claim, "The trams for the line were built in Spain.", story)
                .about())
        .isFalse();
    // "constructed" is "built" (EventCheck's synonyms), with the company named
    assertThat(
            FactRelevance.judge(
                    claim, "Kessler constructed the line over three years, the city said.", story)
                .about())
        .isTrue();
  }

  @Test
  void oneSharedWordOfATwoWordFactIsNotEnough() {
    String claim = "The museum's roof was replaced during the restoration.";
    Set<String> story = Set.of("museum", "restoration");
    assertThat(
            FactRelevance.judge(
                    claim, "The museum's new cafe on the roof terrace will open in spring.", story)
                .about())
        .isFalse();
    assertThat(
            FactRelevance.judge(claim, "The old roof was replaced and the cellars dried.", story)
                .about())
        .isTrue();
  }

  @Test
  void aLongClaimsPredicateCountsWithTwoMoreFactWords() {
    String claim = "The regional government offered the company a subsidy to keep the dairy open.";
    Set<String> story = Set.of("dairy");
    // "offered" and "company", 2 of 7 fact words: another offer
    assertThat(
            FactRelevance.judge(
                    claim,
                    "The workers of the dairy will be offered jobs at other plants, the company said.",
                    story)
                .about())
        .isFalse();
    assertThat(
            FactRelevance.judge(
                    claim, "The government offered the company a loan for the dairy.", story)
                .about())
        .isTrue();
  }

  @Test
  void aFigureForTheClaimsCountedNounIsAboutTheFact() {
    String claim = "The Ostmark dairy employs 280 people.";
    Set<String> story = Set.of("ostmark", "dairy");
    assertThat(FactRelevance.judge(claim, "Some 300 people work at the plant.", story).about())
        .isTrue();
    // "commuters" and "passengers" stand for one another
    assertThat(
            FactRelevance.judge(
                    "About 90,000 commuters a day are affected by the strike.",
                    "The strike hits some 87,000 passengers every day.",
                    Set.of("strike"))
                .about())
        .isTrue();
    assertThat(
            FactRelevance.judge(claim, "The dairy site covers 12 hectares by the river.", story)
                .about())
        .isFalse();
  }

  @Test
  void withoutStoryWordsAClaimIsJudgedOnAllItsWords() {
    assertThat(FactRelevance.judge("Velden trams", "The Velden trams were late.", Set.of()).about())
        .isTrue();
    assertThat(
            FactRelevance.judge("The Velden trams", "The trams", Set.of("velden", "tram")).about())
        .isTrue();
  }

  @Test
  void headOnlyVotesAboutAnotherFactBecomeNeutralAndCheckedVotesStay() {
    String claim = "The Kessler company built the Velden line.";
    List<String> texts =
        List.of(
            // about the claim's fact without its verb: a head-only vote (the lexical check needs
            // the verb, "built" in other words, to decide)
            "The Velden line is the Kessler company's work of three years, the city said.",
            "A single ticket on the Velden line costs 2.40 euros.",
            "Opponents of the Velden line said the money should have gone to buses.",
            "The trams for the Velden line were built in Spain.",
            "The Kessler company did not build the Velden line; Marten Bau did.");
    Votes.Checked checked = Votes.check(claim, texts, null, null);
    List<StanceResult> head = List.of(REFUTES, REFUTES, REFUTES, REFUTES, REFUTES);
    Votes.Built before = Votes.of(checked, head);
    Votes.Built after = FactRelevance.apply(claim, checked, before);
    assertThat(before.votes()).allMatch(v -> v.stance().stance() == Stance.REFUTES);
    List<StanceVote> v = after.votes();
    assertThat(v.get(0).stance().stance()).isEqualTo(Stance.REFUTES);
    assertThat(v.get(1).stance().stance()).isEqualTo(Stance.NEUTRAL);
    assertThat(v.get(2).stance().stance()).isEqualTo(Stance.NEUTRAL);
    assertThat(v.get(2).stance().note()).contains("about another fact of the same story");
    assertThat(v.get(3).stance().stance()).isEqualTo(Stance.NEUTRAL);
    assertThat(v.get(3).stance().refutes()).isLessThanOrEqualTo(FactRelevance.RESIDUAL);
    assertThat(v.get(3).copy()).isTrue(); // not counted
    assertThat(v.get(0).copy()).isFalse();
    assertThat(v.get(4).stance().stance()).isEqualTo(Stance.REFUTES);
    assertThat(v.get(4).weight()).isEqualTo(before.votes().get(4).weight());
  }

  @Test
  void aFactCheckOfAClaimWithAFigureMustCheckAFigureForItsThing() {
    String claim = "Brill Rail will add 24 extra trains a day to the Brill line.";
    assertThat(
            FactRelevance.checksTheSameFact(
                claim,
                "A minister said the extra trains on the Brill line would be free.",
                Set.of()))
        .isFalse();
    assertThat(
            FactRelevance.checksTheSameFact(
                claim, "Brill Rail will run 40 more trains a day on the Brill line.", Set.of()))
        .isTrue();
    assertThat(
            FactRelevance.checksTheSameFact(
                "The mayor of Brill resigned in May.",
                "The mayor of Brill resigned in May after a vote.",
                Set.of()))
        .isTrue();
  }

  @Test
  void aFactCheckOfAFigureMustBeAboutTheClaimsSubjectAndTime() {
    String claim = "Brill Rail will add 24 extra trains a day to the Brill line in 2027.";
    assertThat(
            FactRelevance.checksTheSameFact(
                claim, "Ostvik Rail will run 40 more trains a day on the Ostvik line.", Set.of()))
        .isFalse();
    assertThat(
            FactRelevance.checksTheSameFact(
                claim, "Brill Rail ran 40 more trains a day on the Brill line in 2019.", Set.of()))
        .isFalse();
    assertThat(
            FactRelevance.checksTheSameFact(
                claim,
                "Brill Rail will run 40 more trains a day on the Brill line in 2027.",
                Set.of()))
        .isTrue();
  }

  @Test
  void aMixedRatingMustCheckTheClaimsOwnFigure() {
    String reviewed = "Nordby Air has invested 25 million euros in its IT systems since 2022.";
    assertThat(
            FactRelevance.repeatsAFigure(
                "Nordby Air will pay each stranded passenger 250 euros.", reviewed))
        .isFalse();
    assertThat(
            FactRelevance.repeatsAFigure(
                "Nordby Air said it had invested 25 million euros in IT over four years.",
                reviewed))
        .isTrue();
    assertThat(FactRelevance.repeatsAFigure("The new arena will cost taxpayers nothing.", reviewed))
        .isTrue();
  }
}
