package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Quantity;
import org.factdesk.nlp.Token;

/**
 * Splits a sentence with several checkable facts into atomic parts, each with its own span in the
 * sentence and its own quantities:
 *
 * <ul>
 *   <li>counts joined by "and" or listed ("157 Russian servicemen and three Russian nationals ...
 *       were returned", "killed 15 soldiers, three police officers and two civilians"): the shared
 *       words before and after stay in every part;
 *   <li>coordinated verb phrases with their own numbers ("killed 15, wounded 40 and displaced
 *       2,000"): the shared subject stays in every part;
 *   <li>coordinated clauses with their own numbers ("Exports rose 5% and imports fell 3%, the
 *       agency said"): a shared attribution after the last clause stays in every part;
 *   <li>"X said A, adding that B": A as said, and "X added that B";
 *   <li>a trailing comparison with an earlier figure or a relative clause with its own year or
 *       number ({@link TrailingFacts}).
 * </ul>
 *
 * Sentences without such a structure come back whole, as one part.
 */
public final class CompoundSplitter {
  private static final int MAX_CONJUNCT = 90;

  /** Most parts one sentence is split into; longer lists stay whole. */
  public static final int MAX_PARTS = 20;

  private static final java.util.Set<String> CHANGE_VERBS =
      java.util.Set.of(
          "rose",
          "fell",
          "grew",
          "dropped",
          "climbed",
          "declined",
          "increased",
          "decreased",
          "jumped",
          "slipped",
          "gained",
          "lost",
          "surged",
          "plunged",
          "doubled",
          "tripled",
          "reached",
          "totalled",
          "totaled",
          "stood",
          "shrank",
          "slumped",
          "soared",
          "eased");
  private static final Pattern ADDING =
      Pattern.compile(",\\s+(?:adding|and added|he added|she added|noting|and noted) that\\s+");
  private static final Pattern SAID_AT_START =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{L}.’'-]*\\s){0,4}?\\p{Lu}[\\p{L}.’'-]*\\s(?:said|says|told \\p{L}+|announced|stated|claimed)\\b");
  private static final Pattern SAID =
      Pattern.compile(
          "^(?<who>.{2,80}?)\\s(?:said|says|told \\p{L}+|announced|stated|claimed|reported)\\b");

  /**
   * One atomic part: its text, its span in the sentence and its quantities. A {@code detached} part
   * is a separate fact hung on the sentence ("..., which Russia annexed in 2014"): it neither lends
   * its time to the other parts nor borrows theirs, nor the sentence's attribution unless it names
   * the source.
   */
  public record Part(String text, int start, int end, List<Quantity> quantities, boolean detached) {
    public Part {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "span must satisfy 0 <= start < end, got " + start + ".." + end);
      }
      quantities = List.copyOf(quantities);
    }

    public Part(String text, int start, int end, List<Quantity> quantities) {
      this(text, start, end, quantities, false);
    }

    /**
     * The items of {@code all} (times, with their spans) this part may take its setting from: a
     * detached part only its own, another part none inside a detached part.
     */
    public <T> List<T> usable(
        List<Part> parts,
        List<T> all,
        java.util.function.ToIntFunction<T> from,
        java.util.function.ToIntFunction<T> to) {
      List<T> out = new ArrayList<>();
      for (T t : all) {
        boolean keep = true;
        for (Part p : parts) {
          boolean inside = from.applyAsInt(t) < p.end() && p.start() < to.applyAsInt(t);
          boolean self = p.equals(this);
          if (self && detached && !inside || !self && p.detached() && inside) {
            keep = false;
          }
        }
        if (keep) {
          out.add(t);
        }
      }
      return out;
    }
  }

  /** How one count is joined to the next. */
  private enum Style {
    NOUN, // "183 drones and two ballistic missiles"
    PREDICATE, // "15,000 civilians have been killed and more than 40,000 wounded"
    VERB, // "killed 15, wounded 40"
    CLAUSE // "exports rose 5% and imports fell 3%"
  }

  private record Link(int sepStart, int sepEnd, boolean and, Style style) {}

  private CompoundSplitter() {}

  /** Splits using the quantities only (counts joined by "and"). */
  public static List<Part> split(String sentence, List<Quantity> quantities) {
    return split(sentence, quantities, null);
  }

  /** Splits using quantities and the sentence's tagged tokens (clauses, verb lists, "adding"). */
  public static List<Part> split(String sentence, List<Quantity> quantities, List<Token> tokens) {
    List<Part> adding = adding(sentence, quantities);
    if (!adding.isEmpty()) {
      return adding;
    }
    List<Part> byQuantity = byQuantity(sentence, quantities, tokens);
    if (byQuantity.size() > 1) {
      return byQuantity;
    }
    List<Part> saidAnd = saidAnd(sentence, quantities, tokens);
    if (!saidAnd.isEmpty()) {
      return saidAnd;
    }
    List<Part> trailing = TrailingFacts.split(sentence, quantities, tokens);
    return trailing.isEmpty() ? byQuantity : trailing;
  }

  /**
   * "Zelenskyy said Poland plans to ..., and the countries are exploring ...": two reported
   * clauses, each with its own subject and verb, become "Zelenskyy said A." and "Zelenskyy said B."
   */
  private static List<Part> saidAnd(
      String sentence, List<Quantity> quantities, List<Token> tokens) {
    if (tokens == null) {
      return List.of();
    }
    Matcher who = SAID_AT_START.matcher(sentence);
    if (!who.find()) {
      return List.of();
    }
    int and = sentence.indexOf(", and ", who.end());
    if (and < 0 || sentence.indexOf(", and ", and + 1) >= 0) {
      return List.of();
    }
    int bStart = and + 6;
    int end = sentence.length();
    // the second clause needs a subject then a finite verb within its first five words
    int k = 0;
    boolean subject = false;
    boolean verb = false;
    for (Token t : tokens) {
      if (t.start() < bStart) {
        continue;
      }
      if (k++ >= 5) {
        break;
      }
      if (!verb && Set.of("NOUN", "PROPN", "PRON").contains(t.pos())) {
        subject = true;
      } else if (subject && (t.pos().equals("VERB") || t.pos().equals("AUX"))) {
        verb = true;
        break;
      }
    }
    Token first = null;
    for (Token t : tokens) {
      if (t.start() >= bStart) {
        first = t;
        break;
      }
    }
    if (!verb
        || first == null
        || first.text().equalsIgnoreCase("that")
        || words(sentence.substring(who.end(), and)) < 3) {
      return List.of();
    }
    String a = sentence.substring(0, and) + ".";
    String b = who.group() + " " + sentence.substring(bStart).strip();
    if (!b.endsWith(".")
        && !b.endsWith("!")
        && !b.endsWith("?")
        && !b.endsWith("”")
        && !b.endsWith("\"")) {
      b = b + ".";
    }
    List<Quantity> qa = new ArrayList<>();
    List<Quantity> qb = new ArrayList<>();
    for (Quantity q : quantities) {
      (q.start() < and ? qa : qb).add(q);
    }
    return List.of(new Part(a, 0, and, qa), new Part(b, bStart, Math.max(bStart + 1, end), qb));
  }

  private static List<Part> byQuantity(
      String sentence, List<Quantity> quantities, List<Token> tokens) {
    List<Quantity> counts = new ArrayList<>();
    for (Quantity q : quantities) {
      if (!q.ordinal()) {
        counts.add(q);
      }
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i + 1 < counts.size(); i++) {
      links.add(link(sentence, counts.get(i), counts.get(i + 1), tokens));
    }
    int i = 0;
    while (i < links.size()) {
      if (links.get(i) == null) {
        i++;
        continue;
      }
      Style style = links.get(i).style();
      int j = i;
      while (style != Style.PREDICATE
          && j + 1 < links.size()
          && links.get(j + 1) != null
          && links.get(j + 1).style() == style) {
        j++;
      }
      int last = j;
      while (last >= i && !links.get(last).and()) {
        last--;
      }
      if (last >= i && last - i + 2 > MAX_PARTS) {
        return List.of(whole(sentence, quantities)); // a table read as prose: not split
      }
      if (last >= i) {
        return parts(
            sentence, quantities, counts.subList(i, last + 2), links.subList(i, last + 1), tokens);
      }
      i = j + 1;
    }
    return List.of(whole(sentence, quantities));
  }

  private static Part whole(String sentence, List<Quantity> quantities) {
    return new Part(sentence, 0, Math.max(1, sentence.length()), quantities);
  }

  /** How {@code a} is joined to {@code b}, or null when they are not coordinated. */
  private static Link link(String sentence, Quantity a, Quantity b, List<Token> tokens) {
    if (b.start() < a.end()) {
      return null;
    }
    String between = sentence.substring(a.end(), b.start());
    if (between.contains(";") || between.contains(".") || between.length() > MAX_CONJUNCT) {
      return null;
    }
    int sep;
    int sepLen;
    boolean and;
    int andAt = between.lastIndexOf(" and ");
    int commaAt = between.lastIndexOf(", ");
    if (andAt >= 0 && andAt >= commaAt - 1) {
      sep = commaAt >= 0 && commaAt == andAt - 1 ? commaAt : andAt;
      sepLen = andAt + 5 - sep;
      and = true;
    } else if (commaAt >= 0) {
      sep = commaAt;
      sepLen = 2;
      and = false;
    } else {
      return null;
    }
    String tail = between.substring(0, sep);
    String lead = between.substring(sep + sepLen);
    if (tail.contains(",")) {
      return null;
    }
    int sepStart = a.end() + sep;
    int sepEnd = sepStart + sepLen;
    if (lead.isBlank()) {
      boolean ownPredicate = words(tail) > 3 || hasVerb(tokens, a.end(), sepStart);
      if (ownPredicate && !and) {
        return null;
      }
      return new Link(sepStart, sepEnd, and, ownPredicate ? Style.PREDICATE : Style.NOUN);
    }
    int verb = firstVerb(tokens, sepEnd, b.start());
    if (tokens == null || words(lead) > 3 || verb < 0) {
      return null;
    }
    // "wounded 40": the verb opens the conjunct; "imports fell 3%": a subject comes first
    return new Link(sepStart, sepEnd, and, verb == 0 ? Style.VERB : Style.CLAUSE);
  }

  private static List<Part> parts(
      String sentence,
      List<Quantity> all,
      List<Quantity> run,
      List<Link> links,
      List<Token> tokens) {
    Style style = links.get(0).style();
    Quantity first = run.get(0);
    Quantity lastQ = run.get(run.size() - 1);
    int firstStart =
        switch (style) {
          case NOUN, PREDICATE -> first.start();
          case VERB -> verbBefore(tokens, first.start());
          case CLAUSE -> 0;
        };
    int lastEnd =
        switch (style) {
          case NOUN -> conjunctEnd(sentence, lastQ);
          default -> clauseEnd(sentence, lastQ.end());
        };
    String prefix = sentence.substring(0, firstStart);
    String suffix = sentence.substring(lastEnd);
    List<Part> out = new ArrayList<>();
    for (int k = 0; k < run.size(); k++) {
      int s = k == 0 ? firstStart : links.get(k - 1).sepEnd();
      int e = k == run.size() - 1 ? lastEnd : links.get(k).sepStart();
      if (e <= s) {
        return List.of(whole(sentence, all));
      }
      String text = (prefix + sentence.substring(s, e) + suffix).strip();
      if (!text.isEmpty()) {
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
      }
      List<Quantity> qs = new ArrayList<>();
      for (Quantity q : all) {
        if (!run.contains(q) || q.equals(run.get(k))) {
          qs.add(q);
        }
      }
      out.add(new Part(text, s, e, qs));
    }
    return out;
  }

  /** "Officials said 40 were freed, adding that 12 were hurt" -> two parts. */
  private static List<Part> adding(String sentence, List<Quantity> quantities) {
    Matcher m = ADDING.matcher(sentence);
    if (!m.find()) {
      return List.of();
    }
    Matcher who = SAID.matcher(sentence.substring(0, m.start()));
    if (!who.find() || m.end() >= sentence.length() - 1) {
      return List.of();
    }
    String end = sentence.endsWith(".") ? "" : ".";
    String a = sentence.substring(0, m.start()) + ".";
    String b = who.group("who") + " added that " + sentence.substring(m.end()).strip() + end;
    List<Quantity> qa = new ArrayList<>();
    List<Quantity> qb = new ArrayList<>();
    for (Quantity q : quantities) {
      (q.start() < m.start() ? qa : qb).add(q);
    }
    return List.of(
        new Part(a, 0, m.start(), qa),
        new Part(b, m.end(), Math.max(m.end() + 1, sentence.length()), qb));
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static boolean hasVerb(List<Token> tokens, int from, int to) {
    return firstVerb(tokens, from, to) >= 0;
  }

  /**
   * Index (among the tokens in {@code from..to}) of the first verb, or -1: tagged VERB, or a common
   * verb of change the tagger may miss in headline-style text ("Exports rose").
   */
  private static int firstVerb(List<Token> tokens, int from, int to) {
    if (tokens == null) {
      return -1;
    }
    int k = 0;
    for (Token t : tokens) {
      if (t.start() >= from && t.end() <= to) {
        if (t.pos().equals("VERB") || CHANGE_VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
          return k;
        }
        k++;
      }
    }
    return -1;
  }

  /** Start of the verb governing the number at {@code pos} ("killed 15"), else {@code pos}. */
  private static int verbBefore(List<Token> tokens, int pos) {
    int found = pos;
    int seen = 0;
    for (int i = tokens.size() - 1; i >= 0 && seen < 5; i--) {
      Token t = tokens.get(i);
      if (t.end() > pos) {
        continue;
      }
      seen++;
      if (t.pos().equals("VERB")) {
        return t.start();
      }
    }
    return found;
  }

  /**
   * Where the clause that starts at {@code from} ends: the next comma or semicolon, else the end.
   */
  private static int clauseEnd(String sentence, int from) {
    for (int i = from; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == ',' || c == ';') {
        return i;
      }
    }
    int end = sentence.length();
    while (end > from && ".!?\"'”’".indexOf(sentence.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** End of "two ballistic missiles" after the number "two". */
  private static int conjunctEnd(String sentence, Quantity q) {
    if (q.unit() == null) {
      return q.end();
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    int i = lower.indexOf(q.unit().toLowerCase(Locale.ROOT), q.end());
    if (i >= 0 && i - q.end() < 40) {
      return i + q.unit().length();
    }
    return q.end();
  }
}
