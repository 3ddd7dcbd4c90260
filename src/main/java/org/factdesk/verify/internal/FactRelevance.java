package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Lexicon;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.verify.Quantity;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;

/**
 * Whether a retrieved passage is about the claim's fact or only about its story. In {@code check}
 * the passages found for a claim are about the same story by construction (the same project, town
 * or company), and the stance head often calls one that states another fact of that story (its
 * cost, another step, someone else's opinion) REFUTES. Such a passage is no evidence either way.
 *
 * <p>The story's words are the claim's words found in at least half of the claim's passages (when
 * there are at least {@link #MIN_PASSAGES}); the claim's other words say its fact. A passage is
 * about the fact when it shares at least half of those fact words (and two, if the claim has two),
 * or the claim's predicate (a verb, "start" meeting "begin" as in {@link EventCheck}) and two more
 * fact words, or the counted noun of one of the claim's figures (or a near one, {@link
 * CountedNouns}). A fact word the passage says in other words (nouns of one WordNet sense,
 * "coaches" for "buses"; a noun and the verb it derives from) counts as shared for the first test.
 * A head-only vote (no structured check set it) of a passage that is not about the fact becomes
 * neutral, with a note naming what it shares, and is left out of the count like a near-copy: as a
 * neutral vote it would still dilute the pooled model's mean stances, so one passage that does bear
 * on the claim would weigh less among many about other facts.
 */
public final class FactRelevance {
  /**
   * Fewer passages than this: no story words are inferred (every word of the claim is its fact).
   */
  public static final int MIN_PASSAGES = 4;

  /** A claim word in at least this share of the claim's passages belongs to the story. */
  public static final double STORY_SHARE = 0.5;

  /** The most a neutralised vote keeps of SUPPORTS or REFUTES. */
  static final double RESIDUAL = 0.1;

  private static final Set<String> KEPT = Set.of("NOUN", "PROPN", "VERB", "ADJ");

  private FactRelevance() {}

  /**
   * What a passage shares with the claim.
   *
   * @param about whether the passage is about the claim's fact
   * @param shared the claim words the passage contains, story words included
   * @param fact the claim's fact words (its words that are not the story's)
   * @param why why, for the vote's note
   */
  public record Judgement(boolean about, Set<String> shared, Set<String> fact, String why) {
    public Judgement {
      shared = Set.copyOf(shared);
      fact = Set.copyOf(fact);
      why = why == null ? "" : why;
    }
  }

  /** The words that say what a text is about: lemmas of nouns, names, verbs and adjectives. */
  static Set<String> words(String text) {
    return WORDS.get(text);
  }

  /** Words of lately judged texts: a claim's are read once per passage, a passage's twice. */
  private static final TextMemo<String, Set<String>> WORDS =
      new TextMemo<>("fact words", 4_096, String::length, FactRelevance::wordsAnew);

  private static Set<String> wordsAnew(String text) {
    TreeSet<String> out = new TreeSet<>();
    for (Token t : Tagger.shared().tag(text)) {
      if (!KEPT.contains(t.pos())) {
        continue;
      }
      String w = word(t);
      if (w.length() > 1
          && !TextSignals.isStopWord(w)
          && !TextSignals.isNegation(w)
          && !FunctionWords.NOT_ACTIONS.contains(w)) {
        out.add(w);
      }
    }
    return Collections.unmodifiableSortedSet(out);
  }

