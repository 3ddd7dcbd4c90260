package org.factdesk.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.factdesk.verify.JointEncoder;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.TextEmbedder;
import org.factdesk.verify.internal.TextSignals;

/** Embeds the texts of many pairs once each (batched) and builds their stance feature vectors. */
final class PairEncoder {
  private static final int BATCH = 64;

  private PairEncoder() {}

  static float[][] features(List<PairExample> pairs, TextEmbedder embedder) {
    return features(pairs, embedder, null);
  }

  /** As {@link #features(List, TextEmbedder)}, each followed by its joint block when given. */
  static float[][] features(List<PairExample> pairs, TextEmbedder embedder, JointEncoder joint) {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (PairExample p : pairs) {
      unique.add(clip(p.claim()));
      unique.add(clip(p.evidence()));
    }
    List<String> texts = new ArrayList<>(unique);
    Map<String, float[]> vec = new HashMap<>();
    for (int i = 0; i < texts.size(); i += BATCH) {
      List<String> batch = texts.subList(i, Math.min(texts.size(), i + BATCH));
      float[][] v = embedder.embed(batch);
      for (int j = 0; j < batch.size(); j++) {
        vec.put(batch.get(j), v[j]);
      }
    }
    float[][] x = new float[pairs.size()][];
    for (int i = 0; i < pairs.size(); i++) {
      PairExample p = pairs.get(i);
      String c = clip(p.claim());
      String e = clip(p.evidence());
      x[i] = StanceModel.features(vec.get(c), vec.get(e), TextSignals.of(c), TextSignals.of(e));
    }
    if (joint != null) {
      List<String> cs = new ArrayList<>(pairs.size());
      List<String> es = new ArrayList<>(pairs.size());
      for (PairExample p : pairs) {
        cs.add(clip(p.claim()));
        es.add(clip(p.evidence()));
      }
      float[][] blocks = joint.encode(cs, es);
      for (int i = 0; i < x.length; i++) {
        x[i] = StanceModel.concat(x[i], blocks[i]);
      }
    }
    return x;
  }

  static String clip(String s) {
    return s.length() <= 2_000 ? s : s.substring(0, 2_000);
  }
}
