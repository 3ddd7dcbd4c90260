package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.AttributionExtractor;
import org.factdesk.nlp.CalendarWords;
import org.factdesk.nlp.Negation;
import org.factdesk.nlp.Reactions;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.report.Finding;

/**
 * What someone said or how they reacted, without a figure: "Mark Hale said the strike was legal",
 * "Education Minister Sara Holm criticised the strike". A passage sentence that quotes the same
 * speaker (the same surname, or the same head noun for an organisation: "the road authority") on
 * the same thing (at least half the content words of the claim's quote) agrees; it disagrees when
 * the quote is negated the other way ("said the outbreak was not under control"), names another
 * year, month or weekday ("by 2031" for the claim's "by 2029"), or the reaction is the opposite
 * ("welcomed" for "criticised"). A claim with a figure only disagrees this way: whether its figure
 * agrees is the quantity check's ("X said N" may be true while N is disputed).
 */
public final class StatementCheck {
  /** The check name of its findings. */
  public static final String NAME = "statement";

  private static final Pattern REACTION_END =
      Pattern.compile(",\\s*(?:saying|calling|adding|as|but|and)\\b|;|\\.\\s*$");

  private static final Pattern NEGATED_BEFORE =
      Pattern.compile(Negation.BEFORE_VERB, Pattern.CASE_INSENSITIVE);

  /** Where a quote's clauses part: "under control and no new cases were found". */
  private static final Pattern CLAUSE = Pattern.compile("[,;]|\\s(?:and|but)\\s");

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /** Verbs of speech whose quote the check compares (not "wrote", "showed", "indicates"). */
  private static final Pattern SPEECH =
      Pattern.compile(
          "(?i)(?:say|said|says|told|tell|tells|stated?|states|added|adds|claim(?:s|ed)?"
              + "|announced?|announces|confirm(?:s|ed)?|warn(?:s|ed)?|insist(?:s|ed)?"
              + "|argu(?:e|es|ed)|den(?:y|ies|ied)|admit(?:s|ted)?|stress(?:es|ed)?"
              + "|declared?|declares)");

  private static final Set<String> CONTENT_POS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");

  private static final Set<String> NOT_CONTENT =
      FunctionWords.with(
          FunctionWords.CORE,
          FunctionWords.REFERRING,
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "yet",
          "so",
          "far",
          "now",
          "still",
          "say",
          "tell",
          "reporter",
          "saying",
          "year",
          "week",
          "month",
          "day");

  /** A word before a noun in -ing: "the ruling", "the court's ruling", "its meeting". */
  private static final Pattern DETERMINER =
      Pattern.compile("(?i)the|a|an|its|their|his|her|this|that|['’]s|['’]");

  /** Words for a court's or a body's decision, one thing to react to. */
  private static final Set<String> DECISIONS =
      Set.of("ruling", "judgment", "judgement", "verdict", "decision");

  private StatementCheck() {}

  /**
   * A statement of one sentence.
   *
   * @param speaker the source as written
   * @param keys the surname (a capitalised last word) or the head noun of the source, and the
   *     surnames named between it and the verb ("The union's lawyer, Mark Hale, said"), lower case
   * @param content what was said, or the object of the reaction
   * @param reaction the reaction's side (1 welcomed, -1 criticised), 0 for a quote
   * @param denied whether the verb denies the quote ("denied that ...")
   */
  record Said(String speaker, Set<String> keys, String content, int reaction, boolean denied) {}

  /** What the passage says of the claim's statement, if anything. */
  public static Optional<Finding> check(String claim, String passage) {
    return check(claim, passage, Set.of());
  }

