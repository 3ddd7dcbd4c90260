package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;
import org.junit.jupiter.api.Test;

class VotesTest {
  private static final StanceResult NEUTRAL = StanceResult.of(new double[] {0.2, 0.2, 0.6}, "");

  @Test
  void nearCopiesAreMarkedAndChecksCarryAuthority() {
    String claim = "The port handled 2.4 million containers last year.";
    List<String> texts =
        List.of(
            "The port handled 2.4 million containers last year, the harbour office said.",
            "The port handled 2.4 million containers last year, the harbour office said on Monday.",
            "The port handled 1.1 million containers last year.",
            "Ferry traffic to the islands was steady.");
    Votes.Built b = Votes.of(claim, texts, null, null, List.of(NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL));
    assertThat(b.copyOf()).containsExactly(-1, 0, -1, -1);
    assertThat(b.votes().get(1).copy()).isTrue();
    assertThat(b.votes().get(0).authority()).isEqualTo(StanceVote.Authority.CHECK);
    assertThat(b.votes().get(0).stance().supports()).isGreaterThanOrEqualTo(0.75);
    assertThat(b.votes().get(2).authority()).isEqualTo(StanceVote.Authority.CHECK);
    assertThat(b.votes().get(2).stance().refutes()).isGreaterThanOrEqualTo(0.85);
    assertThat(b.votes().get(3).authority()).isEqualTo(StanceVote.Authority.MODEL);
    assertThat(b.votes().get(3).weight()).isEqualTo(1.0);
  }

  @Test
  void figuresForSomethingElseAndOldPassagesWeighLess() {
    Instant article = Instant.parse("2026-06-01T00:00:00Z");
    List<String> texts =
        List.of("The bridge is 214 kilometres from the coast.", "The council met on Monday.");
    Votes.Built b =
        Votes.of(
            "The council built 214 homes.",
            texts,
            Arrays.asList(Instant.parse("2020-01-01T00:00:00Z"), null),
            article,
            List.of(NEUTRAL, NEUTRAL));
    assertThat(b.votes().get(0).weight()).isEqualTo(0.85 * 0.5);
    assertThat(b.votes().get(0).stance().note()).contains("its figures are for something else");
    assertThat(b.votes().get(1).weight()).isEqualTo(1.0);
  }

  @Test
  void whenAChecksFixesTheVerdictOnlyStanceDependentVotesNeedTheModel() {
    String claim = "The port handled 2.4 million containers last year.";
    List<String> texts =
        List.of(
            "The port handled 1.1 million containers last year, the harbour office said.",
            "The port handled 1.1 million containers last year, the harbour office said on Monday.",
            "Ferry traffic to the islands was steady.",
            "The port handled 2.4 million containers last year.");
    Votes.Checked c = Votes.check(claim, texts, null, null);
    assertThat(c.authorityFixed()).isTrue();
    // a fixed refutation, its near-copy, a model vote, a fixed confirmation: none can move it
    assertThat(c.stanceMatters(0)).isFalse();
    assertThat(c.stanceMatters(1)).isFalse();
    assertThat(c.stanceMatters(2)).isFalse();
    assertThat(c.stanceMatters(3)).isFalse();
    // the same verdict whatever the stances: REFUTED and SUPPORTED authorities, so CONFLICTING
    StanceResult sure = StanceResult.of(new double[] {0.98, 0.01, 0.01}, "");
    StanceResult none = StanceResult.of(new double[] {0.01, 0.01, 0.98}, "");
    var agg = org.factdesk.verify.StanceAggregator.standard();
    assertThat(agg.aggregate(Votes.of(c, List.of(none, none, none, none)).votes()).verdict())
        .isEqualTo(agg.aggregate(Votes.of(c, List.of(sure, sure, sure, sure)).votes()).verdict());
  }

