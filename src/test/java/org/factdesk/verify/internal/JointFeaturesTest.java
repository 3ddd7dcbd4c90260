package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.factdesk.nlp.Embedder.PairStates;
import org.junit.jupiter.api.Test;

class JointFeaturesTest {
  private static float[] e(int i) {
    float[] v = new float[4];
    v[i] = 2; // not unit length: the features normalise
    return v;
  }

  private static double align(float[] f, String name) {
    return f[8 + JointFeatures.ALIGN_NAMES.indexOf(name)];
  }

  @Test
  void alignsClaimPiecesWithPassagePieces() {
    // [CLS] homes 214 [SEP] homes not 124 [SEP]: "homes" matches, "214" has no match, and the
    // passage negates next to the matched piece
    PairStates s =
        new PairStates(
            List.of("[CLS]", "homes", "214", "[SEP]", "homes", "not", "124", "[SEP]"),
            4,
            new float[][] {{1, 1, 0, 0}, e(0), e(1), e(3), e(0), e(3), e(2), e(3)});
    float[] f = JointFeatures.of(s);
    assertThat(f).hasSize(JointFeatures.length(4));
    assertThat(f[0] * f[0] + f[1] * f[1] + f[2] * f[2] + f[3] * f[3]).isCloseTo(1f, within(1e-5f));
    assertThat(f[4]).isCloseTo((float) Math.sqrt(0.5), within(1e-5f)); // [CLS], normalised
    assertThat(align(f, "claim_align_mean")).isCloseTo(0.5, within(1e-6));
    assertThat(align(f, "claim_align_min")).isCloseTo(0, within(1e-6));
    assertThat(align(f, "claim_align_below_0.6")).isEqualTo(0.5);
    assertThat(align(f, "claim_pieces_exact")).isEqualTo(0.5);
    assertThat(align(f, "passage_align_mean")).isCloseTo(0.5, within(1e-6));
    assertThat(align(f, "claim_has_digits")).isEqualTo(1);
    assertThat(align(f, "claim_digits_missing")).isEqualTo(1);
    assertThat(align(f, "negation_near_match")).isEqualTo(1);
    assertThat(align(f, "claim_negated_pieces")).isZero();
    assertThat(align(f, "passage_negated_pieces")).isEqualTo(1);
  }

  @Test
  void aCopyOfTheClaimIsFullyAligned() {
    PairStates s =
        new PairStates(
            List.of("[CLS]", "the", "plant", "cost", "[SEP]", "plant", "cost", "[SEP]"),
            5,
            new float[][] {e(0), e(0), e(1), e(2), e(3), e(1), e(2), e(3)});
    float[] f = JointFeatures.of(s);
    assertThat(align(f, "claim_align_mean")).isCloseTo(1, within(1e-6));
    assertThat(align(f, "claim_pieces_exact")).isEqualTo(1); // "the" is a stop word
    assertThat(align(f, "claim_has_digits")).isZero();
    assertThat(align(f, "negation_near_match")).isZero();
  }

  @Test
  void readsSplitContractionsAsNegation() {
    List<String> p = List.of("[CLS]", "it", "didn", "'", "t", "rain", "[SEP]");
    assertThat(JointFeatures.negation(p, 4)).isTrue();
    assertThat(JointFeatures.negation(p, 5)).isFalse();
    assertThat(JointFeatures.content("##able")).isTrue();
    assertThat(JointFeatures.content("[SEP]")).isFalse();
    assertThat(JointFeatures.content(",")).isFalse();
    assertThat(JointFeatures.digit("##42")).isTrue();
  }

  @Test
  void cosinesAreTheSameSumsAsOneDotProductAtATime() {
    // 3 claim pieces against 7 passage pieces (four at a time, then the rest), 384 values each:
    // every cosine must be the very same double as the plain loop's
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    float[][] unit = new float[12][384];
    for (float[] v : unit) {
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (r.nextDouble() * 2 - 1);
      }
    }
    int sep = 4;
    int end = 11;
    double[][] cos = JointFeatures.cosines(unit, sep, end);
    for (int c = 1; c < sep - 1; c++) {
      for (int q = sep; q < end; q++) {
        assertThat(cos[c][q - sep]).isEqualTo(JointFeatures.dot(unit[c], unit[q]));
      }
    }
  }
}
