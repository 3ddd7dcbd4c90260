package org.factdesk.nlp;

import java.util.List;
import java.util.Set;

/**
 * Context that shows a name with no cue word is an organisation: "a spokeswoman for X", "X, a
 * charity based in Britain,", "X's chief executive" / "X's shareholders". Session 5 (issue #4).
 */
final class OrgContext {
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private OrgContext() {}

  /** True when the context around the name {@code [a, b)} says it is an organisation. */
  static boolean isOrganisation(List<Token> tokens, int a, int b) {
    return speakerFor(tokens, a) || orgAppositive(tokens, b) || orgPossession(tokens, b);
  }

  /** "a spokeswoman for X", "a lawyer for X", "a statement from X". */
  static boolean speakerFor(List<Token> tokens, int a) {
    if (a < 2) {
      return false;
    }
    String prep = Gazetteer.key(tokens.get(a - 1).text());
    String noun = Gazetteer.key(tokens.get(a - 2).text());
    return prep.equals("for") && Organisations.SPEAKERS.contains(noun)
        || prep.equals("from") && noun.equals("statement");
  }

  /** ", a charity," / ", the Swedish telecoms group," after the name ending at {@code b}. */
  static boolean orgAppositive(List<Token> tokens, int b) {
    if (b + 2 >= tokens.size()
        || !tokens.get(b).text().equals(",")
        || !ARTICLES.contains(Gazetteer.key(tokens.get(b + 1).text()))) {
      return false;
    }
    for (int k = b + 2; k < Math.min(tokens.size(), b + 6); k++) {
      String w = Gazetteer.key(tokens.get(k).text());
      if (Organisations.APPOSITIVE_NOUNS.contains(w)) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || tokens.get(k).pos().equals("VERB")) {
        return false;
      }
    }
    return false;
  }

  /** "X's chief executive", "X's shareholders": things only an organisation has. */
  static boolean orgPossession(List<Token> tokens, int b) {
    if (b + 1 >= tokens.size()) {
      return false;
    }
    String pos = tokens.get(b).text();
    if (!pos.equals("'s") && !pos.equals("’s")) {
      return false;
    }
    String one = Gazetteer.key(tokens.get(b + 1).text());
    String two = b + 2 < tokens.size() ? one + " " + Gazetteer.key(tokens.get(b + 2).text()) : one;
    return Organisations.POSSESSIONS.contains(one) || Organisations.POSSESSIONS.contains(two);
  }
}
