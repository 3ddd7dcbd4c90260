package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.verify.internal.PooledModel;
import org.junit.jupiter.api.Test;

class StanceAggregatorTest {
  private final StanceAggregator rule = StanceAggregator.strongestPassage(0.5, 0.5);

  /**
   * A hand-made pooled model: SUPPORTED grows with the mean and count of support, REFUTED with
   * those of refutation, UNVERIFIED is the default.
   */
  private static PooledModel model(double conflict, double abstain) {
    double[] zero = new double[6];
    double[] one = {1, 1, 1, 1, 1, 1};
    double[][] w = {
      {0, 1, 0, 4, 0, 1, 0}, // SUPPORTED: bias, max_s, max_r, mean_s, mean_r, n_s, n_r
      {0, 0, 1, 0, 4, 0, 1},
      {1.5, 0, 0, 0, 0, 0, 0}
    };
    return new PooledModel(zero, one, w, 1, conflict, abstain);
  }

  private final StanceAggregator pooled = new StanceAggregator(model(1, 0), null);

  private static StanceVote vote(double s, double r, double w) {
    return new StanceVote(StanceResult.of(new double[] {s, r, 1 - s - r}, ""), w);
  }

  private static StanceVote check(double s, double r) {
    return new StanceVote(
        StanceResult.of(new double[] {s, r, 1 - s - r}, "check"),
        1,
        false,
        StanceVote.Authority.CHECK);
  }