  /**
   * As {@link #check(String, String)}; a reaction to another named thing of the claim's kind
   * ("welcomed the Orsund decision" for the claim's "welcomed the decision", when neither the claim
   * nor the story names Orsund: {@link OtherThing}) is a reaction to something else. {@link
   * #check(String, String)} applies the same guard with no story.
   *
   * @param story the story's subject words (lower case)
   */
  public static Optional<Finding> check(String claim, String passage, Set<String> story) {
    boolean figure = !QuantityParser.parse(claim).isEmpty();
    List<Said> claimed = statements(claim);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    Said c = claimed.get(0);
    Set<String> cw = words(c.content());
    if (cw.isEmpty()) {
      return Optional.empty();
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      for (Said p : statements(sentence)) {
        if (p.keys().stream().noneMatch(c.keys()::contains)
            || (p.reaction() == 0) != (c.reaction() == 0)) {
          continue;
        }
        Set<String> pw = words(p.content());
        long shared = cw.stream().filter(pw::contains).count();
        if (shared == 0 || shared * 2 < cw.size()) {
          continue;
        }
        String quote = "\"" + sentence.strip() + "\"";
        if (c.reaction() != 0) {
          if (OtherThing.named(c.content(), "the " + p.content(), story) != null) {
            // a reaction to another named decision of the same kind; with the story unknown the
            // story's own named decision is set aside too, which leaves the claim undecided
            continue;
          }
          return Optional.of(
              c.reaction() == p.reaction()
                  ? agrees(c, quote)
                  : new Finding(
                      NAME,
                      "disagrees",
                      "The claim says " + c.speaker() + " reacted the other way: " + quote));
        }
        Set<String> both = new TreeSet<>(cw);
        both.retainAll(pw);
        Boolean cn = negated(c, both);
        Boolean pn = negated(p, both);
        if (cn != null && pn != null && !cn.equals(pn)) {
          return Optional.of(
              new Finding(
                  NAME,
                  "disagrees",
                  "The evidence quotes "
                      + c.speaker()
                      + " saying the opposite ("
                      + (pn ? "negated" : "not negated")
                      + "): "
                      + quote));
        }
        String other = otherTime(c.content(), p.content());
        if (other != null) {
          return Optional.of(
              new Finding(
                  NAME,
                  "disagrees",
                  "The evidence quotes " + c.speaker() + " with " + other + ": " + quote));
        }
        if (figure) {
          continue; // "X said N": whether N agrees is the quantity check's
        }
        return Optional.of(agrees(c, quote));
      }
    }
    return Optional.empty();
  }

  private static Finding agrees(Said c, String quote) {
    return new Finding(NAME, "agrees", "The evidence quotes " + c.speaker() + " so: " + quote);
  }

  /** The statements of one sentence: reactions first, then quotes. */
  static List<Said> statements(String sentence) {
    return STATEMENTS.get(sentence);
  }

  /** Statements of lately checked sentences: a claim's for each passage, a passage's per claim. */
  private static final TextMemo<String, List<Said>> STATEMENTS =
      new TextMemo<>("statements", 4_096, String::length, t -> List.copyOf(statementsAnew(t)));

  private static List<Said> statementsAnew(String sentence) {
    List<Said> out = new ArrayList<>();
    List<Token> tokens = Tagger.shared().tag(sentence);
    Matcher r = Reactions.VERB.matcher(sentence);
    while (r.find()) {
      if (NEGATED_BEFORE
          .matcher(sentence.substring(Math.max(0, r.start() - 20), r.start()))
          .find()) {
        continue; // "has not criticised": no reaction
      }
      String speaker = sentence.substring(0, r.start()).strip();
      String rest = sentence.substring(r.end());
      Matcher end = REACTION_END.matcher(rest);
      String object = (end.find() ? rest.substring(0, end.start()) : rest).strip();
      // names only after the last comma before the verb: not "Monday" of "On Monday, X criticised"
      int from = sentence.substring(0, r.start()).replaceAll("[\\s,]+$", "").lastIndexOf(',') + 1;
      Set<String> keys = keys(speaker, tokens, from, r.start());
      if (!keys.isEmpty() && !object.isEmpty()) {
        out.add(new Said(speaker, keys, object, Reactions.side(r.group(1)), false));
      }
      break;
    }
    for (Attribution a : AttributionExtractor.extract(sentence, tokens)) {
      if (!SPEECH.matcher(a.verb()).matches() || a.content().isBlank()) {
        continue;
      }
      int verbAt = sentence.indexOf(a.verb(), a.end());
      int inverted = sentence.lastIndexOf(a.verb(), a.start()); // "..., said X"
      int verbEnd = (verbAt >= 0 ? verbAt : Math.max(0, inverted)) + a.verb().length();
      if (nounAfter(tokens, verbEnd)) {
        continue; // "confirmed cases": a participle before a noun, nobody quoted
      }
      Set<String> keys =
          keys(
              a.source(),
              tokens,
              a.start(),
              verbAt >= 0 && verbAt - a.end() < 40 ? verbAt : a.end());
      if (keys.isEmpty()) {
        continue;
      }
      boolean denied = a.verb().toLowerCase(Locale.ROOT).startsWith("den");
      out.add(new Said(a.source(), keys, a.content(), 0, denied));
    }
    return out;
  }

  /**
   * Whether a quote is negated or denied (an odd number of negations) in its clauses that hold the
   * {@code shared} words ("was under control and no new cases were found" is not negated for "under
   * control"); null when no clause holds them.
   */
  static Boolean negated(Said s, Set<String> shared) {
    int negations = 0;
    boolean found = false;
    for (String clause : CLAUSE.split(s.content())) {
      if (words(clause).stream().noneMatch(shared::contains)) {
        continue;
      }
      found = true;
      String text = clause.toLowerCase(Locale.ROOT).replace('’', '\'');
      for (String w : text.split("[^\\p{L}']+")) {
        negations += Negation.isWord(w) || privative(w) ? 1 : 0;
      }
    }
    return found ? s.denied() ^ (negations % 2 == 1) : null;
  }

