package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;
import org.factdesk.verify.Verdict;
import org.junit.jupiter.api.Test;

class AggregatorTrainerTest {
  private static final String[] GOLD = {"SUPPORTS", "REFUTES", "NOT_ENOUGH_INFO"};

  /** Five votes per claim: one or two lean to the gold side, the rest are noise. */
  private static List<List<StanceVote>> votes(List<ClaimExample> ex, long seed) {
    Random r = new Random(seed);
    List<List<StanceVote>> out = new ArrayList<>();
    for (ClaimExample c : ex) {
      List<StanceVote> v = new ArrayList<>();
      for (int j = 0; j < 5; j++) {
        double s = 0.1 + 0.3 * r.nextDouble();
        double f = 0.1 + 0.3 * r.nextDouble();
        if (j < 2 && c.gold().equals("SUPPORTS")) {
          s = 0.6 + 0.3 * r.nextDouble();
          f = 0.05;
        } else if (j < 2 && c.gold().equals("REFUTES")) {
          f = 0.6 + 0.3 * r.nextDouble();
          s = 0.05;
        }
        v.add(new StanceVote(StanceResult.of(new double[] {s, f, 1 - s - f}, ""), 1));
      }
      out.add(v);
    }
    return out;
  }

  private static List<ClaimExample> claims(int n) {
    List<ClaimExample> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ClaimExample("claim " + i, List.of("p"), GOLD[i % 3], "row " + i));
    }
    return out;
  }

  @Test
  void learnsToReadPooledVotesAndIsDeterministic() {
    List<ClaimExample> train = claims(90);
    List<ClaimExample> dev = claims(30);
    List<List<ClaimExample>> sets = List.of(train, dev, dev);
    List<List<List<StanceVote>>> votes = List.of(votes(train, 1), votes(dev, 2), votes(dev, 2));
    AggregatorTrainer.Settings st = new AggregatorTrainer.Settings(0.01, 500, 0.5);
    AggregatorTrainer.Trained t = AggregatorTrainer.train(sets, votes, st);
    StanceAggregator agg = new StanceAggregator(t.model(), null);
    int right = 0;
    for (int i = 0; i < dev.size(); i++) {
      Verdict v = agg.aggregate(votes.get(1).get(i)).verdict();
      String want = dev.get(i).gold();
      right += Benchmarks.CLIMATE_FEVER_LABELS.get(v).equals(want) ? 1 : 0;
    }
    assertThat(right).isGreaterThanOrEqualTo(27);
    assertThat(t.log()).contains("trained on 90 Check-COVID train claims");
    assertThat(AggregatorTrainer.train(sets, votes, st).model()).isEqualTo(t.model());
  }

  @Test
  void refusesSettingsThatDiverge() {
    assertThatThrownBy(() -> new AggregatorTrainer.Settings(3, 10, 0.5))
        .hasMessageContaining("learningRate * l2 must be < 1");
    assertThatThrownBy(() -> new AggregatorTrainer.Settings(0.1, 0, 0.5))
        .hasMessageContaining("epochs must be >= 1, got 0");
  }
}
