package org.factdesk.verify.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.factdesk.nlp.Quotes;
import org.factdesk.report.Finding;

/**
 * Who a direct quotation came from: a claim that gives a quote to a named speaker ("“We were
 * lucky,” said the mayor, Petra Lund") against a passage sentence that gives the same words (at
 * least four fifths of the claim quote's content words, of which it has two or more: "a blunt
 * instrument") to someone else, named, in a sentence that names none of the claim's speaker's
 * names. It disagrees: the words are right, the speaker is not. A passage that names the claim's
 * speaker too is left to the statement check.
 */
public final class QuoteCheck {
  /** The check name of its findings. */
  public static final String NAME = "quote";

  private QuoteCheck() {}

  /** What the passage says of who spoke the claim's quote, if anything. */
  public static Optional<Finding> check(String claim, String passage) {
    Matcher cm = Quotes.QUOTE.matcher(claim);
    if (!cm.find()) {
      return Optional.empty();
    }
    Set<String> cw = StatementCheck.words(cm.group(1));
    Set<String> claimNames = names(outside(claim, cm));
    if (cw.size() < 2 || claimNames.isEmpty()) {
      return Optional.empty();
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      Matcher pm = Quotes.QUOTE.matcher(sentence);
      if (!pm.find()) {
        continue;
      }
      Set<String> pw = StatementCheck.words(pm.group(1));
      long shared = cw.stream().filter(pw::contains).count();
      if (shared * 5 < cw.size() * 4) {
        continue;
      }
      String rest = outside(sentence, pm);
      Set<String> passageNames = names(rest);
      String lower = " " + rest.toLowerCase(Locale.ROOT) + " ";
      boolean claimSpeakerNamed =
          claimNames.stream()
              .anyMatch(
                  n ->
                      passageNames.contains(n)
                          || lower.contains(" " + n.toLowerCase(Locale.ROOT) + " ")
                          || lower.contains(" " + n.toLowerCase(Locale.ROOT) + ","));
      if (passageNames.isEmpty() || claimSpeakerNamed) {
        continue;
      }
      return Optional.of(
          new Finding(
              NAME,
              "disagrees",
              "The evidence gives these words to "
                  + String.join(" ", passageNames)
                  + ", not to "
                  + String.join(" ", claimNames)
                  + ": \""
                  + sentence.strip()
                  + "\""));
    }
    return Optional.empty();
  }

  private static String outside(String text, Matcher m) {
    return Quotes.outside(text, m);
  }

  private static Set<String> names(String text) {
    return Quotes.names(text);
  }
}
