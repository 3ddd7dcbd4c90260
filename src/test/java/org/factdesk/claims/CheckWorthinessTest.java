package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.claims.internal.LinearModel;
import org.junit.jupiter.api.Test;

class CheckWorthinessTest {
  private static final String FACT =
      "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years.";
  private static final String OPINION = "I think we should all be very proud tonight.";

  @Test
  void explanationShowsTheEmbeddingContribution() {
    CheckWorthiness cw = CheckWorthiness.shared();
    float[] e = CheckWorthiness.shared().embed(List.of(FACT))[0];
    CheckWorthiness.Score s = cw.score(FACT, ClaimStructure.of(FACT, null), e);
    double expected = CheckWorthiness.BLEND.embedding() * cw.embeddingLogit(e);
    assertThat(s.signals())
        .filteredOn(g -> g.name().equals("embedding:" + CheckWorthiness.EMBEDDING_MODEL))
        .singleElement()
        .satisfies(g -> assertThat(g.weight()).isCloseTo(expected, within(1e-4)));
    assertThat(CheckWorthiness.describe(s))
        .contains("embedding:" + CheckWorthiness.EMBEDDING_MODEL);
  }

  @Test
  void embeddingTermMovesTheScore() {
    float[] e = CheckWorthiness.shared().embed(List.of(FACT))[0];
    CheckWorthiness.Signals none = new CheckWorthiness.Signals(false, false, false, false);
    CheckWorthiness.Blend blend = CheckWorthiness.BLEND;
    double with = CheckWorthiness.score(0, List.of(), 2.0, none, blend).value();
    assertThat(with).isCloseTo(LinearModel.sigmoid(2.0 * blend.embedding()), within(1e-4));
    assertThat(CheckWorthiness.shared().embeddingLogit(e)).isFinite();
  }

  @Test
  void factScoresAboveOpinionAndBatchMatchesSingle() {
    CheckWorthiness cw = CheckWorthiness.shared();
    float[][] batch = cw.embed(List.of(FACT, OPINION));
    double fact = cw.score(FACT, ClaimStructure.of(FACT, null), batch[0]).value();
    double opinion = cw.score(OPINION, ClaimStructure.of(OPINION, null), batch[1]).value();
    assertThat(fact).isGreaterThan(cw.threshold());
    assertThat(opinion).isLessThan(cw.threshold());
    double single = cw.score(FACT, ClaimStructure.of(FACT, null)).value();
    assertThat(single).isCloseTo(fact, within(0.02));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
