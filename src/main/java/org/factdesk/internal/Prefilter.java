package org.factdesk.internal;

/**
 * Cheap tests that say when a costly regular expression cannot match a text, so that it need not
 * run: each pattern guarded by one needs a literal word that the test looks for (a month's name, a
 * unit of time, "half"). They may say yes when the pattern then finds nothing, never no when it
 * would find something; the JVM property {@link #PROPERTY} turns them off (the patterns then run on
 * every text, as before session 10), which the tests use to compare both ways.
 */
public final class Prefilter {
  /** JVM property: {@code false} runs every guarded pattern on every text. */
  public static final String PROPERTY = "factdesk.regex.prefilter";

  private static volatile boolean enabled = !"false".equals(System.getProperty(PROPERTY));

  private Prefilter() {}

  /** Whether the prefilters are on. */
  public static boolean enabled() {
    return enabled;
  }

  /** Turns the prefilters on or off (for tests that compare both ways); returns the old setting. */
  public static boolean enable(boolean on) {
    boolean old = enabled;
    enabled = on;
    return old;
  }

  /** Whether {@code text} contains one of {@code words} (exactly as written). */
  public static boolean containsAny(String text, String... words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some {@code word} in lower-case {@code lower} comes after whitespace that follows a
   * digit or one of {@code before} ("five in ten", "3 out of 4"): a superset of the texts where a
   * number word, white space and then the word stand in a row.
   */
  public static boolean afterNumber(String lower, String word, String... before) {
    for (int at = lower.indexOf(word, 1); at >= 0; at = lower.indexOf(word, at + 1)) {
      int j = at;
      while (j > 0 && Character.isWhitespace(lower.charAt(j - 1))) {
        j--;
      }
      if (j == at || j == 0) {
        continue; // not after white space, or nothing before it
      }
      char c = lower.charAt(j - 1);
      if (c >= '0' && c <= '9') {
        return true;
      }
      for (String b : before) {
        if (lower.startsWith(b, j - b.length())) {
          return true;
        }
      }
    }
    return false;
  }
}
