package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.verify.TextEmbedder;

/**
 * Remembers the embeddings of the last {@code capacity} texts, so that a sentence embedded to rank
 * it as evidence is not embedded again to judge its stance. Thread-safe.
 */
public final class CachingEmbedder implements TextEmbedder {
  private final TextEmbedder embedder;
  private final Map<String, float[]> cache;

  public CachingEmbedder(TextEmbedder embedder, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.embedder = embedder;
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * Remembers a vector computed elsewhere by the same model (e.g. stored in the evidence index), so
   * that {@link #embed} returns it instead of embedding the text.
   */
  public void put(String text, float[] vector) {
    if (text == null || vector == null) {
      throw new IllegalArgumentException("text and vector must not be null");
    }
    synchronized (cache) {
      cache.putIfAbsent(text, vector);
    }
  }

  /** Whether the vector of {@code text} is remembered. */
  public boolean contains(String text) {
    synchronized (cache) {
      return cache.containsKey(text);
    }
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<String> missing = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    synchronized (cache) {
      for (int i = 0; i < texts.size(); i++) {
        float[] v = cache.get(texts.get(i));
        if (v == null) {
          missing.add(texts.get(i));
          where.add(i);
        } else {
          out[i] = v;
        }
      }
    }
    if (!missing.isEmpty()) {
      float[][] v = embedder.embed(missing);
      synchronized (cache) {
        for (int j = 0; j < v.length; j++) {
          out[where.get(j)] = v[j];
          cache.put(missing.get(j), v[j]);
        }
      }
    }
    return out;
  }
}
