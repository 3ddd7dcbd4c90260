package org.factdesk.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small deterministic encoder for tests: a hashed bag of words in 64 dimensions, where a few
 * synonyms map to the same word, so that the vector ranking finds what BM25 cannot.
 */
public final class TestEncoder implements PassageEncoder {
  static final Map<String, String> SYNONYMS =
      Map.of("automobile", "car", "vehicle", "car", "physician", "doctor", "medic", "doctor");

  private final String poison;

  public TestEncoder() {
    this(null);
  }

  /** An encoder that fails on any text containing {@code poison}. */
  public TestEncoder(String poison) {
    this.poison = poison;
  }

  @Override
  public float[][] encode(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (poison != null && t.contains(poison)) {
        throw new IllegalStateException("test encoder refuses '" + poison + "'");
      }
      float[] v = new float[64];
      for (String w : org.factdesk.evidence.internal.MinHash.words(t)) {
        String word = SYNONYMS.getOrDefault(w.toLowerCase(Locale.ROOT), w);
        if (word.length() <= 3) {
          continue;
        }
        int h = word.hashCode();
        v[Math.floorMod(h, 64)] += 1f;
      }
      double n = 0;
      for (float f : v) {
        n += f * f;
      }
      if (n == 0) {
        v[0] = 1;
      } else {
        for (int j = 0; j < v.length; j++) {
          v[j] /= (float) Math.sqrt(n);
        }
      }
      out[i] = v;
    }
    return out;
  }

  @Override
  public int dimension() {
    return 64;
  }

  @Override
  public String name() {
    return "test-hashed-words";
  }
}
