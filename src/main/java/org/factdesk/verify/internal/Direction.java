package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Direction words of a text ("more"/"less", "increase"/"decrease", "before"/"after",
 * "effective"/"ineffective"...): each is read on an {@link Axis} with a sign, flipped by a negation
 * just before it ("did not reduce") and combined with a direction word it modifies ("less likely"
 * is down, "more effective" is good; "most" and "least" count only so). The words around it are the
 * term it attaches to, so that a claim and a passage can be compared direction by direction
 * ("higher risk" against "lower risk").
 */
public final class Direction {
  /** What a direction word measures. */
  public enum Axis {
    /** Amount or likelihood: more/less, high/low, increase/decrease, likely/unlikely. */
    AMOUNT,
    /** Order in time: before/after, earlier/later. */
    TIME,
    /** Judgement of an effect: effective/ineffective, better/worse, safe/harmful. */
    VALUE,
    /** A test result: positive/negative. */
    RESULT
  }

  /**
   * One direction word (or a modifier and the word it modifies, as written): its axis, sign (+1 or
   * -1, after a negation), position and the content words around it.
   */
  public record Mention(String words, Axis axis, int sign, int at, Set<String> terms) {
    public Mention {
      if (sign != 1 && sign != -1) {
        throw new IllegalArgumentException("sign must be 1 or -1, got " + sign);
      }
      terms = Set.copyOf(terms);
    }
  }

  /** How many tokens before a direction word a negation flips it. */
  private static final int NEGATION_REACH = 3;

  /** The content words this far before and after a direction word are the term it attaches to. */
  private static final int BEFORE = 3;

  private static final int AFTER = 4;

  private static final Map<String, Mention> LEXICON = new HashMap<>();

  /** Superlative markers that count only before another direction word ("least likely"). */
  private static final Set<String> ONLY_AS_MODIFIER = Set.of("most", "least");

  /** Words that combine with the direction word after them ("less likely"); others stand alone. */
  private static final Set<String> MODIFIERS = Set.of("more", "most", "less", "least");

  static {
    words(
        Axis.AMOUNT,
        1,
        "more",
        "most",
        "higher",
        "highest",
        "high",
        "increase",
        "increased",
        "increases",
        "increasing",
        "rise",
        "rises",
        "rising",
        "rose",
        "risen",
        "greater",
        "greatest",
        "larger",
        "largest",
        "elevated",
        "raise",
        "raised",
        "raises",
        "boost",
        "boosted",
        "boosts",
        "grow",
        "grows",
        "grew",
        "growing",
        "upregulated",
        "upregulation",
        "exceed",
        "exceeds",
        "exceeded",
        "longer",
        "enhance",
        "enhanced",
        "enhances",
        "likely",
        "double",
        "doubled",
        "tripled",
        "accelerate",
        "accelerated",
        "accelerates");
    words(
        Axis.AMOUNT,
        -1,
        "less",
        "least",
        "fewer",
        "fewest",
        "lower",
        "lowest",
        "low",
        "lowered",
        "decrease",
        "decreased",
        "decreases",
        "decreasing",
        "fall",
        "falls",
        "fell",
        "fallen",
        "falling",
        "decline",
        "declined",
        "declines",
        "declining",
        "drop",
        "drops",
        "dropped",
        "reduce",
        "reduced",
        "reduces",
        "reducing",
        "reduction",
        "smaller",
        "smallest",
        "shorter",
        "diminish",
        "diminished",
        "diminishes",
        "lessen",
        "lessened",
        "downregulated",
        "downregulation",
        "unlikely",
        "halved",
        "slower");
    words(Axis.TIME, 1, "after", "later", "latest", "late", "subsequent", "subsequently", "post");
    words(
        Axis.TIME,
        -1,
        "before",
        "earlier",
        "earliest",
        "early",
        "prior",
        "sooner",
        "pre",
        "preceding");
    words(
        Axis.VALUE,
        1,
        "effective",
        "efficacious",
        "better",
        "best",
        "improve",
        "improved",
        "improves",
        "improving",
        "improvement",
        "benefit",
        "benefits",
        "beneficial",
        "safe",
        "protective",
        "protect",
        "protects",
        "protected",
        "superior",
        "successful",
        "help",
        "helps",
        "helped");
    words(
        Axis.VALUE,
        -1,
        "ineffective",
        "worse",
        "worst",
        "worsen",
        "worsened",
        "worsens",
        "harm",
        "harms",
        "harmful",
        "unsafe",
        "inferior",
        "adverse",
        "dangerous",
        "unsuccessful");
    words(Axis.RESULT, 1, "positive");
    words(Axis.RESULT, -1, "negative");
  }

