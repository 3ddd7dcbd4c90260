package org.factdesk.verify;

import java.util.List;
import org.factdesk.nlp.Embedder;
import org.factdesk.verify.internal.JointFeatures;

/**
 * Encodes (claim, passage) pairs jointly, the two texts attending to each other, into the feature
 * block of {@link JointFeatures}: one model call per pair, unlike sentence vectors that are
 * computed once per text.
 */
@FunctionalInterface
public interface JointEncoder {
  /** One feature block per pair, in order. */
  float[][] encode(List<String> claims, List<String> passages);

  /** The shipped sentence model run on each pair. */
  static JointEncoder of(Embedder embedder) {
    return (claims, passages) -> {
      List<Embedder.PairStates> states = embedder.encodePairs(claims, passages);
      float[][] out = new float[states.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = JointFeatures.of(states.get(i));
      }
      return out;
    };
  }
}
