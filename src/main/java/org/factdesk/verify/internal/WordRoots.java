package org.factdesk.verify.internal;

import java.util.Map;

/**
 * The root of a salient word (already plural-stemmed, see {@link TextSignals#stem}) for telling
 * whether two figures' sentences speak of the same thing: "collapsed" and "collapse" meet, and the
 * words news reports use for one another when counting the dead or the injured ("died", "killed",
 * "dead", "deaths") meet too. Used only to count the words two figures' contexts share, never to
 * rewrite text.
 */
public final class WordRoots {
  private WordRoots() {}

  /** Words that stand for one another in a count of people: the key is the shared root. */
  private static final Map<String, String> ALIKE =
      Map.ofEntries(
          Map.entry("die", "†died"),
          Map.entry("died", "†died"),
          Map.entry("dead", "†died"),
          Map.entry("death", "†died"),
          Map.entry("kill", "†died"),
          Map.entry("killed", "†died"),
          Map.entry("killing", "†died"),
          Map.entry("fatality", "†died"),
          Map.entry("injure", "†injured"),
          Map.entry("injured", "†injured"),
          Map.entry("injury", "†injured"),
          Map.entry("wound", "†injured"),
          Map.entry("wounded", "†injured"),
          Map.entry("hurt", "†injured"));

  /**
   * The root of {@code w}: its group in {@link #ALIKE}, else the word without a final "ed", "ing"
   * or "e" when at least four letters remain ("collapsed", "collapsing" and "collapse" give
   * "collaps"; "carried" gives "carry").
   */
  public static String root(String w) {
    String alike = ALIKE.get(w);
    if (alike != null) {
      return alike;
    }
    int n = w.length();
    if (n > 5 && w.endsWith("ied")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 5 && w.endsWith("ed")) {
      return w.substring(0, n - 2);
    }
    if (n > 6 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("e")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
