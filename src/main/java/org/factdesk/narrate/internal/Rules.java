package org.factdesk.narrate.internal;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regex replacement with a function whose result is taken literally (no group references). */
final class Rules {
  private Rules() {}

  static String replace(String text, Pattern pattern, Function<MatchResult, String> f) {
    Matcher m = pattern.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement(f.apply(r)));
  }
}