  /** Words ending in "less" that are not privative adjectives. */
  private static final Set<String> NOT_PRIVATIVE =
      Set.of("unless", "nevertheless", "nonetheless", "regardless", "bless", "less");

  /**
   * Whether a word is a privative adjective, a negation in one word: "harmless" is "does not harm",
   * "baseless" "has no basis".
   */
  static boolean privative(String w) {
    return w.endsWith("less") && w.length() >= 8 && !NOT_PRIVATIVE.contains(w);
  }

  /**
   * The key of a source and the surnames (last words of runs of proper nouns) between {@code from}
   * and {@code to}: "The union's lawyer, Mark Hale," gives lawyer and hale.
   */
  private static Set<String> keys(String source, List<Token> tokens, int from, int to) {
    Set<String> out = new TreeSet<>();
    String k = key(source);
    if (k != null) {
      out.add(k);
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean last = i + 1 >= tokens.size() || !tokens.get(i + 1).pos().equals("PROPN");
      if (t.start() >= from && t.end() <= to && t.pos().equals("PROPN") && last) {
        out.add(t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s?$", ""));
      }
    }
    return out;
  }

  private static boolean nounAfter(List<Token> tokens, int end) {
    for (Token t : tokens) {
      if (t.start() >= end) {
        return t.pos().equals("NOUN");
      }
    }
    return false;
  }

  /** The surname or head noun of a source, or null for a pronoun or a bare determiner. */
  static String key(String source) {
    String[] w = source.strip().replaceAll("[,.;:]+$", "").split("\\s+");
    String last = w[w.length - 1].replaceAll("['’]s?$", "");
    String lower = last.toLowerCase(Locale.ROOT);
    if (last.isEmpty()
        || FunctionWords.REFERRING.contains(lower)
        || FunctionWords.CORE.contains(lower)
        || Set.of("i", "we", "you", "them", "him").contains(lower)) {
      return null;
    }
    return lower;
  }

  /** Lemmas of the content words of a quote (no times, function or reporting words). */
  static Set<String> words(String text) {
    return WORDS.get(text);
  }

  /** Content words of lately checked texts (quotes, claims' contents). */
  private static final TextMemo<String, Set<String>> WORDS =
      new TextMemo<>(
          "statement words", 4_096, String::length, t -> Collections.unmodifiableSet(wordsAnew(t)));

  private static Set<String> wordsAnew(String text) {
    Set<String> out = new TreeSet<>();
    List<Token> tokens = Tagger.shared().tag(text);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      String lemma = t.capitalised() ? w : t.lemma().toLowerCase(Locale.ROOT);
      if (w.endsWith("ing") && i > 0 && DETERMINER.matcher(tokens.get(i - 1).text()).matches()) {
        lemma = w; // "the court's ruling" is a noun, whatever the tagger made of it
      }
      lemma = DECISIONS.contains(lemma) || DECISIONS.contains(w) ? "decision" : lemma;
      if (!CONTENT_POS.contains(t.pos())
          || Negation.WORDS.contains(w)
          || NOT_CONTENT.contains(lemma)
          || NOT_CONTENT.contains(w)
          || YEAR.matcher(w).matches()
          || CalendarWords.isMonthWord(t.text())
          || CalendarWords.isWeekdayWord(t.text())
          || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      out.add(lemma);
    }
    return out;
  }

  /**
   * The year, month or weekday of the evidence's quote when the claim's quote names one of the same
   * sort and they share none ("2031" for "2029"), else null.
   */
  static String otherTime(String claim, String evidence) {
    List<Function<String, Set<String>>> sorts =
        List.of(StatementCheck::years, StatementCheck::months, StatementCheck::weekdays);
    for (Function<String, Set<String>> sort : sorts) {
      Set<String> c = sort.apply(claim);
      Set<String> e = sort.apply(evidence);
      if (!c.isEmpty() && !e.isEmpty() && c.stream().noneMatch(e::contains)) {
        return String.join(", ", e) + " for the claim's " + String.join(", ", c);
      }
    }
    return null;
  }

  private static Set<String> years(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Set<String> months(String text) {
    Set<String> out = new TreeSet<>();
    for (CalendarWords.Named n : CalendarWords.months(text)) {
      out.add(text.substring(n.start(), n.end()));
    }
    return out;
  }

  private static Set<String> weekdays(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = CalendarWords.WEEKDAY.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
