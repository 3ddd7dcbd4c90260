package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;

/**
 * Whose figure a figure is, when the sentences name their subjects by a common noun: "The brewery
 * plans to hire 40 workers" against "The Marrenby dairy plans to hire 25 workers" are the figures
 * of two firms, though no name tells them apart (Marrenby is the story's town). The subject is the
 * noun phrase that opens the sentence with a determiner, up to its first verb; its head is its last
 * noun. Two heads that differ, neither named anywhere in the other sentence, are two subjects,
 * unless one is a word any firm or body may be called ("the company", "the group").
 */
final class SubjectHead {
  /** Words that may name the same subject as another head noun. */
  private static final Set<String> GENERIC =
      Set.of(
          "company",
          "firm",
          "business",
          "group",
          "operator",
          "owner",
          "organisation",
          "organization",
          "maker",
          "producer",
          "employer",
          "plant",
          "site",
          "project",
          "team",
          "people",
          "number",
          "total",
          "figure",
          "share",
          "rate",
          "cost",
          "price",
          // public bodies go by many names: the ministry is the government's
          "government",
          "ministry",
          "department",
          "council",
          "authority",
          "agency",
          "office",
          "state",
          "city",
          "town",
          "municipality",
          "region",
          "county",
          "board",
          "committee");

  private SubjectHead() {}

  /**
   * The passage's head noun when the sentences that hold the two figures open with subjects of
   * different heads (see the class comment), else null.
   */
  static String other(String claim, String claimFigure, String passage, String passageFigure) {
    String cs = sentenceWith(claim, claimFigure);
    String ps = sentenceWith(passage, passageFigure);
    if (cs == null || ps == null) {
      return null;
    }
    String ch = head(cs);
    String ph = head(ps);
    if (ch == null || ph == null || ch.endsWith(ph) || ph.endsWith(ch)) {
      // the same head, or one a compound of the other ("the fire" and "the wildfire")
      return null;
    }
    if (GENERIC.contains(ch) || GENERIC.contains(ph)) {
      return null;
    }
    if (!named(ps)) {
      return null; // "the movie" may be the claim's "the film": only a named other one is another
    }
    if (words(ps).contains(ch) || words(cs).contains(ph)) {
      return null; // "the library's tools ... the tool library": one names the other
    }
    return ph;
  }

  /** The head noun of the subject that opens {@code sentence} with a determiner, or null. */
  static String head(String sentence) {
    List<Token> tokens = Tagger.shared().tag(sentence);
    if (tokens.isEmpty() || !tokens.get(0).pos().equals("DET")) {
      return null;
    }
    String head = null;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String pos = t.pos();
      if (pos.equals("VERB") || pos.equals("AUX") || head != null && verbTagged(tokens, i)) {
        return head;
      }
      if (pos.equals("NOUN") && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
        head = t.text().toLowerCase(Locale.ROOT);
      } else if (!pos.equals("PROPN") && !pos.equals("ADJ") && !pos.equals("NOUN")) {
        return null; // a possessive, a preposition, a comma: not a plain subject
      }
    }
    return null;
  }

  /**
   * Whether the subject that opens {@code sentence} names its thing ("The Marrenby dairy"): a
   * capitalised word after the determiner, before the head noun.
   */
  static boolean named(String sentence) {
    List<Token> tokens = Tagger.shared().tag(sentence);
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0))) {
        return true;
      }
      if (!t.pos().equals("ADJ")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A present verb the tagger read as a plural noun: "plans to", "employs 30", "runs the" (a word
   * ending in s before "to", a figure or a determiner).
   */
  private static boolean verbTagged(List<Token> tokens, int i) {
    String w = tokens.get(i).text();
    if (i + 1 >= tokens.size() || !w.endsWith("s") || w.endsWith("ss")) {
      return false;
    }
    String next = tokens.get(i + 1).pos();
    return tokens.get(i + 1).text().equalsIgnoreCase("to")
        || next.equals("NUM")
        || next.equals("DET");
  }

  /**
   * The sentence that holds the figure's first word ("40" of "40 workers", read from "40 more").
   */
  private static String sentenceWith(String text, String figure) {
    String first = figure.strip().split("\\s+")[0];
    for (String s : EventCheck.SENTENCE_END.split(text)) {
      if (s.contains(first)) {
        return s.strip();
      }
    }
    return null;
  }

  private static Set<String> words(String text) {
    Set<String> out = new java.util.TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
        if (w.endsWith("s")) {
          out.add(w.substring(0, w.length() - 1));
        }
      }
    }
    return out;
  }
}
