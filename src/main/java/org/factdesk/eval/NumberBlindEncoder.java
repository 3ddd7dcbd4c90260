package org.factdesk.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.factdesk.evidence.PassageEncoder;

/**
 * For building a large benchmark index in reasonable time: texts that differ only in their figures
 * (digits) share one real embedding, computed for the first of them, plus a small seeded noise per
 * text (Gaussian, sigma {@value #NOISE} per dimension, renormalised: cosine to the shared vector
 * about 0.995), so that no two passages have the same vector. Not for anything but benchmarks.
 */
final class NumberBlindEncoder implements PassageEncoder {
  static final double NOISE = 0.005;
  private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");

  private final PassageEncoder inner;
  private final long seed;
  private final Map<String, float[]> byShape = new HashMap<>();
  private long embedded;

  NumberBlindEncoder(PassageEncoder inner, long seed) {
    this.inner = inner;
    this.seed = seed;
  }

  static String shape(String text) {
    return FIGURE.matcher(text).replaceAll("#");
  }

  @Override
  public synchronized float[][] encode(List<String> texts) {
    LinkedHashMap<String, String> missing = new LinkedHashMap<>(); // shape -> first text
    for (String t : texts) {
      String k = shape(t);
      if (!byShape.containsKey(k)) {
        missing.putIfAbsent(k, t);
      }
    }
    if (!missing.isEmpty()) {
      List<String> real = new ArrayList<>(missing.values());
      float[][] v = inner.encode(real);
      embedded += real.size();
      int i = 0;
      for (String k : missing.keySet()) {
        byShape.put(k, v[i++]);
      }
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      float[] base = byShape.get(shape(t));
      SplittableRandom r = new SplittableRandom(seed * 31 + t.hashCode());
      float[] v = new float[base.length];
      double norm = 0;
      for (int j = 0; j < v.length; j++) {
        v[j] = (float) (base[j] + NOISE * gaussian(r));
        norm += v[j] * v[j];
      }
      float inv = (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < v.length; j++) {
        v[j] *= inv;
      }
      out[i] = v;
    }
    return out;
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble(); // (0, 1]
    double w = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }

  /** Texts the real model embedded so far. */
  synchronized long embedded() {
    return embedded;
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public String name() {
    return inner.name(); // the vectors are (noisy copies of) the real model's
  }
}
