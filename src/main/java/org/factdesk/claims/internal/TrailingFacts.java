package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Quantity;
import org.factdesk.nlp.Token;

/**
 * A second checkable fact hung at the end of a sentence, split off as its own part:
 *
 * <ul>
 *   <li>a comparison with an earlier figure: "... 55,000 troops have died, an increase from the
 *       46,000 figure he cited in early 2025." -> "... 55,000 troops have died." + "The earlier
 *       figure was the 46,000 figure Zelenskyy cited in early 2025." (both parts need a number);
 *   <li>a non-restrictive relative clause on a name, with its own year or number: "... over the
 *       Azov Sea, and Crimea, which Russia illegally annexed in 2014." -> "... and Crimea." +
 *       "Russia illegally annexed Crimea in 2014."
 * </ul>
 *
 * Used by {@link CompoundSplitter} when nothing else splits the sentence.
 */
final class TrailingFacts {
  private static final Pattern COMPARISON =
      Pattern.compile(
          ",\\s+(?:(?:an?\\s+)?(?:increase|rise|jump|drop|decrease|fall|decline)|up|down)\\s+from\\s+(?<rest>[^,;]++(?:(?<=\\d),(?=\\d)[^,;]++)*+)$");
  private static final Pattern WHO =
      Pattern.compile(
          "(?<who>(?:\\p{Lu}[\\p{L}.’'-]*\\s){1,5})(?:said|says|disclosed|announced|reported|stated|claimed|noted|told|revealed|estimated)\\b");
  private static final Pattern WHICH =
      Pattern.compile(
          "(?<ante>(?:\\p{Lu}[\\p{L}.’'-]*+\\s){0,12}\\p{Lu}[\\p{L}.’'-]*+),\\s+which\\s+(?<clause>[^,;]++(?:(?<=\\d),(?=\\d)[^,;]++)*+)$");
  private static final Pattern YEAR_OR_NUMBER = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b|\\d");

  private TrailingFacts() {}

  /** The two parts, or an empty list when the sentence has no such trailing fact. */
  static List<CompoundSplitter.Part> split(
      String sentence, List<Quantity> quantities, List<Token> tokens) {
    List<CompoundSplitter.Part> c = comparison(sentence, quantities);
    return c.isEmpty() ? relative(sentence, quantities, tokens) : c;
  }

  private static List<CompoundSplitter.Part> comparison(
      String sentence, List<Quantity> quantities) {
    Matcher m = COMPARISON.matcher(sentence);
    if (!m.find()) {
      return List.of();
    }
    int cut = m.start();
    boolean before = false;
    boolean after = false;
    for (Quantity q : quantities) {
      if (!q.ordinal()) {
        before |= q.end() <= cut;
        after |= q.start() >= m.start("rest");
      }
    }
    if (!before || !after) {
      return List.of();
    }
    String rest = sentence.substring(m.start("rest"), beforeFinalStop(sentence, m, "rest")).strip();
    Matcher who = WHO.matcher(sentence.substring(0, cut));
    if (who.find()) {
      String name = who.group("who").strip();
      rest = rest.replaceAll("\\b(?:he|she)\\b", name);
    }
    String b = "The earlier figure was " + rest + ".";
    return parts(sentence, quantities, cut, m.start("rest"), b);
  }

  private static List<CompoundSplitter.Part> relative(
      String sentence, List<Quantity> quantities, List<Token> tokens) {
    if (tokens == null) {
      return List.of();
    }
    Matcher m = WHICH.matcher(sentence);
    if (!m.find()) {
      return List.of();
    }
    String ante = m.group("ante");
    int cs = m.start("clause");
    int ce = beforeFinalStop(sentence, m, "clause");
    String clauseText = sentence.substring(cs, ce);
    if (!YEAR_OR_NUMBER.matcher(clauseText).find()) {
      return List.of();
    }
    List<Token> clause = new ArrayList<>();
    for (Token t : tokens) {
      if (t.start() >= cs && t.end() <= ce) {
        clause.add(t);
      }
    }
    if (clause.isEmpty()) {
      return List.of();
    }
    String b;
    String first = clause.get(0).pos();
    if (first.equals("VERB") || first.equals("AUX")) {
      b = ante + " " + clauseText; // "which was built in 1932"
    } else {
      // "which Russia illegally annexed in 2014": the name is the verb's object
      int verb = -1;
      boolean subject = false;
      for (int i = 0; i < clause.size() && i < 6; i++) {
        String p = clause.get(i).pos();
        if (p.equals("PROPN") || p.equals("NOUN") || p.equals("PRON")) {
          subject = true;
        } else if (p.equals("VERB") && subject) {
          verb = i;
          break;
        }
      }
      if (verb < 0) {
        return List.of();
      }
      int ve = clause.get(verb).end();
      b = sentence.substring(cs, ve) + " " + ante + sentence.substring(ve, ce);
    }
    b = Character.toUpperCase(b.charAt(0)) + b.substring(1).strip() + ".";
    return parts(sentence, quantities, m.end("ante"), cs, b);
  }

  /**
   * The end of {@code group} without one final full stop, question or exclamation mark. The
   * patterns match runs with possessive quantifiers (a lazy alternation recursed once per character
   * and overflowed the stack on long sentences), so they take the final mark in; it is dropped
   * here.
   */
  private static int beforeFinalStop(String sentence, Matcher m, String group) {
    int end = m.end(group);
    return end - 1 > m.start(group) && ".!?".indexOf(sentence.charAt(end - 1)) >= 0 ? end - 1 : end;
  }

  /**
   * Part one: the sentence up to {@code cut}; part two, text {@code b}, spans from {@code from}.
   */
  private static List<CompoundSplitter.Part> parts(
      String sentence, List<Quantity> quantities, int cut, int from, String b) {
    List<Quantity> qa = new ArrayList<>();
    List<Quantity> qb = new ArrayList<>();
    for (Quantity q : quantities) {
      (q.start() < cut ? qa : qb).add(q);
    }
    String a = sentence.substring(0, cut).strip() + ".";
    int end = sentence.length();
    while (end > from + 1 && ".!?".indexOf(sentence.charAt(end - 1)) >= 0) {
      end--;
    }
    return List.of(
        new CompoundSplitter.Part(a, 0, cut, qa),
        new CompoundSplitter.Part(b.replaceAll("\\s+", " "), from, end, qb, true));
  }
}
