package org.factdesk.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Lemmas;
import org.factdesk.nlp.Token;

/**
 * Sentences that state nothing on their own: no verb at all ("More than 400 people.", "Officials in
 * Brussels.") or cut short after an auxiliary or "not" ("The agency did not.", "The ministry said
 * it would."). Title-case headlines without a verb the tagger saw are left alone. Session 5.
 */
final class Fragments {
  /** Auxiliaries a sentence cut short ends on ("The ministry said it would."), not forms of be. */
  private static final Set<String> CUT_SHORT =
      Set.of(
          "would", "will", "could", "can", "should", "must", "might", "may", "did", "does", "do",
          "has", "have", "had");

  /** Contracted verbs the tagger may not call verbs ("They're stronger"). */
  private static final Set<String> CONTRACTED =
      Set.of("'re", "'s", "'m", "'ve", "'ll", "'d", "’re", "’s", "’m", "’ve", "’ll", "’d");

  /**
   * Longest sentence that counts as cut short: longer ones ending on an auxiliary are speech
   * ellipsis ("that's what my plan does").
   */
  private static final int MAX_CUT_SHORT_WORDS = 6;

  /** Longest sentence that counts as verbless: longer ones more likely hide a mistagged verb. */
  private static final int MAX_VERBLESS_WORDS = 6;

  /**
   * A refusal or absence of comment: "declined to comment", "did not respond to a request for
   * comment", "could not be reached for comment", "had no immediate comment". Session 7.
   */
  private static final Pattern NO_COMMENT =
      Pattern.compile(
          "\\b(?:(?:declined|declines|refused|refuses)\\s+(?:to\\s+)?(?:immediately\\s+)?"
              + "(?:comment|respond|reply|elaborate|discuss|confirm or deny)"
              + "|(?:did|does|could|would|has|have|had)\\s*(?:not|n't)\\s+(?:yet\\s+|immediately\\s+)?"
              + "(?:(?:be\\s+)?reached|responded|respond|replied|reply|comment(?:ed)?|return(?:ed)?)\\b"
              + "|(?:had|has|have|offered|gave)\\s+no\\s+(?:immediate\\s+)?comment)");

  private Fragments() {}

  /**
   * True when the sentence only says that someone gave no comment (no figure): it states no
   * checkable fact of its own.
   */
  static boolean isNoComment(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      sb.append(t.text().toLowerCase(Locale.ROOT).replace('’', '\'')).append(' ');
    }
    String text = sb.toString().replace(" n't", "n't");
    Matcher m = NO_COMMENT.matcher(text);
    if (!m.find()) {
      return false;
    }
    // "did not respond" alone is a fact about an event ("the army did not respond to the attack");
    // it counts only with "comment" or "request" near it
    String hit = m.group();
    String rest = text.substring(m.end());
    int stop = rest.indexOf(" . ");
    rest = stop >= 0 ? rest.substring(0, stop) : rest;
    return hit.contains("comment")
        || rest.contains("comment")
        || rest.contains("request")
        || hit.contains("be reached") // not "have not reached an agreement"
        || hit.startsWith("declin")
        || hit.startsWith("refus");
  }

  static boolean isFragment(List<Token> tokens) {
    int last = tokens.size() - 1;
    while (last >= 0 && !Character.isLetterOrDigit(tokens.get(last).text().charAt(0))) {
      last--;
    }
    if (last < 0) {
      return false;
    }
    if (last < tokens.size() - 1 && tokens.get(last + 1).text().equals("?")) {
      return false; // questions are scored as questions
    }
    String end = tokens.get(last).text().toLowerCase(Locale.ROOT).replace('’', '\'');
    String before =
        last > 0 ? tokens.get(last - 1).text().toLowerCase(Locale.ROOT).replace('’', '\'') : "";
    boolean negatedEnd = (end.equals("not") || end.equals("n't")) && CUT_SHORT.contains(before);
    if ((CUT_SHORT.contains(end) || negatedEnd) && wordCount(tokens) <= MAX_CUT_SHORT_WORDS) {
      return true; // "The agency did not.", "The ministry said it would."
    }
    int words = 0;
    int capitalised = 0;
    String prevPos = "";
    for (Token t : tokens) {
      String p = t.pos();
      if (p.equals("VERB")
          || p.equals("AUX")
          || CONTRACTED.contains(t.text())
          || maybeVerb(t, prevPos)) {
        return false;
      }
      prevPos = p;
      if (Character.isLetter(t.text().charAt(0))) {
        words++;
        capitalised += t.capitalised() ? 1 : 0;
      }
    }
    // short, and not a title-case headline (which may hide its verb)
    return words > 0 && words <= MAX_VERBLESS_WORDS && capitalised * 10 < words * 8;
  }

  /**
   * A lower-case word the tagger did not call a verb but may be one: "rose"/NOUN, "-ed" forms, or
   * an "-s" word after a noun ("the plan costs").
   */
  private static boolean maybeVerb(Token t, String prevPos) {
    String w = t.text();
    if (!Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    String k = w.toLowerCase(Locale.ROOT);
    return Lemmas.isIrregularForm(k)
        || k.endsWith("ed") && k.length() > 3
        || k.endsWith("s") && (prevPos.equals("NOUN") || prevPos.equals("PROPN"));
  }

  private static int wordCount(List<Token> tokens) {
    int n = 0;
    for (Token t : tokens) {
      n += Character.isLetter(t.text().charAt(0)) ? 1 : 0;
    }
    return n;
  }
}
