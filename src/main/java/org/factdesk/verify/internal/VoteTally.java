package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.report.Finding;

/**
 * The tally of a vote: "The council's vote on the prices was 9 to 4" against "the council voted 9
 * to 4 to set the prices" (agrees) or "by 10 votes to 3" (disagrees). The passage sentence must
 * speak of a vote, share a content word of the claim (what was voted on, or who voted), and name no
 * place or body that neither the claim nor the story names: another town's vote on its own prices
 * is no evidence. A tally is read as a pair, the larger side first, so "4-9" is "9 to 4".
 */
public final class VoteTally {
  /** The finding's check name. */
  public static final String NAME = "vote";

  private static final String NUMBER =
      "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil|none|zero";

  private static final Pattern TALLY =
      Pattern.compile(
          "(?i)\\b(?<a>"
              + NUMBER
              + ")\\s*(?:votes\\s+)?(?:-|–|to)\\s*(?<b>"
              + NUMBER
              + ")\\b"
              + "(?!\\s*(?:per\\s*cent|percent|%|years|months|days|weeks|hours|minutes))");

  private static final Pattern VOTE = Pattern.compile("(?i)\\bvot(?:e|es|ed|ing)\\b|\\bballot\\b");

  private static final List<String> WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private VoteTally() {}

  /** What the passage says of the claim's tally, if the claim gives one. */
  public static Optional<Finding> check(String claim, String passage, Set<String> story) {
    if (!VOTE.matcher(claim).find()) {
      return Optional.empty();
    }
    int[] tally = tally(claim);
    if (tally == null) {
      return Optional.empty();
    }
    Set<String> claimWords = words(claim);
    Set<String> content = new TreeSet<>(claimWords);
    content.removeIf(
        w ->
            w.length() < 3
                || w.matches("\\d+")
                || WORDS.contains(w)
                || FunctionWords.CORE.contains(w)
                || FunctionWords.REFERRING.contains(w)
                || w.startsWith("vot"));
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      int[] theirs = tally(sentence);
      if (theirs == null || !VOTE.matcher(sentence).find()) {
        continue;
      }
      Set<String> have = words(sentence);
      if (content.stream().noneMatch(have::contains) || otherName(sentence, claimWords, story)) {
        continue;
      }
      boolean same = theirs[0] == tally[0] && theirs[1] == tally[1];
      return Optional.of(
          new Finding(
              NAME,
              same ? "agrees" : "disagrees",
              (same ? "The evidence gives the same tally, " : "The evidence gives the tally ")
                  + theirs[0]
                  + " to "
                  + theirs[1]
                  + (same ? "" : ", not the claim's " + tally[0] + " to " + tally[1])
                  + ": \""
                  + sentence.strip()
                  + "\""));
    }
    return Optional.empty();
  }

  /** The first tally of a text, larger side first, or null. */
  private static int[] tally(String text) {
    Matcher m = TALLY.matcher(text);
    if (!m.find()) {
      return null;
    }
    int a = number(m.group("a"));
    int b = number(m.group("b"));
    return a < 0 || b < 0 ? null : new int[] {Math.max(a, b), Math.min(a, b)};
  }

  private static int number(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    if (w.matches("\\d+")) {
      return Integer.parseInt(w);
    }
    if (w.equals("nil") || w.equals("none")) {
      return 0;
    }
    return WORDS.indexOf(w);
  }

  /** Whether the sentence names a place or body that neither the claim nor the story names. */
  private static boolean otherName(String sentence, Set<String> claimWords, Set<String> story) {
    Matcher m = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*").matcher(sentence);
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
      if (!FunctionWords.NOT_NAMES.contains(w) && !claimWords.contains(w) && !story.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String text) {
    return new TreeSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
  }
}