  private static void words(Axis axis, int sign, String... list) {
    for (String w : list) {
      if (LEXICON.put(w, new Mention(w, axis, sign, -1, Set.of())) != null) {
        throw new IllegalStateException("direction word listed twice: " + w);
      }
    }
  }

  private Direction() {}

  /**
   * The direction mentions of a text given as lower-case tokens. A direction word followed at once
   * by another ("less likely", "more effective") makes one mention: the second word's axis, the
   * product of both signs.
   */
  public static List<Mention> of(List<String> tokens) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Mention m = LEXICON.get(tokens.get(i));
      if (m == null) {
        continue;
      }
      int sign = m.sign();
      Axis axis = m.axis();
      int head = i;
      boolean combined =
          MODIFIERS.contains(tokens.get(i))
              && i + 1 < tokens.size()
              && LEXICON.containsKey(tokens.get(i + 1));
      if (!combined && ONLY_AS_MODIFIER.contains(tokens.get(i))) {
        continue; // "most strongly", "most patients"
      }
      if (combined) {
        Mention next = LEXICON.get(tokens.get(i + 1));
        sign *= next.sign();
        axis = next.axis();
        head = i + 1;
      }
      if (negated(tokens, i)) {
        sign = -sign;
      }
      String words = String.join(" ", tokens.subList(i, head + 1));
      out.add(new Mention(words, axis, sign, head, terms(tokens, i, head)));
      i = head;
    }
    return out;
  }

  /**
   * The first claim mention that the passage states the other way round on a shared term, as "claim
   * 'higher', passage 'lower' (growth, rate)" (the shared terms in brackets), or null when there is
   * none.
   */
  public static String opposed(List<Mention> claim, List<Mention> passage) {
    for (Mention c : claim) {
      for (Mention p : passage) {
        if (p.axis() == c.axis()
            && p.sign() != c.sign()
            && !Collections.disjoint(c.terms(), p.terms())) {
          Set<String> shared = new TreeSet<>(c.terms());
          shared.retainAll(p.terms());
          return "claim '"
              + c.words()
              + "', passage '"
              + p.words()
              + "' ("
              + String.join(", ", shared)
              + ")";
        }
      }
    }
    return null;
  }

  /**
   * Whether a negation stands within {@link #NEGATION_REACH} tokens before {@code at} ("without"
   * only right before it: "without azithromycin, reduced" negates the drug, not the verb).
   */
  public static boolean negated(List<String> tokens, int at) {
    for (int j = Math.max(0, at - NEGATION_REACH); j < at; j++) {
      String t = tokens.get(j);
      if (t.equals("without") && j < at - 1) {
        continue;
      }
      if (!t.equals("only") && TextSignals.isNegation(t)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> terms(List<String> tokens, int first, int last) {
    Set<String> out = new HashSet<>();
    for (int j = Math.max(0, first - BEFORE); j <= Math.min(tokens.size() - 1, last + AFTER); j++) {
      String t = tokens.get(j);
      if (j >= first && j <= last
          || LEXICON.containsKey(t)
          || TextSignals.isStopWord(t)
          || TextSignals.isNegation(t)) {
        continue;
      }
      out.add(TextSignals.stem(t));
    }
    return out;
  }
}