  /** The claim's verbs, as {@link #words} writes them. */
  static Set<String> predicates(String claim) {
    Set<String> out = new TreeSet<>();
    for (Token t : Tagger.shared().tag(claim)) {
      String w = word(t);
      if (t.pos().equals("VERB") && !FunctionWords.NOT_ACTIONS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static String word(Token t) {
    String w =
        t.capitalised() && !t.pos().equals("VERB")
            ? t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "")
            : t.lemma().toLowerCase(Locale.ROOT);
    return EventCheck.normal(TextSignals.stem(w));
  }

  /**
   * The claim's words found in at least {@link #STORY_SHARE} of the passages; none when there are
   * fewer than {@link #MIN_PASSAGES} passages.
   */
  public static Set<String> storyWords(String claim, List<String> passages) {
    if (passages.size() < MIN_PASSAGES) {
      return Set.of();
    }
    Map<String, Integer> count = new HashMap<>();
    for (String p : passages) {
      for (String w : words(p)) {
        count.merge(w, 1, Integer::sum);
      }
    }
    Set<String> out = new TreeSet<>();
    for (String w : words(claim)) {
      if (count.getOrDefault(w, 0) >= STORY_SHARE * passages.size()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether {@code passage} is about the claim's fact, given the story's words. */
  public static Judgement judge(String claim, String passage, Set<String> story) {
    Set<String> claimWords = words(claim);
    Set<String> passageWords = words(passage);
    Set<String> shared = new TreeSet<>(claimWords);
    shared.retainAll(passageWords);
    Set<String> fact = new TreeSet<>(claimWords);
    fact.removeAll(story);
    if (fact.isEmpty()) {
      return new Judgement(true, shared, fact, "the claim has no words beyond the story's");
    }
    Set<String> sharedFact = new TreeSet<>(fact);
    sharedFact.retainAll(passageWords);
    if (mostOf(sharedFact.size(), fact.size())) {
      return new Judgement(true, shared, fact, "shares most of the claim's fact: " + sharedFact);
    }
    Map<String, String> said = inOtherWords(fact, sharedFact, passageWords, claimWords);
    if (!said.isEmpty() && mostOf(sharedFact.size() + said.size(), fact.size())) {
      List<String> pairs = new ArrayList<>();
      said.forEach((c, p) -> pairs.add("'" + p + "' for '" + c + "'"));
      return new Judgement(
          true,
          shared,
          fact,
          "shares most of the claim's fact: "
              + sharedFact
              + ", in other words "
              + String.join(", ", pairs)
              + " (WordNet)");
    }
    Set<String> verbs = new TreeSet<>(predicates(claim));
    verbs.retainAll(sharedFact);
    if (!verbs.isEmpty() && sharedFact.size() >= 3) {
      return new Judgement(true, shared, fact, "shares the claim's predicate " + verbs);
    }
    for (Quantity q : QuantityParser.parse(claim)) {
      String noun = q.thing();
      if (!noun.isEmpty()
          && QuantityParser.parse(passage).stream()
              .anyMatch(p -> noun.equals(p.thing()) || CountedNouns.near(noun, p.thing()))) {
        return new Judgement(true, shared, fact, "a figure for the claim's '" + noun + "'");
      }
    }
    return new Judgement(
        false,
        shared,
        fact,
        "about another fact of the same story: shares only "
            + (shared.isEmpty() ? "no content word" : quoted(shared))
            + " with the claim");
  }

  /** At least half of the fact's words, and two of them if it has two. */
  private static boolean mostOf(int shared, int fact) {
    return shared * 2 >= fact && shared >= Math.min(2, fact);
  }

  /**
   * The claim's fact words the passage does not share but says in other words, each with the
   * passage's word: a WordNet synonym, a broader word or a derived form, as a noun or a verb
   * ("coach" for "bus", "replace" for "replacement", "hurt" for "injure"). Only words the claim
   * does not have are read from the passage, and only words of at least three letters.
   */
  private static Map<String, String> inOtherWords(
      Set<String> fact, Set<String> sharedFact, Set<String> passage, Set<String> claim) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (String c : fact) {
      if (sharedFact.contains(c) || c.length() < 3) {
        continue;
      }
      for (String p : passage) {
        if (p.length() >= 3 && !claim.contains(p) && related(c, p)) {
          out.put(shown(c), shown(p));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether WordNet relates the two words: as nouns, a shared sense ("coach" and "bus"); as a noun
   * and a verb, one derived from the other ("replacement" and "replace"). Broader words are not
   * read (a "replacement" is a kind of "match" in one sense), nor two verbs: a verb's many senses
   * make synonyms of nearly anything ("run" and "carry").
   */
  private static boolean related(String a, String b) {
    Lexicon.Entry na = entry(a, Lexicon.Kind.NOUN);
    Lexicon.Entry nb = entry(b, Lexicon.Kind.NOUN);
    if (known(na) && known(nb)) {
      Optional<String> r = Lexicon.relation(na, nb);
      if (r.filter(Lexicon.SYNONYMS::equals).isPresent()) {
        return true;
      }
    }
    return derived(na, entry(b, Lexicon.Kind.VERB)) || derived(nb, entry(a, Lexicon.Kind.VERB));
  }

  private static boolean derived(Lexicon.Entry noun, Lexicon.Entry verb) {
    return known(noun)
        && known(verb)
        && Lexicon.relation(noun, verb).filter(Lexicon.DERIVED::equals).isPresent();
  }

  private static boolean known(Lexicon.Entry e) {
    return !e.same().isEmpty() || !e.broader().isEmpty() || !e.derived().isEmpty();
  }

  /** The word as WordNet writes it ("coach" for "coache"), for the note. */
  private static String shown(String w) {
    for (Lexicon.Kind k : List.of(Lexicon.Kind.NOUN, Lexicon.Kind.VERB)) {
      Lexicon.Entry e = entry(w, k);
      if (known(e)) {
        return e.lemma();
      }
    }
    return w;
  }

  /**
   * WordNet's entry for a word of {@link #words}: the plural stemmer leaves "buse" for "buses" and
   * "coache" for "coaches", so a word ending in "e" that WordNet does not know is looked up as the
   * plural it came from (WordNet reads plurals itself).
   */
  private static Lexicon.Entry entry(String w, Lexicon.Kind k) {
    Lexicon.Entry e = ownEntry(w, k);
    if (e.same().isEmpty() && e.broader().isEmpty() && w.endsWith("e")) {
      Lexicon.Entry plural = ownEntry(w + "s", k);
      return plural.same().isEmpty() && plural.broader().isEmpty() ? e : plural;
    }
    return e;
  }

  /**
   * WordNet's entry for the word itself, not for the tail {@link Lexicon} reads a compound it does
   * not know as ("lace" for the noun "replace"): such a tail says nothing of the word here.
   */
  private static Lexicon.Entry ownEntry(String w, Lexicon.Kind k) {
    Lexicon.Entry e = Lexicon.entry(w, k);
    boolean tail = e.lemma().length() < w.length() && w.indexOf(e.lemma(), 3) > 0;
    return tail ? new Lexicon.Entry(w, Set.of(), Set.of(), Set.of(), Set.of()) : e;
  }

  /**
   * Whether an earlier fact-check of the claim {@code reviewed} checked the claim's fact: a claim
   * with a figure for a counted thing needs a figure for that thing (or a near one) in the
   * fact-check's claim, since a fact-check of a quote or of another figure of the story does not
   * check the number, and that figure must be the same subject's at the same time where both say
   * ({@link Subject#differsFrom}: Ostvik's trains are not Brill's, 2019's not 2027's); other claims
   * need what {@link #judge} asks of a passage.
   */
  public static boolean checksTheSameFact(String claim, String reviewed, Set<String> story) {
    List<Quantity> figures = new ArrayList<>();
    for (Quantity q : QuantityParser.parse(claim)) {
      if (!q.thing().isEmpty()) {
        figures.add(q);
      }
    }
    if (figures.isEmpty()) {
      return judge(claim, reviewed, story).about();
    }
    for (Quantity p : QuantityParser.parse(reviewed)) {
      for (Quantity q : figures) {
        if ((q.thing().equals(p.thing()) || CountedNouns.near(q.thing(), p.thing()))
            && Subject.of(claim, q.source()).differsFrom(Subject.of(reviewed, p.source()), story)
                == null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a fact-check's claim gives one of the claim's figures (a counted figure of the same
   * thing and about the same value), or the claim has no counted figure. A mixed rating ("Half
   * true") is a vote both ways, so it needs the same figure, not only a figure of the same kind: a
   * check of "invested 25 million euros" says nothing about "will pay each passenger 250 euros".
   */
  public static boolean repeatsAFigure(String claim, String reviewed) {
    List<Quantity> figures = new ArrayList<>();
    for (Quantity q : QuantityParser.parse(claim)) {
      if (!q.thing().isEmpty()) {
        figures.add(q);
      }
    }
    if (figures.isEmpty()) {
      return true;
    }
    for (Quantity p : QuantityParser.parse(reviewed)) {
      for (Quantity q : figures) {
        if ((q.thing().equals(p.thing()) || CountedNouns.near(q.thing(), p.thing()))
            && q.compareValue(p) == Quantity.Comparison.AGREES) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a fact-check rated false rejects another figure than the claim's: every figure of the
   * claim's counted thing in the fact-check's claim disagrees with the claim's ("fewer than 500
   * patients" rated false says nothing against "enrolled 2,412 patients"; "will take 20 hours"
   * rated false nothing against "between 14 and 15 hours"). False if no figure is comparable.
   */
  public static boolean rejectsAnotherFigure(String claim, String reviewed) {
    boolean disagrees = false;
    for (Quantity q : QuantityParser.parse(claim)) {
      if (q.thing().isEmpty()) {
        continue;
      }
      for (Quantity p : QuantityParser.parse(reviewed)) {
        if (!q.thing().equals(p.thing()) && !CountedNouns.near(q.thing(), p.thing())) {
          continue;
        }
        Quantity.Comparison one = q.compareValue(p);
        Quantity.Comparison other = p.compareValue(q);
        if (one == Quantity.Comparison.AGREES && pointInsideBound(q, p)) {
          // "more than 400 tractors" against "1,000 tractors" rated false: that it was not 1,000
          // says nothing of whether it was more than 400
          disagrees = true;
          continue;
        }
        if (one == Quantity.Comparison.AGREES || other == Quantity.Comparison.AGREES) {
          return false; // "more than 200 homes" rated false does speak of 214
        }
        disagrees |= one == Quantity.Comparison.DISAGREES && other == Quantity.Comparison.DISAGREES;
      }
    }
    return disagrees;
  }

  /**
   * True when the claim's figure {@code bound} is a bound ("more than 400") and the reviewed one a
   * figure inside it other than the bound's own value ("1,000"): the reviewed figure being false
   * leaves the bound as it was.
   */
  static boolean pointInsideBound(Quantity bound, Quantity reviewed) {
    boolean isBound =
        bound.approx() == org.factdesk.nlp.Approx.MORE_THAN
            || bound.approx() == org.factdesk.nlp.Approx.AT_LEAST
            || bound.approx() == org.factdesk.nlp.Approx.LESS_THAN
            || bound.approx() == org.factdesk.nlp.Approx.UP_TO;
    boolean pointed =
        reviewed.approx() == org.factdesk.nlp.Approx.EXACT
            || reviewed.approx() == org.factdesk.nlp.Approx.ABOUT
            || reviewed.approx() == org.factdesk.nlp.Approx.NEARLY
            || reviewed.approx() == org.factdesk.nlp.Approx.RANGE;
    return isBound && pointed && reviewed.value() != bound.value();
  }

  private static String quoted(Set<String> words) {
    List<String> q = new ArrayList<>();
    for (String w : words) {
      q.add("'" + w + "'");
    }
    return String.join(", ", q);
  }

  /**
   * The votes with the head-only votes of passages about another fact made neutral and not counted
   * (see the class comment). Votes set by a structured check and set-aside reports are kept as they
   * are; a near-copy is judged like any passage (it is not counted anyway, but it is shown).
   */
  public static Votes.Built apply(String claim, Votes.Checked checked, Votes.Built built) {
    List<String> texts = checked.texts();
    Set<String> story = null;
    List<StanceVote> out = new ArrayList<>(built.votes().size());
    for (int i = 0; i < built.votes().size(); i++) {
      StanceVote v = built.votes().get(i);
      StanceResult s = v.stance();
      if (v.authority() != StanceVote.Authority.MODEL
          || checked.setAside().get(i) != null
          || Math.max(s.supports(), s.refutes()) <= RESIDUAL) {
        out.add(v);
        continue;
      }
      if (story == null) {
        story = storyWords(claim, texts);
      }
      Judgement j = judge(claim, texts.get(i), story);
      if (j.about()) {
        out.add(v);
        continue;
      }
      double sup = Math.min(s.supports(), RESIDUAL);
      double ref = Math.min(s.refutes(), RESIDUAL);
      StanceResult n =
          StanceResult.of(
              new double[] {sup, ref, 1 - sup - ref},
              (s.note().isEmpty() ? "" : s.note() + "; ") + j.why());
      out.add(new StanceVote(n, v.weight(), true, v.authority())); // shown, not counted
    }
    return new Votes.Built(out, built.findings(), built.copyOf());
  }
}
