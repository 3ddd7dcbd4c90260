package org.factdesk.verify.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another thing of the kind a claim names by a definite noun: for a claim's "the festival" or "the
 * race", a passage's "the Selvik Jazz Festival" or "the Lillefjell race" whose name neither the
 * claim nor the story gives. Such a passage dates, counts or describes another festival or race.
 */
final class OtherThing {
  /** Capitalised words, perhaps with a lower-case noun after them ("Lillefjell race"). */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)(?:\\s+(\\p{Ll}{3,}))?");

  private static final Pattern THE_NOUN = Pattern.compile("(?i)\\bthe\\s+(\\p{Ll}{3,})\\b");

  private static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "in", "on", "at", "its", "their", "his", "her", "this", "that");

  private OtherThing() {}

  /**
   * The name in {@code text} of another thing of a kind the claim gives as "the N", or null.
   *
   * @param story the story's subject words (lower case), which are the claim's own
   */
  static String named(String claim, String text, Set<String> story) {
    String lowerClaim = claim.toLowerCase(Locale.ROOT);
    Set<String> kinds = new java.util.TreeSet<>();
    Matcher t = THE_NOUN.matcher(claim);
    while (t.find()) {
      kinds.add(t.group(1).toLowerCase(Locale.ROOT));
    }
    if (kinds.isEmpty()) {
      return null;
    }
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      String[] caps = m.group(1).split("\\s+");
      // "the Selvik Jazz Festival" (the kind is the last capitalised word) or "the Lillefjell
      // race" (the kind follows in lower case)
      boolean after = m.group(2) != null && kinds.contains(m.group(2));
      String kind = after ? m.group(2) : caps[caps.length - 1];
      int names = after ? caps.length : caps.length - 1;
      if (!kinds.contains(kind.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean known = false;
      boolean any = false;
      for (int i = 0; i < names; i++) {
        String lw = caps[i].toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
        if (NOT_NAMES.contains(lw)) {
          continue;
        }
        any = true;
        known |= lowerClaim.contains(lw) || story.contains(lw);
      }
      if (any && !known) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < names; i++) {
          if (!NOT_NAMES.contains(caps[i].toLowerCase(Locale.ROOT))) {
            name.append(caps[i]).append(' ');
          }
        }
        return name + kind;
      }
    }
    return null;
  }
}