  @Test
  void withoutAFixedAuthorityEveryIndependentPassageMatters() {
    String claim = "The port handled 2.4 million containers last year.";
    List<String> texts =
        List.of(
            "Ferry traffic to the islands was steady, the harbour office said.",
            "Ferry traffic to the islands was steady, the harbour office said on Monday.",
            "The harbour was busy.");
    Votes.Checked c = Votes.check(claim, texts, null, null);
    assertThat(c.authorityFixed()).isFalse();
    assertThat(c.stanceMatters(0)).isTrue();
    assertThat(c.stanceMatters(1)).isFalse(); // a near-copy is not counted
    assertThat(c.stanceMatters(2)).isTrue();
  }

  @Test
  void oneStancePerPassage() {
    assertThatThrownBy(() -> Votes.of("c", List.of("a", "b"), null, null, List.of(NEUTRAL)))
        .hasMessageContaining("one stance per passage expected, got 1 for 2");
  }

  @Test
  void anOlderReportOfAChangingFigureIsSetAside() {
    Instant article = Instant.parse("2026-11-20T18:00:00Z");
    List<String> texts =
        List.of(
            "The floods in Marlow have killed 12 people, police said on Tuesday.",
            "The regional government said the floods in Marlow have killed 23 people.");
    List<Instant> published =
        List.of(Instant.parse("2026-11-17T09:00:00Z"), Instant.parse("2026-11-20T09:00:00Z"));
    Votes.Built b =
        Votes.of(
            "The floods in Marlow have killed 23 people.",
            texts,
            published,
            article,
            List.of(NEUTRAL, NEUTRAL));
    assertThat(b.votes().get(0).authority()).isEqualTo(StanceVote.Authority.MODEL);
    assertThat(b.votes().get(0).stance().note()).contains("older report");
    assertThat(b.findings().get(0)).anyMatch(f -> f.check().equals("recency"));
    assertThat(b.votes().get(1).authority()).isEqualTo(StanceVote.Authority.CHECK);
    // undated, both stay: the verdict is the aggregator's (CONFLICTING)
    b =
        Votes.of(
            "The floods in Marlow have killed 23 people.",
            texts,
            null,
            article,
            List.of(NEUTRAL, NEUTRAL));
    assertThat(b.votes()).allMatch(v -> v.authority() == StanceVote.Authority.CHECK);
  }

  @Test
  void aReportSetAsideSetsNoOtherAside() {
    Instant article = Instant.parse("2026-11-20T18:00:00Z");
    // the middle report (open) is set aside by the newest (closed); it then sets aside none
    List<String> texts =
        List.of(
            "The Grauberg pass road is open again, the canton said.",
            "The Grauberg pass road remains closed, the police said.",
            "Engineers said the Grauberg pass road remains closed after the avalanche.");
    List<Instant> published =
        List.of(
            Instant.parse("2026-11-18T09:00:00Z"),
            Instant.parse("2026-11-16T09:00:00Z"),
            Instant.parse("2026-11-20T09:00:00Z"));
    Votes.Built b =
        Votes.of(
            "The Grauberg pass road remains closed.",
            texts,
            published,
            article,
            List.of(NEUTRAL, NEUTRAL, NEUTRAL));
    assertThat(b.findings().get(0)).anyMatch(f -> f.check().equals("recency"));
    assertThat(b.findings().get(1)).noneMatch(f -> f.check().equals("recency"));
    assertThat(b.findings().get(2)).noneMatch(f -> f.check().equals("recency"));
  }

  @Test
  void twoSourcesFiguresForOneMarchBothCount() {
    Instant article = Instant.parse("2026-12-08T12:00:00Z");
    List<String> texts =
        List.of(
            "About 3,000 people marched through Brenna on Sunday, organisers said.",
            "Police said about 2,200 people took part in Sunday's march in Brenna.");
    List<Instant> published =
        List.of(Instant.parse("2026-12-06T18:00:00Z"), Instant.parse("2026-12-07T08:00:00Z"));
    Votes.Checked c =
        Votes.check(
            "About 3,000 people joined Sunday's march in Brenna.", texts, published, article);
    assertThat(c.setAside()).containsOnlyNulls();
    assertThat(c.authority()).containsOnly(StanceVote.Authority.CHECK);
  }

