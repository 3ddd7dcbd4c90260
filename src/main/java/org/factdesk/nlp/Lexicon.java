package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * English words that mean the same, one more broadly, derive from one another or mean the opposite,
 * read from WordNet 3.1 (through extJWNL, BSD; the data under the WordNet licence). The dictionary
 * is loaded once, on first use, from the class path (about 0.8 s and some 40 MB of heap); each
 * word's relations are then remembered. Only a word's {@link #SENSES} most frequent senses count,
 * so that rare senses ("hit" as a success) do not make unrelated words meet.
 */
public final class Lexicon {
  /** How many of a word's senses (most frequent first) its relations are read from. */
  public static final int SENSES = 6;

  /** The most words whose relations are remembered before the memo is emptied. */
  static final int MEMO = 50_000;

  /** What {@link #relation} says of two words of the same base form. */
  public static final String SAME_WORD = "the same word";

  /** What {@link #relation} says of two words that share a sense. */
  public static final String SYNONYMS = "WordNet synonyms";

  /** What {@link #relation} says of a word and its broader word. */
  public static final String BROADER = "one is a kind of the other in WordNet";

  /** What {@link #relation} says of a word and one derived from it. */
  public static final String DERIVED = "derived forms";

  /** A word's part of speech, as WordNet knows them. */
  public enum Kind {
    NOUN,
    VERB,
    ADJECTIVE,
    ADVERB;

    /** The kind of a universal part-of-speech tag, if WordNet has words of it. */
    public static Optional<Kind> of(String upos) {
      return switch (upos) {
        case "NOUN", "PROPN" -> Optional.of(NOUN);
        case "VERB" -> Optional.of(VERB);
        case "ADJ" -> Optional.of(ADJECTIVE);
        case "ADV" -> Optional.of(ADVERB);
        default -> Optional.empty();
      };
    }

    POS pos() {
      return switch (this) {
        case NOUN -> POS.NOUN;
        case VERB -> POS.VERB;
        case ADJECTIVE -> POS.ADJECTIVE;
        case ADVERB -> POS.ADVERB;
      };
    }
  }

  /**
   * What WordNet says of one word: its base form and the base forms of related words (single words
   * only, lower case).
   *
   * @param lemma the base form ("operations" is "operation"), or the word itself when WordNet does
   *     not know it
   * @param same words that share one of its senses ("postpone", "defer")
   * @param broader words for the more general idea of one of its senses ("delay" for "postpone")
   * @param derived words of other parts of speech derived from it or its synonyms ("investigate"
   *     for "investigation", "injury" for "injure")
   * @param opposite its antonyms and their synonyms ("close" and "shut" for "open")
   */
  public record Entry(
      String lemma,
      Set<String> same,
      Set<String> broader,
      Set<String> derived,
      Set<String> opposite) {
    public Entry {
      if (lemma == null || lemma.isEmpty()) {
        throw new IllegalArgumentException("lemma must not be empty, got '" + lemma + "'");
      }
      same = Set.copyOf(same);
      broader = Set.copyOf(broader);
      derived = Set.copyOf(derived);
      opposite = Set.copyOf(opposite);
    }

    static Entry unknown(String word) {
      return new Entry(word, Set.of(), Set.of(), Set.of(), Set.of());
    }
  }

  private static final Map<Kind, Map<String, Entry>> MEMO_MAP = new java.util.EnumMap<>(Kind.class);

  static {
    for (Kind k : Kind.values()) {
      MEMO_MAP.put(k, new ConcurrentHashMap<>());
    }
  }

  private Lexicon() {}

  /** The dictionary, read once on first use (the holder idiom makes it lazy and thread-safe). */
  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      try {
        return Dictionary.getDefaultResourceInstance();
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet data could not be read from the class path", e);
      }
    }
  }

  private static final java.util.concurrent.atomic.AtomicBoolean LOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Starts reading the dictionary on a daemon thread, once, so that a caller that will need it (the
   * checks of an article) does not wait for it later; a lookup meanwhile waits for the load.
   */
  public static void loadInBackground() {
    if (LOADING.compareAndSet(false, true)) {
      new org.factdesk.internal.NamedThreads("wordnet")
          .newThread(() -> entry("word", Kind.NOUN))
          .start();
    }
  }

  /** What WordNet says of a lower-case word of this kind (an unknown word has no relations). */
  public static Entry entry(String word, Kind kind) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    if (w.isEmpty()) {
      return Entry.unknown("?");
    }
    Map<String, Entry> memo = MEMO_MAP.get(kind);
    Entry e = memo.get(w);
    if (e == null) {
      e = read(w, kind);
      if (memo.size() >= MEMO) {
        memo.clear();
      }
      memo.put(w, e);
    }
    return e;
  }

  /**
   * How two words are related, in words ("WordNet synonyms", "derived forms"), or empty: the same
   * base form, a shared sense, one the broader word of the other, or one derived from the other (or
   * from a synonym or broader word of it).
   */
  public static Optional<String> relation(Entry a, Entry b) {
    if (a.lemma().equals(b.lemma())) {
      return Optional.of(SAME_WORD);
    }
    if (a.same().contains(b.lemma()) || b.same().contains(a.lemma())) {
      return Optional.of(SYNONYMS);
    }
    if (a.broader().contains(b.lemma()) || b.broader().contains(a.lemma())) {
      return Optional.of(BROADER);
    }
    if (a.derived().contains(b.lemma()) || b.derived().contains(a.lemma())) {
      return Optional.of(DERIVED);
    }
    return Optional.empty();
  }

  /** Whether {@code b} is an antonym of {@code a} (or of its broader word) in WordNet. */
  public static boolean opposite(Entry a, Entry b) {
    return a.opposite().contains(b.lemma()) || b.opposite().contains(a.lemma());
  }

  private static Entry read(String word, Kind kind) {
    Dictionary d = Holder.DICTIONARY;
    IndexWord index;
    synchronized (d) {
      try {
        index = d.lookupIndexWord(kind.pos(), word);
        for (int k = 3; index == null && k <= word.length() - 4; k++) {
          // a compound WordNet does not know reads as its head: "cyberattack" as "attack"
          index = d.lookupIndexWord(kind.pos(), word.substring(k));
        }
        if (index == null) {
          return Entry.unknown(word);
        }
        List<Synset> senses = new ArrayList<>(index.getSenses());
        String lemma = index.getLemma();
        for (String base : d.getMorphologicalProcessor().lookupAllBaseForms(kind.pos(), word)) {
          // "operations" is a word of its own and the plural of "operation": both count
          IndexWord other = base.equals(lemma) ? null : d.getIndexWord(kind.pos(), base);
          if (other != null) {
            senses.addAll(0, other.getSenses());
            lemma = other.getLemma().length() < lemma.length() ? other.getLemma() : lemma;
          }
        }
        return fromSenses(lemma, senses);
      } catch (JWNLException e) {
        return Entry.unknown(word);
      }
    }
  }

  private static Entry fromSenses(String lemma, List<Synset> senses) throws JWNLException {
    Set<String> same = new TreeSet<>();
    Set<String> broader = new TreeSet<>();
    Set<String> derived = new TreeSet<>();
    Set<String> opposite = new TreeSet<>();
    for (int k = 0; k < senses.size(); k++) {
      Synset s = senses.get(k);
      for (Word w : s.getWords()) {
        add(same, w.getLemma());
      }
      if (k >= SENSES) {
        continue; // a rare sense: its synonyms only ("surgery" for "operation")
      }
      for (Word w : s.getWords()) {
        derivedAndOpposite(w, derived, opposite);
      }
      for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
        Synset h = p.getTargetSynset();
        for (Word w : h.getWords()) {
          add(broader, w.getLemma());
          derivedAndOpposite(w, derived, opposite);
        }
      }
    }
    same.remove(lemma);
    return new Entry(lemma, same, broader, derived, opposite);
  }

  private static void derivedAndOpposite(Word w, Set<String> derived, Set<String> opposite)
      throws JWNLException {
    for (Pointer p : w.getPointers()) {
      if (p.getType() == PointerType.DERIVATION && p.getTarget() instanceof Word t) {
        add(derived, t.getLemma());
      } else if (p.getType() == PointerType.ANTONYM && p.getTarget() instanceof Word t) {
        for (Word o : t.getSynset().getWords()) {
          add(opposite, o.getLemma());
        }
      }
    }
  }

  private static void add(Set<String> to, String lemma) {
    if (lemma.indexOf(' ') < 0) {
      to.add(lemma.toLowerCase(Locale.ROOT));
    }
  }

  /** The words remembered so far (for tests). */
  static int remembered() {
    return MEMO_MAP.values().stream().mapToInt(Map::size).sum();
  }
}
