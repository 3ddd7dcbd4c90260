package org.factdesk.comments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Machine-written style: a transparent hand-set logistic model over a few features of polished,
 * generic prose versus casual human writing. Weights are set by hand (see docs/comments.md), not
 * trained on any data set. A trained model ({@link StyleWeights}, {@code factdesk eval
 * train-style}) was measured against it and not switched in: it lost the seed thread's 14/14. Weak
 * evidence: its contribution is capped well below the SUSPICIOUS threshold so it never decides
 * alone.
 */
public final class StyleModel {
  public static final double W_MAX = 0.15;

  /** Probability above which the style reason is given. */
  public static final double THRESHOLD = 0.6;

  private static final List<String> CONNECTORS =
      Prepared.phrases(
          List.of(
              "however",
              "ultimately",
              "moreover",
              "furthermore",
              "additionally",
              "while",
              "though",
              "overall",
              "in conclusion",
              "it is",
              "will require",
              "will be",
              "remains",
              "ensure",
              "towards",
              "whether"));
  private static final List<String> INFORMAL =
      Prepared.phrases(
          List.of(
              "lol", "lmao", "omg", "gonna", "wanna", "u", "ur", "dont", "cant", "im", "thats",
              "wtf", "yeah", "yep", "nope", "haha", "btw", "imo", "idk", "pls", "ok", "okay"));

  private StyleModel() {}

  /** A probability with the features that produced it. */
  public record Score(double probability, String explanation) {}

  /** The hand-set model's logit, clipped to [-6, 6]: a dense input of the trained model. */
  public static double handLogit(Prepared c) {
    double p = score(c).probability();
    return Math.max(-6, Math.min(6, Math.log(p / (1 - p))));
  }

  /** The hand-set model (its weights set by hand, not trained): the shipped style signal. */
  public static Score score(Prepared c) {
    int words = c.tokens.wordCount();
    if (words < 5) {
      return new Score(0.5, "too short to judge");
    }
    String text = c.text;
    int connectors = c.hits(CONNECTORS).size();
    int generic = c.hits(GENERIC).size();
    int informal = c.hits(INFORMAL).size();
    int caps = 0;
    int symbols = 0;
    int lowerStarts = 0;
    for (int i = 0; i < c.tokens.surface.size(); i++) {
      String s = c.tokens.surface.get(i);
      if (s.length() >= 3 && s.chars().allMatch(Character::isUpperCase)) {
        caps++;
      }
      if (c.tokens.skeleton.get(i).equals("<sym>")) {
        symbols++;
      }
    }
    if (!text.isEmpty()
        && Character.isLowerCase(text.strip().isEmpty() ? 'A' : text.strip().charAt(0))) {
      lowerStarts++;
    }
    int bangs = text.contains("!!") || text.contains("?!") || text.contains("...") ? 1 : 0;
    int links =
        (int)
            c.tokens.skeleton.stream().filter(s -> s.equals("<url>") || s.equals("<user>")).count();
    String stripped = text.strip();
    boolean endsWell = stripped.endsWith(".");
    double avgWord = 0;
    for (int i : c.tokens.words) {
      avgWord += c.tokens.lower.get(i).length();
    }
    avgWord /= words;
    double z =
        -1.6
            + 0.5 * Math.min(3, connectors)
            + 0.45 * Math.min(4, generic)
            + 0.35 * Math.max(0, Math.min(3, avgWord - 4.5))
            + (endsWell ? 0.6 : 0)
            + (words >= 25 ? 0.4 : 0)
            - 0.6 * Math.min(3, informal)
            - 0.5 * Math.min(2, caps)
            - 0.5 * Math.min(2, symbols)
            - 0.8 * lowerStarts
            - 0.6 * bangs
            - 0.3 * Math.min(2, links);
    double p = 1 / (1 + Math.exp(-z));
    List<String> f = new ArrayList<>();
    f.add(connectors + " formal connector(s)");
    f.add(generic + " stock abstraction(s)");
    f.add(String.format(Locale.ROOT, "mean word length %.1f", avgWord));
    if (informal + caps + symbols + lowerStarts + bangs > 0) {
      f.add((informal + caps + symbols + lowerStarts + bangs) + " casual marker(s)");
    } else {
      f.add("no casual markers");
    }
    return new Score(p, String.join(", ", f));
  }

  private static final List<String> GENERIC = Prepared.phrases(Lexicon.GENERIC_PHRASES);
}
