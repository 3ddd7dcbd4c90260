package org.factdesk.internal;

import java.util.regex.Pattern;

/**
 * Whether a pattern occurs in a text ({@code pattern.matcher(text).find()}), remembered for the
 * texts read lately: the checks test the same claim (and the same passage sentence) against the
 * same patterns once for each of its passages (and claims).
 */
public final class Finds {
  private Finds() {}

  /** A pattern and a text it is tested on (patterns compare by identity: each is a constant). */
  private record Test(Pattern pattern, String text) {}

  private static final TextMemo<Test, Boolean> RECENT =
      new TextMemo<>(
          "pattern tests",
          16_384,
          t -> t.text().length(),
          t -> t.pattern().matcher(t.text()).find());

  /** {@code pattern.matcher(text).find()}, remembered. */
  public static boolean in(Pattern pattern, String text) {
    return RECENT.get(new Test(pattern, text));
  }
}
