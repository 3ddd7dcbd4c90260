package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelevanceTest {
  @Test
  void aSentenceReadAfterItsAntecedentIsScoredWithBothVectors() {
    float[] query = {1, 0, 0};
    float[] before = {1, 0, 0}; // names the claim's subject
    float[] own = {0, 1, 0}; // "Their last strike ...": nothing of whose
    double alone = PairFeatures.cosine(query, own);
    double joined = PairFeatures.cosine(query, Relevance.joined(before, own));
    assertThat(alone).isZero();
    assertThat(joined).isCloseTo(Math.sqrt(0.5), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(Relevance.joined(before, own))
        .containsExactly((float) Math.sqrt(0.5), (float) Math.sqrt(0.5), 0f);
  }

  @Test
  void withoutAnAntecedentOrWithAnotherLengthTheOwnVectorIsKept() {
    float[] own = {0, 1, 0};
    assertThat(Relevance.joined(null, own)).isSameAs(own);
    assertThat(Relevance.joined(new float[] {1, 0}, own)).isSameAs(own);
    assertThat(Relevance.joined(new float[] {0, -1, 0}, own)).isSameAs(own);
  }
}
