package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceAggregatorTest {
  private final StanceAggregator agg = new StanceAggregator(0.5, 0.5);

  private static StanceVote vote(double s, double r, double w) {
    return new StanceVote(StanceResult.of(new double[] {s, r, 1 - s - r}, ""), w);
  }

  @Test
  void nothingIsUnverified() {
    assertThat(agg.aggregate(List.of()).verdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void weakEvidenceIsUnverified() {
    assertThat(agg.aggregate(List.of(vote(0.4, 0.3, 1))).verdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void bothWaysIsConflicting() {
    StanceAggregator.Outcome o = agg.aggregate(List.of(vote(0.8, 0.1, 1), vote(0.1, 0.7, 1)));
    assertThat(o.verdict()).isEqualTo(Verdict.CONFLICTING);
    assertThat(o.confidence()).isEqualTo(0.7, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void aDownWeightedCopyDoesNotCount() {
    assertThat(agg.aggregate(List.of(vote(0.1, 0.8, 0.3), vote(0.9, 0.05, 1))).verdict())
        .isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void refusesBadThresholds() {
    assertThatThrownBy(() -> new StanceAggregator(0, 0.5))
        .hasMessageContaining("thresholds must be in (0, 1), got 0.0");
  }
}
