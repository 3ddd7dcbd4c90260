package org.factdesk.claims.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.NumberWords;

/**
 * Sparse features of a sentence for the check-worthiness model: word unigrams and bigrams (digits
 * folded to 0), character 4-grams within words, and a few shape features (numbers, percentages,
 * years, question marks, first-person openings, length). Each feature is a name, hashed into a
 * fixed number of slots with murmur3.
 */
public final class Features {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*|[%$€£?!]");
  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

  /** Words that signal a number besides the number words of {@link NumberWords}. */
  private static final Set<String> NUMBER_LIKE =
      Set.of("percent", "half", "twice", "double", "tripled");

  private Features() {}

  /** Feature names of {@code text}, in a fixed order; duplicates kept. */
  public static List<String> names(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      words.add(DIGIT.matcher(m.group()).replaceAll("0"));
    }
    List<String> out = new ArrayList<>(words.size() * 8);
    String prev = "<s>";
    boolean hasNumber = false;
    for (String w : words) {
      out.add("w=" + w);
      out.add("b=" + prev + "_" + w);
      prev = w;
      if (w.indexOf('0') >= 0 || NumberWords.isNumberWord(w) || NUMBER_LIKE.contains(w)) {
        hasNumber = true;
      }
      String padded = "^" + w + "$";
      for (int i = 0; i + 4 <= padded.length(); i++) {
        out.add("c=" + padded.substring(i, i + 4));
      }
    }
    out.add("b=" + prev + "_</s>");
    out.add("len=" + Math.min(8, words.size() / 5));
    if (hasNumber) {
      out.add("shape=number");
    }
    if (text.indexOf('%') >= 0 || lower.contains("percent")) {
      out.add("shape=percent");
    }
    if (lower.matches(".*\\b(1[89]|20)\\d\\d\\b.*")) {
      out.add("shape=year");
    }
    if (text.strip().endsWith("?")) {
      out.add("shape=question");
    }
    if (!words.isEmpty()) {
      out.add("first=" + words.get(0));
    }
    return out;
  }

  /** Slot of a feature name in a table of {@code dim} slots ({@code dim} a power of two). */
  public static int slot(String name, int dim) {
    return murmur3(name.getBytes(StandardCharsets.UTF_8)) & (dim - 1);
  }

  /** The hashed slots of {@code text}. */
  public static int[] slots(String text, int dim) {
    List<String> names = names(text);
    int[] s = new int[names.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = slot(names.get(i), dim);
    }
    return s;
  }

  static int murmur3(byte[] data) {
    int h = 0x9747b28c;
    int n = data.length / 4;
    for (int i = 0; i < n; i++) {
      int k =
          (data[4 * i] & 0xff)
              | (data[4 * i + 1] & 0xff) << 8
              | (data[4 * i + 2] & 0xff) << 16
              | (data[4 * i + 3] & 0xff) << 24;
      k *= 0xcc9e2d51;
      k = Integer.rotateLeft(k, 15);
      k *= 0x1b873593;
      h ^= k;
      h = Integer.rotateLeft(h, 13);
      h = h * 5 + 0xe6546b64;
    }
    int k = 0;
    int tail = n * 4;
    switch (data.length & 3) {
      case 3:
        k ^= (data[tail + 2] & 0xff) << 16;
      // fall through
      case 2:
        k ^= (data[tail + 1] & 0xff) << 8;
      // fall through
      case 1:
        k ^= data[tail] & 0xff;
        k *= 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15);
        k *= 0x1b873593;
        h ^= k;
      // fall through
      default:
        break;
    }
    h ^= data.length;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
