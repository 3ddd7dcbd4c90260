package org.factdesk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The results of a pure function of a text (or of a text and a few settings) for the texts used
 * lately, least recently used out first; thread-safe. The checks of one article read the same claim
 * and passage many times (each of a claim's passages is checked for figures, dates, times, roles...
 * and each check reads the claim again), so the parts that depend on the text alone are computed
 * once. Values must be immutable: every caller gets the same object. Texts longer than {@link
 * #MAX_TEXT_CHARS} are computed each time and not remembered, so that the memo's size stays bounded
 * by its count of entries (a whole article as a key would keep it in memory).
 *
 * @param <K> the key: a text, or a record of a text and what else the result depends on
 * @param <V> the result
 */
public final class TextMemo<K, V> {
  private static final List<TextMemo<?, ?>> ALL = new CopyOnWriteArrayList<>();

  /** Longest text remembered. */
  public static final int MAX_TEXT_CHARS = 4_000;

  private final String name;
  private final ToIntFunction<? super K> textLength;
  private final Function<K, V> compute;
  private final Map<K, V> recent;
  private final java.util.concurrent.atomic.AtomicLong computedCount =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * @param name what is remembered, for messages
   * @param capacity most entries kept
   * @param textLength the length of a key's text (results for longer texts than {@link
   *     #MAX_TEXT_CHARS} are not remembered)
   * @param compute the function; must not return null
   */
  public TextMemo(
      String name, int capacity, ToIntFunction<? super K> textLength, Function<K, V> compute) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    if (compute == null || textLength == null) {
      throw new IllegalArgumentException("compute and textLength must not be null");
    }
    this.name = name;
    this.textLength = textLength;
    this.compute = compute;
    this.recent =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> e) {
            return size() > capacity;
          }
        };
    ALL.add(this);
  }

  /**
   * The result for {@code key}, computed outside the lock when it is not remembered (two threads
   * may then both compute it; the results are equal).
   */
  public V get(K key) {
    if (textLength.applyAsInt(key) > MAX_TEXT_CHARS) {
      return computed(key);
    }
    synchronized (recent) {
      V known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    V v = computed(key);
    synchronized (recent) {
      V first = recent.putIfAbsent(key, v);
      return first != null ? first : v;
    }
  }

  private V computed(K key) {
    computedCount.incrementAndGet();
    V v = compute.apply(key);
    if (v == null) {
      throw new IllegalStateException(name + " gave no result for " + key);
    }
    return v;
  }

  /** How many results are remembered. */
  public int size() {
    synchronized (recent) {
      return recent.size();
    }
  }

  /** How many results this memo has computed (not found remembered) since the JVM started. */
  public long computedCount() {
    return computedCount.get();
  }

  /**
   * Per memo of this JVM (by name, in creation order), how many results it has computed so far: a
   * benchmark's difference of two readings is the work an article caused.
   */
  public static Map<String, Long> computedCounts() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (TextMemo<?, ?> m : ALL) {
      out.merge(m.name, m.computedCount(), Long::sum);
    }
    return out;
  }

  /** Forgets everything. */
  public void clear() {
    synchronized (recent) {
      recent.clear();
    }
  }

  /**
   * Forgets the results of every memo of this JVM (a benchmark's next run then does the work of a
   * new article); returns their names.
   */
  public static List<String> clearAll() {
    List<String> names = new ArrayList<>();
    for (TextMemo<?, ?> m : ALL) {
      m.clear();
      names.add(m.name);
    }
    return names;
  }
}
