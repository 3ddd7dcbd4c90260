package org.factdesk.nlp;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one list of negations every stage reads: the words that negate a clause ("not", "never",
 * "no", "didn't"), the verbs that say an action did not happen ("refused to concede", "declined
 * to", "failed to", "has yet to", "stopped short of"), and the negated future ("won't reopen",
 * "will not"), which says nothing of a state now.
 */
public final class Negation {
  /** Words that negate a clause; any word ending in "n't" does too ({@link #isWord}). */
  public static final Set<String> WORDS =
      Set.of("not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "cannot");

  /**
   * A negation word as a regular expression (case-insensitive, word-bounded), from {@link #WORDS}.
   */
  public static final String WORD =
      "(?:\\b(?:"
          + String.join("|", WORDS.stream().filter(w -> !w.equals("n't")).sorted().toList())
          + ")\\b|n['’]t\\b)";

  /** "Not" that negates: not "not only", "not just", "not merely", "not simply" (they affirm). */
  public static final String NOT = "not(?!\\s+(?:only|just|merely|simply)\\b)";

  /** Verbs that say an action did not happen, as a regular expression ("refused to", "yet to"). */
  private static final String REFUSAL_VERBS =
      "refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to|yet to"
          + "|stop(?:s|ped|ping)? short of";

  /**
   * Words before a verb that say its action did not (or not yet) happen: "not", "never", "no
   * longer", "n't", "refused to", "declined to", "failed to", "has yet to", "stopped short of".
   * "Not only", "not just", "not merely" and "not simply" affirm the verb after them ("not only
   * apologised but also resigned").
   */
  public static final String BEFORE_VERB =
      "(?:\\b(?:" + NOT + "|never|no longer|" + REFUSAL_VERBS + ")\\b|n['’]t\\b)";

  private static final Pattern REFUSAL =
      Pattern.compile("\\b(?:" + REFUSAL_VERBS + ")$", Pattern.CASE_INSENSITIVE);

  /** "won't", "will not", "would not", "will never": a negated future or conditional. */
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:won['’]t|wouldn['’]t|(?:will|would|shall) (?:not|never|no longer))\\s+"
              + "(?:\\p{L}+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  private Negation() {}

  /**
   * Whether the last {@code words} words of a text hold a negation word: "have not" before "ruled
   * out" makes a double negative.
   */
  public static boolean endsNegated(String text, int words) {
    String[] ws = text.toLowerCase(java.util.Locale.ROOT).strip().split("[^\\p{L}'’]+");
    for (int i = Math.max(0, ws.length - words); i < ws.length; i++) {
      if (isWord(ws[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case word negates ("not", "never", "didn't"). */
  public static boolean isWord(String word) {
    return WORDS.contains(word) || word.endsWith("n't") || word.endsWith("n’t");
  }

  /** Whether the text just before a verb ends with a refusal ("refused to", "stopped short of"). */
  public static boolean isRefusal(String before) {
    return REFUSAL.matcher(before.strip()).find();
  }

  /** Whether the text just before a verb is a negated future ("won't", "will not yet"). */
  public static boolean negatedFuture(String before) {
    return FUTURE.matcher(before).find();
  }
}
