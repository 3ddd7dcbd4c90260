package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classes of event verbs, written once for every check that asks which kind of event a verb names:
 * "began" and "started" are one start, "completed" and "finished" one end, "restarted" and
 * "reopened" one resumption, "came down" and "gave way" one collapse. Verbs are looked up by lemma
 * (the tagger's or {@link Lemmas#of}), phrasal verbs by the verb's lemma and the words after it
 * ("shut down", "went into service", "lost their lives").
 */
public final class EventVerbs {
  /** Each lemma, or lemma and the words after it, to the class it names. */
  private static final Map<String, String> CLASSES = classes();

  /** The most words a phrasal verb of {@link #CLASSES} has after its verb. */
  private static final int LONGEST_TAIL = 3;

  private static Map<String, String> classes() {
    Map<String, String> out = new HashMap<>();
    put(out, "begin", "begin", "start", "commence", "launch", "break ground", "broke ground");
    put(out, "begin", "break out", "set off");
    put(
        out,
        "open",
        "open",
        "inaugurate",
        "unveil",
        "go into service",
        "enter service",
        "go into operation");
    put(out, "end", "end", "finish", "complete", "conclude");
    put(out, "buy", "buy", "purchase", "acquire", "take over");
    put(out, "sell", "sell", "go on sale");
    // a find's day: "first spotted on 3 May", "came to light on 9 May", "noticed it on 14 August"
    put(
        out,
        "discover",
        "discover",
        "spot",
        "notice",
        "find",
        "uncover",
        "unearth",
        "come to light");
    put(out, "meet", "meet", "hold talks");
    put(out, "close", "close", "shut", "shut down", "scrap", "abolish", "axe", "cancel");
    put(out, "close", "call off");
    put(out, "withdraw", "withdraw", "recall", "pull out");
    put(out, "found", "found", "establish", "set up", "create", "form");
    put(out, "build", "build", "construct", "erect");
    put(
        out,
        "renovate",
        "renovate",
        "rebuild",
        "rebuilt",
        "restore",
        "refurbish",
        "modernise",
        "modernize");
    put(out, "resume", "resume", "reopen", "reinstate", "restart", "bring back");
    put(out, "die", "die", "kill", "lose their lives", "lose his life", "lose her life");
    put(out, "appoint", "appoint", "elect", "name", "swear in", "sworn in");
    put(out, "leave", "resign", "retire", "step down", "leave office");
    put(out, "move", "move", "relocate");
    put(
        out,
        "collapse",
        "collapse",
        "slip",
        "slide",
        "come down",
        "give way",
        "cave in",
        "fall in",
        "fall down");
    put(out, "visit", "visit", "tour");
    put(out, "recruit", "recruit", "hire");
    put(out, "destroy", "destroy", "demolish", "wreck", "tear down", "burn down", "raze");
    put(out, "sink", "sink", "sank", "sunk", "founder", "capsize", "go down", "go under");
    put(out, "fall", "fall", "drop", "decline", "slump", "tumble", "plunge");
    return Map.copyOf(out);
  }

  private static void put(Map<String, String> out, String name, String... forms) {
    for (String f : forms) {
      String was = out.put(f, name);
      if (was != null) {
        throw new IllegalStateException("event verb \"" + f + "\" is in two classes");
      }
    }
  }

  /** A phrasal verb found: its class and how many words after the verb it takes. */
  public record Phrasal(String name, int words) {
    public Phrasal {
      if (words < 1) {
        throw new IllegalArgumentException("words must be >= 1, got " + words);
      }
    }
  }

  private EventVerbs() {}

  /**
   * The class of a verb's lemma, read with a final "e" when the lemma lost one ("collaps" is
   * "collapse", "inaugurat" is "inaugurate"); empty when it names none of the classes.
   */
  public static Optional<String> of(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    String c = CLASSES.get(l);
    if (c == null && !l.endsWith("e")) {
      c = CLASSES.get(l + "e");
    }
    return Optional.ofNullable(c);
  }

  /** Parts of speech that begin a noun phrase: after one, a preposition heads it. */
  private static final Set<String> PHRASE_STARTS =
      Set.of("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON");

  /**
   * The longest phrasal verb of the verb {@code tokens[at]} (its lemma {@code lemma}) and the words
   * after it, up to {@code to} (exclusive): "came down", "gave way", "lost their lives". A particle
   * of one word must be one: a preposition that heads a noun phrase is none ("fell in March", "came
   * down the hill"), while "the roof fell in." and "the wall came down on Monday" are collapses.
   */
  public static Optional<Phrasal> phrasal(List<Token> tokens, int at, int to, String lemma) {
    List<String> after = new ArrayList<>();
    for (int j = at + 1; j < Math.min(to, tokens.size()) && after.size() < LONGEST_TAIL; j++) {
      after.add(tokens.get(j).text());
    }
    Optional<Phrasal> p = phrasal(lemma, after);
    if (p.isPresent() && p.get().words() == 1 && at + 2 < tokens.size()) {
      Token particle = tokens.get(at + 1);
      Token next = tokens.get(at + 2);
      if (particle.pos().equals("ADP") && PHRASE_STARTS.contains(next.pos())) {
        return Optional.empty();
      }
    }
    return p;
  }

  /**
   * The longest phrasal verb of a verb's lemma and the words after it ("take" and "over", "go" and
   * "into service"), or empty.
   */
  public static Optional<Phrasal> phrasal(String lemma, List<String> after) {
    String l = lemma.toLowerCase(Locale.ROOT);
    for (int n = Math.min(LONGEST_TAIL, after.size()); n >= 1; n--) {
      String key = l + " " + String.join(" ", after.subList(0, n)).toLowerCase(Locale.ROOT);
      String c = CLASSES.get(key);
      if (c == null && !l.endsWith("e")) {
        c = CLASSES.get(l + "e " + key.substring(l.length() + 1));
      }
      if (c != null) {
        return Optional.of(new Phrasal(c, n));
      }
    }
    return Optional.empty();
  }
}