  @Test
  void nothingIsUnverified() {
    assertThat(pooled.aggregate(List.of()).verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(rule.aggregate(List.of()).verdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void weakEvidenceIsUnverified() {
    assertThat(pooled.aggregate(List.of(vote(0.3, 0.2, 1))).verdict())
        .isEqualTo(Verdict.UNVERIFIED);
    assertThat(rule.aggregate(List.of(vote(0.4, 0.3, 1))).verdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void oneLooseRefutationAmongSupportsDoesNotDecide() {
    List<StanceVote> v =
        List.of(vote(0.8, 0.1, 1), vote(0.75, 0.1, 1), vote(0.7, 0.2, 1), vote(0.1, 0.55, 1));
    StanceAggregator.Outcome o = pooled.aggregate(v);
    assertThat(o.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(o.supporting()).isEqualTo(3);
    assertThat(o.refuting()).isEqualTo(1);
    assertThat(o.basis()).isEqualTo(StanceAggregator.Basis.POOLED);
    // the strongest-passage rule called the same votes CONFLICTING
    assertThat(rule.aggregate(v).verdict()).isEqualTo(Verdict.CONFLICTING);
  }

  @Test
  void nearCopiesAreCountedOnce() {
    StanceVote refute = vote(0.1, 0.8, 1);
    StanceVote copy =
        new StanceVote(refute.stance(), refute.weight(), true, StanceVote.Authority.MODEL);
    List<StanceVote> v = new ArrayList<>(List.of(vote(0.8, 0.1, 1), vote(0.8, 0.1, 1), refute));
    List<StanceVote> copies = new ArrayList<>(v);
    for (int i = 0; i < 5; i++) {
      copies.add(copy);
    }
    assertThat(pooled.aggregate(copies).refuting()).isEqualTo(1);
    assertThat(PooledModel.features(copies)).containsExactly(PooledModel.features(v));
  }

  @Test
  void bothStrongIsConflictingWhenTheModelSaysSo() {
    StanceAggregator agg = new StanceAggregator(model(0.3, 0), null);
    StanceAggregator.Outcome o = agg.aggregate(List.of(vote(0.9, 0.05, 1), vote(0.05, 0.9, 1)));
    assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
  }

  @Test
  void abstainsBelowTheThreshold() {
    List<StanceVote> v = List.of(vote(0.6, 0.1, 1), vote(0.2, 0.1, 1));
    assertThat(pooled.aggregate(v).verdict()).isEqualTo(Verdict.SUPPORTED);
    StanceAggregator cautious = new StanceAggregator(model(1, 0.9), null);
    assertThat(cautious.aggregate(v).verdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void aDisagreeingCheckKeepsItsAuthority() {
    List<StanceVote> v =
        List.of(vote(0.9, 0.05, 1), vote(0.85, 0.05, 1), vote(0.8, 0.05, 1), check(0.03, 0.85));
    StanceAggregator.Outcome o = pooled.aggregate(v);
    assertThat(o.verdict()).isEqualTo(Verdict.REFUTED);
    assertThat(o.basis()).isEqualTo(StanceAggregator.Basis.AUTHORITY);
    assertThat(o.refuteIndex()).isEqualTo(3);
    assertThat(o.confidence()).isEqualTo(0.85, within(1e-9));
  }

  @Test
  void authoritiesOnBothSidesConflict() {
    // "X said N" confirmed by one source, N itself contradicted by another
    StanceAggregator.Outcome o = pooled.aggregate(List.of(check(0.8, 0.1), check(0.03, 0.9)));
    assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
    assertThat(o.supportIndex()).isZero();
    assertThat(o.refuteIndex()).isEqualTo(1);
  }

  @Test
  void aDownWeightedCheckIsNotAnAuthority() {
    StanceVote half =
        new StanceVote(
            StanceResult.of(new double[] {0.03, 0.85, 0.12}, ""),
            0.5,
            false,
            StanceVote.Authority.CHECK);
    StanceAggregator.Outcome o = pooled.aggregate(List.of(half, vote(0.8, 0.1, 1)));
    assertThat(o.basis()).isEqualTo(StanceAggregator.Basis.POOLED);
  }

  @Test
  void aDownWeightedCopyDoesNotCountForTheRule() {
    assertThat(rule.aggregate(List.of(vote(0.1, 0.8, 0.3), vote(0.9, 0.05, 1))).verdict())
        .isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void theShippedParametersLoad() {
    StanceAggregator s = StanceAggregator.standard();
    assertThat(s.problem()).isNull();
    assertThat(s.model()).isNotNull();
    double[] p = s.model().probabilities(List.of(vote(0.9, 0.05, 1), vote(0.8, 0.1, 1)));
    assertThat(p[0]).isGreaterThan(p[1]);
    assertThat(p[0] + p[1] + p[2]).isEqualTo(1, within(1e-9));
  }

  @Test
  void parametersRoundTripAndAreValidated() {
    PooledModel m = model(0.3, 0.45);
    java.util.Properties p = new java.util.Properties();
    try {
      p.load(new java.io.StringReader(m.toProperties()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(PooledModel.of(p)).isEqualTo(m);
    p.setProperty("features", "max_support");
    assertThatThrownBy(() -> PooledModel.of(p)).hasMessageContaining("features must be");
    assertThatThrownBy(() -> StanceAggregator.strongestPassage(0, 0.5))
        .hasMessageContaining("thresholds must be in (0, 1), got 0.0");
    assertThatThrownBy(() -> model(0, 0)).hasMessageContaining("conflict must be in (0, 1]");
  }

  @Test
  void aDisputedFigureIsConflictingEvenAlone() {
    StanceVote disputed =
        new StanceVote(
            StanceResult.of(new double[] {0.5, 0.5, 0}, "disputed"),
            1,
            false,
            StanceVote.Authority.DISPUTE);
    for (StanceAggregator a : List.of(rule, pooled)) {
      StanceAggregator.Outcome o = a.aggregate(List.of(disputed, vote(0.1, 0.1, 1)));
      assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
      assertThat(o.basis()).isEqualTo(StanceAggregator.Basis.AUTHORITY);
    }
    // a near-copy of a disputing passage does not decide
    StanceVote copy =
        new StanceVote(
            StanceResult.of(new double[] {0.5, 0.5, 0}, "disputed"),
            1,
            true,
            StanceVote.Authority.DISPUTE);
    assertThat(rule.aggregate(List.of(copy)).basis())
        .isNotEqualTo(StanceAggregator.Basis.AUTHORITY);
  }

  @Test
  void aMixedRatingIsEvidenceBothWaysEvenBesideAnAgreeingCheck() {
    StanceVote mixed =
        new StanceVote(
            StanceResult.of(new double[] {0.4, 0.4, 0.2}, "previously checked: Half true"),
            1,
            false,
            StanceVote.Authority.MIXED_RATING);
    StanceAggregator.Outcome o = pooled.aggregate(List.of(check(0.8, 0.1), mixed));
    assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
    assertThat(o.basis()).isEqualTo(StanceAggregator.Basis.AUTHORITY);
    assertThat(rule.aggregate(List.of(mixed)).verdict()).isEqualTo(Verdict.CONFLICTING);
  }
}