  @Test
  void aPassageOfALaterDayIsShownButDoesNotVote() {
    Instant article = Instant.parse("2026-12-05T09:00:00Z");
    List<String> texts =
        List.of(
            "The protest group has raised 25,000 euros, its treasurer said.",
            "The protest group has raised 60,000 euros so far.");
    List<Instant> published =
        List.of(Instant.parse("2026-12-08T10:00:00Z"), Instant.parse("2026-12-05T20:00:00Z"));
    Votes.Checked c =
        Votes.check("The protest group has raised 60,000 euros.", texts, published, article);
    assertThat(c.setAside().get(0)).contains("published after the article's day");
    assertThat(c.authority().get(0)).isEqualTo(StanceVote.Authority.MODEL);
    // the same day's report counts
    assertThat(c.setAside().get(1)).isNull();
    assertThat(c.authority().get(1)).isEqualTo(StanceVote.Authority.CHECK);
  }

  @Test
  void aPassageThatOnlyRepeatsARumourDoesNotVote() {
    Instant article = Instant.parse("2026-12-05T09:00:00Z");
    List<String> texts =
        List.of(
            "Posts on social media claim that the Dunmore plant dumps 40 tonnes of waste a week.",
            "Inspectors said the Dunmore plant produces about 6 tonnes of waste a week.");
    List<Instant> published =
        List.of(Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-28T10:00:00Z"));
    Votes.Checked c =
        Votes.check(
            "The Dunmore plant dumps 40 tonnes of waste a week.", texts, published, article);
    assertThat(c.setAside().get(0)).contains("only repeats what posts said");
    assertThat(c.authority().get(0)).isEqualTo(StanceVote.Authority.MODEL);
    assertThat(c.findings().get(0)).anyMatch(f -> f.check().equals("hearsay"));
    assertThat(c.setAside().get(1)).isNull();
    // a claim about the rumour itself is confirmed by the passage that reports it
    Votes.Checked about =
        Votes.check(
            "Posts on social media claim that the Dunmore plant dumps 40 tonnes of waste a week.",
            texts,
            published,
            article);
    assertThat(about.setAside().get(0)).isNull();
  }

  @Test
  void anOlderDateIsSetAsideByANewerOneThatCallsItselfAnUpdate() {
    Instant article = Instant.parse("2026-12-05T09:00:00Z");
    List<String> texts =
        List.of(
            "The board renewed the quarry's permit, which runs until 2031.",
            "The board has cut the quarry's permit, which now runs until 2029.");
    List<Instant> published =
        List.of(Instant.parse("2020-03-01T10:00:00Z"), Instant.parse("2026-10-01T10:00:00Z"));
    Votes.Checked c =
        Votes.check("The quarry's permit runs until 2031.", texts, published, article);
    assertThat(c.setAside().get(0)).contains("date that was changed");
    assertThat(c.setAside().get(1)).isNull();
    // without an update word the two are two accounts: both count
    Votes.Checked two =
        Votes.check(
            "The quarry's permit runs until 2031.",
            List.of(texts.get(0), "The board said the quarry's permit runs until 2029."),
            published,
            article);
    assertThat(two.setAside()).containsOnlyNulls();
  }

  @Test
  void aWrongTitleIsNotOutweighedByWhatWasSaid() {
    List<String> texts =
        List.of(
            "Hilde Moen, the library's treasurer, said the waiting list had been closed.",
            "The waiting list for new members has been closed, Hilde Moen said.");
    Votes.Checked c =
        Votes.check(
            "The library's chair, Hilde Moen, said the waiting list had been closed.",
            texts,
            null,
            null);
    assertThat(c.findings().get(0)).anyMatch(f -> f.outcome().equals("disagrees"));
    assertThat(c.findings().get(1)).noneMatch(f -> f.outcome().equals("agrees"));
  }
}
