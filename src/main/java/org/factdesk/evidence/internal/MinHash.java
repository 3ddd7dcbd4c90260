package org.factdesk.evidence.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word 3-shingles, for near-duplicate detection at document level. Two
 * documents whose estimated Jaccard similarity is at least {@link #THRESHOLD} are the same story.
 * Candidates are looked up by locality-sensitive hashing: {@link #BANDS} bands of {@link #ROWS}
 * rows each; a pair with Jaccard 0.8 shares a band with probability 0.9998, a pair with Jaccard 0.3
 * with probability 0.12 (and is then rejected on the full signature).
 */
public final class MinHash {
  /** Hash functions in a signature. */
  public static final int SIZE = 64;

  /** LSH bands. */
  public static final int BANDS = 16;

  /** Rows per band. */
  public static final int ROWS = SIZE / BANDS;

  /** Estimated Jaccard similarity from which two documents are near-duplicates. */
  public static final double THRESHOLD = 0.8;

  /** Documents with fewer words are not compared (too little text to tell). */
  public static final int MIN_WORDS = 25;

  private static final long[] SEEDS = seeds();

  private MinHash() {}

  /** The words of the text, lower-cased, letters and digits only. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The signature of the text, or null when it has fewer than {@link #MIN_WORDS} words. */
  public static int[] signature(String text) {
    List<String> words = words(text);
    if (words.size() < MIN_WORDS) {
      return null;
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      shingles.add(fnv1a64(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2)));
    }
    int[] sig = new int[SIZE];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < SIZE; i++) {
        int h = (int) (mix(s ^ SEEDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity: the share of equal positions. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** The lookup key of one band, e.g. "3:5f2c9e01aa". */
  public static String band(int[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + sig[band * ROWS + r]);
    }
    return band + ":" + Long.toHexString(h);
  }

  public static byte[] toBytes(int[] sig) {
    ByteBuffer b = ByteBuffer.allocate(SIZE * 4);
    for (int v : sig) {
      b.putInt(v);
    }
    return b.array();
  }

  public static int[] fromBytes(byte[] bytes, int offset, int length) {
    if (length != SIZE * 4) {
      throw new IllegalArgumentException("a signature has " + SIZE * 4 + " bytes, got " + length);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
    int[] sig = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sig[i] = b.getInt();
    }
    return sig;
  }

  private static long[] seeds() {
    long[] s = new long[SIZE];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }

  private static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** murmur3's fmix64. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
