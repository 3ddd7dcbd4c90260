package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.nlp.Embedder;
import org.factdesk.verify.internal.JointFeatures;
import org.junit.jupiter.api.Test;

/**
 * The checker encodes the joint head's pairs of all claims of an article together, in padded
 * batches sorted by length, where it used to encode each claim's pairs on their own. The quantised
 * model's outputs depend a little on the batch (its activations are quantised per batch), so the
 * feature blocks are equal only within a tolerance; these are the measured bounds with a margin.
 */
class JointEncoderTest {
  private static final List<String> CLAIMS =
      List.of(
          "The storm damaged 214 homes, the fire service said.",
          "Unemployment fell to 4.2% in March.",
          "The mayor did not approve the new budget of $3.5 million for the harbour.",
          "Ridgeway has 12,000 residents.");

  private static final List<String> PASSAGES =
      List.of(
          "Fire crews counted 214 damaged houses after the storm on Tuesday.",
          "The jobless rate was 4.6% in March, the statistics office said.",
          "The council approved a harbour budget of 3.5 million dollars after the mayor signed"
              + " it on Friday, ending a dispute that had lasted since the spring.",
          "About 12,000 people live in Ridgeway.");

  /** Means and minima of cosines: move a little with the states. */
  private static final List<String> CONTINUOUS =
      List.of("claim_align_mean", "claim_align_min", "passage_align_mean");

  /**
   * Counts of cosines below a threshold, and negation near the best match: a piece whose cosine is
   * near the threshold (or two near-equal best matches) can flip, so these are not compared.
   */
  private static final List<String> THRESHOLDED =
      List.of("claim_align_below_0.6", "claim_align_below_0.8", "negation_near_match");

  @Test
  void pairsEncodedInOneBatchMatchPairsEncodedAlone() {
    JointEncoder enc = JointEncoder.of(Embedder.shared());
    float[][] together = enc.encode(CLAIMS, PASSAGES);
    int dim = Embedder.shared().dimension();
    for (int i = 0; i < CLAIMS.size(); i++) {
      float[] alone = enc.encode(List.of(CLAIMS.get(i)), List.of(PASSAGES.get(i)))[0];
      assertThat(together[i]).hasSize(JointFeatures.length(dim));
      // the mean-state and [CLS] blocks are unit vectors: compare by cosine
      assertThat(cosine(together[i], alone, 0, dim))
          .as("mean block, pair " + i)
          .isGreaterThan(0.98);
      assertThat(cosine(together[i], alone, dim, dim))
          .as("CLS block, pair " + i)
          .isGreaterThan(0.98);
      for (int k = 2 * dim; k < alone.length; k++) {
        String name = JointFeatures.ALIGN_NAMES.get(k - 2 * dim);
        if (CONTINUOUS.contains(name)) {
          assertThat((double) together[i][k])
              .as(name + ", pair " + i)
              .isCloseTo(alone[k], org.assertj.core.api.Assertions.within(0.05));
        } else if (!THRESHOLDED.contains(name)) {
          // pieces and digits only: the states do not enter
          assertThat(together[i][k]).as(name + ", pair " + i).isEqualTo(alone[k]);
        }
      }
    }
  }

  @Test
  void theOrderOfPairsInACallDoesNotMatterBeyondTheBatchTolerance() {
    JointEncoder enc = JointEncoder.of(Embedder.shared());
    List<String> c = new ArrayList<>(CLAIMS);
    List<String> p = new ArrayList<>(PASSAGES);
    float[][] forward = enc.encode(c, p);
    java.util.Collections.reverse(c);
    java.util.Collections.reverse(p);
    float[][] backward = enc.encode(c, p);
    int n = c.size();
    for (int i = 0; i < n; i++) {
      // the encoder sorts by length: the same batch either way, so the same floats
      assertThat(backward[n - 1 - i]).containsExactly(forward[i]);
    }
  }

  private static double cosine(float[] a, float[] b, int from, int len) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int k = from; k < from + len; k++) {
      ab += a[k] * b[k];
      aa += a[k] * a[k];
      bb += b[k] * b[k];
    }
    return ab / Math.sqrt(aa * bb);
  }
}
