package org.factdesk.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.TextEmbedder;
import org.factdesk.verify.internal.TextSignals;

/** Embeds the texts of many pairs once each (batched) and builds their stance feature vectors. */
final class PairEncoder {
  private static final int BATCH = 64;

  private PairEncoder() {}

  static float[][] features(List<PairExample> pairs, TextEmbedder embedder) {
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
    return x;
  }

  static String clip(String s) {
    return s.length() <= 2_000 ? s : s.substring(0, 2_000);
  }
}
