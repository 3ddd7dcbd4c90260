package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Lexicon;
import org.factdesk.nlp.Negation;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.report.Finding;

/**
 * A claim that a passage states in other words, or denies, without a figure or a date to compare:
 * "The hospital postponed all planned operations" against "All scheduled surgery at the hospital
 * has been delayed", "No one was injured" against "Two passengers were taken to hospital". The
 * claim's parts (its verbs, the nouns and adjectives around them, its names, times and figures) are
 * aligned with one passage sentence: a word is matched by the same base form or a related one in
 * WordNet ({@link Lexicon}: a shared sense, the broader word, a derived form), a verb also by its
 * antonym. Every name of the claim must be in the sentence (or be the story's subject), every
 * figure too, every verb must be matched, and at most one of four other words may be missing. The
 * sentence then agrees when each verb keeps its polarity (both negated, "did not pay" and "refused
 * to pay", or neither) and disagrees when one is negated and the other not, or when a verb meets
 * its antonym with the same polarity ("reopened" and "will remain shut"). A sentence that gives the
 * claim's time another weekday, month or year is left to the time checks; one that gives no time
 * may disagree but does not agree. Plans and possibilities ("plans to", "could") only meet plans
 * and possibilities. Claims of a first, a last or a record, whose point is the time since, are left
 * to the time checks.
 */
public final class LexicalCheck {
  /** The check name of its findings. */
  public static final String NAME = "lexical";

  /** Words that say nothing of the claim's fact. */
  private static final Set<String> NOT_CONTENT =
      FunctionWords.with(
          TextSignals.stopWords(),
          FunctionWords.NOT_ACTIONS,
          "other",
          "all",
          "more",
          "most",
          "some",
          "many",
          "several",
          "new",
          "own",
          "also",
          "still",
          "now",
          "then",
          "just",
          "only",
          "so",
          "get",
          "make",
          "go",
          "come",
          "according",
          "early",
          "late",
          "morning",
          "afternoon",
          "evening",
          "night",
          "day",
          "week",
          "month",
          "year",
          "time",
          "number",
          "part",
          "parts");

  private static final Pattern TIME =
      Pattern.compile(
          "(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
              + "|april|may|june|july|august|september|october|november|december|(?:19|20)\\d\\d");

  /** Claims whose point is the time since something last happened, or a record. */
  private static final Pattern TIME_SINCE =
      Pattern.compile(
          "(?i)\\b(?:first|last|since|ever|record|only|never before|most|least|biggest|largest"
              + "|worst|best|deadliest|highest|lowest|longest|shortest|fewest)\\b");

  /** An attribution at the end of a claim: ", the hospital said.", ", according to X." */
  private static final Pattern SAID_AFTER =
      Pattern.compile(
          "(?i),\\s*(?:according to [^,]+|[^,]{0,80}\\b(?:said|says|told \\w+|reported|announced"
              + "|added|confirmed)\\b[^,]*)\\.?\\s*$");

  private static final Pattern SAID_BEFORE = Pattern.compile("(?i)^according to [^,]+,\\s*");

  /** Words that dispute a figure ("disputes the figure", "put the number at"). */
  private static final Pattern DISPUTE =
      Pattern.compile(
          "(?i)\\b(?:disput\\w*|contest\\w*|challeng\\w*|question\\w*|den(?:y|ies|ied)"
              + "|put (?:the|that) (?:figure|number|toll|total))\\b");

  /** A claim that a body decided as one. */
  private static final Pattern UNANIMOUS = Pattern.compile("(?i)\\bunanimous(?:ly)?\\b");

  /** A vote with some against: "by 21 votes to 14", "voted 31 to 14", "with two against". */
  private static final Pattern SPLIT =
      Pattern.compile(
          "(?i)\\b(\\d+|\\p{L}+) (?:votes )?to (\\d+|one|two|three|four|five|six|seven|eight"
              + "|nine|ten)\\b(?! (?:per ?cent|%))|\\b(?:\\w+) (?:votes? )?against\\b"
              + "|\\babstain\\w*");

  /** Words that end a clause for the scope of a negation or a modal. */
  private static final Set<String> CLAUSE_END =
      Set.of(",", ";", ":", "but", "while", "although", "though", "whereas", "because", "after");

  /** Words before a verb that make it a plan or a possibility rather than a fact. */
  private static final Set<String> MODAL =
      Set.of(
          "could",
          "may",
          "might",
          "plan",
          "plans",
          "planned",
          "planning",
          "propose",
          "proposes",
          "proposed",
          "want",
          "wants",
          "wanted",
          "if",
          "unless",
          "whether",
          "threatened",
          "threatens",
          "considering",
          "considers",
          "expects",
          "expected",
          "hopes",
          "hoped");

  /**
   * Phrases that name an event in several words, as the verb they stand for ("taken to hospital" is
   * an injury, "lost their lives" a death, "came to harm" harm).
   */
  private static final List<Phrase> PHRASES =
      List.of(
          new Phrase(
              Pattern.compile("(?i)^(?:taken|rushed|flown|admitted) to (?:a )?hospital"), "injure"),
          new Phrase(
              Pattern.compile("(?i)^(?:treated|hospitali[sz]ed) (?:for|in|with)\\b"), "injure"),
          new Phrase(Pattern.compile("(?i)^lost (?:their|his|her|its) li(?:ves|fe)"), "die"),
          new Phrase(Pattern.compile("(?i)^(?:came|come|comes|coming) to harm"), "harm"));

  private record Phrase(Pattern pattern, String verb, String text) {
    Phrase(Pattern pattern, String verb) {
      this(pattern, verb, verb);
    }
  }

  /** One word of a text as the alignment reads it. */
  private record Part(
      String text,
      String pos,
      String word,
      Lexicon.Kind kind,
      boolean negated,
      boolean modal,
      int index,
      boolean optional,
      boolean object,
      Lexicon.Entry[] read) {
    Part(
        String text,
        String pos,
        String word,
        Lexicon.Kind kind,
        boolean negated,
        boolean modal,
        int index,
        boolean optional,
        boolean object) {
      this(text, pos, word, kind, negated, modal, index, optional, object, new Lexicon.Entry[1]);
    }

    /**
     * What WordNet says of the word, read when an alignment first needs it and then kept (a benign
     * race: every thread computes the same immutable entry).
     */
    Lexicon.Entry entry() {
      Lexicon.Entry e = read[0];
      if (e == null) {
        e = Lexicon.entry(word, kind);
        e = kind == Lexicon.Kind.VERB ? withAction(e) : e;
        read[0] = e;
      }
      return e;
    }
  }

  /** The parts of a text: words to align, names, times and figures. */
  private record Parts(
      List<Part> words, Set<String> names, Set<String> times, Set<String> figures, String all) {
    Parts {
      words = List.copyOf(words);
      names = Set.copyOf(names);
      times = Set.copyOf(times);
      figures = Set.copyOf(figures);
    }
  }

  private static final boolean DEBUG = Boolean.getBoolean("factdesk.lexical.debug");

  /** The relations of {@link Lexicon#relation}, the closest first: a word's best match. */
  private static final List<String> RANKS =
      List.of(Lexicon.SAME_WORD, Lexicon.SYNONYMS, Lexicon.DERIVED, Lexicon.BROADER);

  private LexicalCheck() {}

  /**
   * What the passage's sentences say of the claim by alignment, if one of them lines up with it.
   *
   * @param story the story's subject, lower-case names ({@link Subject#story}): a claim's name that
   *     is the story's need not be in the sentence
   */
  public static Optional<Finding> check(String claim, String passage, Set<String> story) {
    int words = words(claim);
    if (words > MAX_WORDS) {
      // aligning costs the claim's words times the sentence's (a 20,000-word claim took 30 s)
      return Optional.of(
          new Finding(
              NAME,
              "note",
              "The claim is too long to align word by word ("
                  + words
                  + " words, at most "
                  + MAX_WORDS
                  + "): not compared."));
    }
    Optional<Parts> claimed = CLAIMS.get(claim);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    Parts c = claimed.get();
    int skipped = 0;
    for (Sentence s : SENTENCES.get(passage)) {
      if (s.parts() == null) {
        skipped++;
        continue;
      }
      Optional<Finding> f = align(c, s.parts(), s.text(), story);
      if (f.isPresent()) {
        return f;
      }
    }
    if (skipped > 0) {
      return Optional.of(
          new Finding(
              NAME,
              "note",
              skipped
                  + " sentence(s) of the evidence are too long to align word by word (more than "
                  + MAX_WORDS
                  + " words): not compared."));
    }
    return Optional.empty();
  }

  /**
   * The most words of a claim or a passage sentence that are aligned: a longer one is not compared
   * (news sentences run to 60 words; the alignment costs the product of the two lengths).
   */
  static final int MAX_WORDS = 150;

  /** How many words (runs of non-space characters) a text has. */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      n += !space && !in ? 1 : 0;
      in = !space;
    }
    return n;
  }

  /** A passage sentence and its parts (null when it is too long to align). */
  private record Sentence(String text, Parts parts) {}

  /** The parts of lately checked claims (each is checked against all its passages). */
  private static final TextMemo<String, Optional<Parts>> CLAIMS =
      new TextMemo<>("lexical claim parts", 1_024, String::length, LexicalCheck::claimParts);

  /** The parts of the sentences of lately checked passages. */
  private static final TextMemo<String, List<Sentence>> SENTENCES =
      new TextMemo<>("lexical sentence parts", 4_096, String::length, LexicalCheck::sentences);

  /**
   * The parts of a claim without its attribution, or empty when the check does not apply (a claim
   * of a first or a record, or one without a verb).
   */
  private static Optional<Parts> claimParts(String claim) {
    if (TIME_SINCE.matcher(claim).find()) {
      return Optional.empty();
    }
    String core = SAID_BEFORE.matcher(SAID_AFTER.matcher(claim).replaceFirst("")).replaceFirst("");
    Parts c = parts(core, false);
    if (c.words().stream().noneMatch(p -> p.pos().equals("VERB"))) {
      return Optional.empty();
    }
    return Optional.of(c);
  }

  private static List<Sentence> sentences(String passage) {
    List<Sentence> out = new ArrayList<>();
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      out.add(
          new Sentence(
              sentence.strip(), words(sentence) > MAX_WORDS ? null : parts(sentence, true)));
    }
    return List.copyOf(out);
  }

  /** Whether a text says a decision was unanimous. */
  public static boolean unanimous(String text) {
    return UNANIMOUS.matcher(text).find();
  }

  /**
   * A claim that a body decided unanimously against a passage sentence that reports a vote with
   * some against ("by 21 votes to 14", "the Greens voted against") about the same decision (its
   * verb in other words or the same): the claim's manner disagrees, whatever the other checks find
   * of the decision itself.
   */
  public static Optional<Finding> unanimity(String claim, String passage, Set<String> story) {
    if (!UNANIMOUS.matcher(claim).find()) {
      return Optional.empty();
    }
    String core = UNANIMOUS.matcher(claim).replaceAll("");
    Optional<Finding> f = check(core, passage, story);
    Set<String> decided = null;
    if (f.isEmpty() || !f.get().outcome().equals("agrees")) {
      decided = decided(claim);
      if (decided == null) {
        return bodySplit(claim, passage, story);
      }
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      Optional<String> split = split(sentence);
      if (split.isPresent()
          && !UNANIMOUS.matcher(sentence).find()
          && (decided == null || about(sentence, decided, claim))) {
        return Optional.of(
            new Finding(
                NAME,
                "disagrees",
                "The claim says unanimously, but the evidence reports a split vote: "
                    + split.get()
                    + ": \""
                    + sentence.strip()
                    + "\""));
      }
    }
    return Optional.empty();
  }

  /** "The court's three judges were unanimous": a body's state; group {@code body}. */
  private static final Pattern BODY_WAS_UNANIMOUS =
      Pattern.compile(
          "(?i)\\b(?<body>judges|jurors|jury|panel|council|board|committee|court|members|bench)"
              + "\\b[^.;]{0,40}?\\b(?:was|were)\\s+unanimous\\b");

  /**
   * "The court's three judges were unanimous" against a passage sentence in which the same body
   * ("judges") split: a split of a body named otherwise ("The Orsund court's judges were split two
   * to one", when neither the claim nor the story names Orsund) is another body's vote, a note;
   * otherwise the split disagrees.
   */
  private static Optional<Finding> bodySplit(String claim, String passage, Set<String> story) {
    Matcher m = BODY_WAS_UNANIMOUS.matcher(claim);
    if (!m.find()) {
      return Optional.empty();
    }
    String body = m.group("body").toLowerCase(Locale.ROOT);
    String lowerClaim = claim.toLowerCase(Locale.ROOT);
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      Optional<String> split = split(sentence);
      Set<String> words =
          new java.util.TreeSet<>(
              List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
      if (split.isEmpty() || UNANIMOUS.matcher(sentence).find() || !words.contains(body)) {
        continue;
      }
      Matcher n = Pattern.compile("\\b\\p{Lu}\\p{Ll}+").matcher(sentence);
      String other = null;
      while (n.find() && other == null) {
        String w = n.group().toLowerCase(Locale.ROOT);
        if (!FunctionWords.NOT_NAMES.contains(w) && !lowerClaim.contains(w) && !story.contains(w)) {
          other = n.group();
        }
      }
      return Optional.of(
          other != null
              ? new Finding(
                  "event",
                  "note",
                  "The evidence reports a split vote of another body ("
                      + other
                      + "), not the claim's: \""
                      + sentence.strip()
                      + "\"")
              : new Finding(
                  NAME,
                  "disagrees",
                  "The claim says unanimous, but the evidence reports a split vote: "
                      + split.get()
                      + ": \""
                      + sentence.strip()
                      + "\""));
    }
    return Optional.empty();
  }

  /** "The decision to name the hall after Ella Foss was unanimous": the state of a decision. */
  private static final Pattern DECISION_WAS_UNANIMOUS =
      Pattern.compile(
          "(?i)\\b(?:decision|vote|choice|verdict|approval)\\b(?<what>[^.;]{0,80}?)\\b(?:was|were)"
              + "\\s+unanimous\\b");

  /**
   * The content words of what a claim of the form "the decision to ... was unanimous" says was
   * decided (lower case), or null when the claim is not of that form or names too little.
   */
  private static Set<String> decided(String claim) {
    Matcher m = DECISION_WAS_UNANIMOUS.matcher(claim);
    if (!m.find()) {
      return null;
    }
    Set<String> out = new java.util.TreeSet<>();
    for (String w : m.group("what").toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
      if (w.length() > 2
          && !FunctionWords.CORE.contains(w)
          && !FunctionWords.REFERRING.contains(w)) {
        out.add(w);
      }
    }
    return out.size() < 2 ? null : out;
  }

  /**
   * Whether a passage sentence is about what the claim says was decided: half of its content words
   * and every capitalised name of the claim's decision.
   */
  private static boolean about(String sentence, Set<String> decided, String claim) {
    Set<String> words =
        new java.util.TreeSet<>(List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
    long shared = decided.stream().filter(words::contains).count();
    Matcher n = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}+").matcher(claim);
    while (n.find()) {
      if (!words.contains(n.group().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return shared * 2 >= decided.size();
  }

  private static Optional<String> split(String sentence) {
    java.util.regex.Matcher m = SPLIT.matcher(sentence);
    if (!m.find() || (m.group(2) != null && m.group(2).equals("0"))) {
      return Optional.empty();
    }
    return Optional.of("'" + m.group() + "' against 'unanimously' (a split vote)");
  }

  private static Optional<Finding> align(Parts c, Parts p, String sentence, Set<String> story) {
    for (String name : c.names()) {
      if (!p.names().contains(name) && !story.contains(name) && !p.all().contains(name)) {
        return Optional.empty();
      }
    }
    if (!p.figures().containsAll(c.figures())) {
      return Optional.empty();
    }
    if (!c.figures().isEmpty() && DISPUTE.matcher(sentence).find()) {
      return Optional.empty(); // a figure the sentence disputes: the quantity checks' to judge
    }
    boolean timeStated = p.times().containsAll(c.times());
    if (!timeStated && !c.times().isEmpty() && !p.times().isEmpty()) {
      return Optional.empty(); // another day, month or year: the time checks' to judge
    }
    List<String> same = new ArrayList<>();
    List<String> flipped = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    int missing = 0;
    int others = 0;
    int anchors = 0;
    boolean verbMissing = false;
    for (Part cw : c.words()) {
      boolean verb = cw.pos().equals("VERB");
      if (!verb) {
        others++;
      }
      Part best = null;
      String how = null;
      boolean opposite = false;
      int rank = Integer.MAX_VALUE;
      Lexicon.Entry ce = cw.entry();
      for (Part pw : p.words()) {
        Lexicon.Entry pe = pw.entry();
        Optional<String> r = Lexicon.relation(ce, pe);
        if (r.isPresent() && verb && !pw.pos().equals("VERB") && r.get().equals(Lexicon.BROADER)) {
          // "hurt" is no kind of the noun "fire": a verb meets a broader or narrower verb only
          continue;
        }
        if (r.isPresent()) {
          int k = RANKS.indexOf(r.get());
          if (k < rank) {
            best = pw;
            how = r.get();
            opposite = false;
            rank = k;
          }
          continue;
        }
        if (verb && best == null && Lexicon.opposite(ce, pe)) {
          best = pw;
          how = "WordNet antonyms";
          opposite = true;
        }
      }
      if (best == null) {
        if (cw.object()) {
          return Optional.empty(); // the verb's object is not in the sentence
        }
        if (cw.optional()) {
          others--;
          continue;
        }
        if (verb) {
          verbMissing = true;
        } else {
          missing++;
        }
        continue;
      }
      if (!verb) {
        anchors++;
      }
      if (!verb && cw.negated() == best.negated()) {
        matched.add("'" + best.text() + "'");
        continue;
      }
      if (verb && cw.modal() != best.modal()) {
        return Optional.empty(); // a plan or a possibility against a fact
      }
      String pair =
          "'"
              + best.text()
              + "' for '"
              + cw.text()
              + "' ("
              + how
              + (best.negated() ? ", negated in the evidence" : "")
              + (cw.negated() ? ", negated in the claim" : "")
              + ")";
      if ((cw.negated() != best.negated()) != opposite) {
        flipped.add(pair);
      } else {
        same.add(pair);
      }
    }
    if (DEBUG) {
      System.err.println(
          "lexical: "
              + c.words().stream().map(Part::text).toList()
              + " vs "
              + p.words().stream().map(x -> x.text() + (x.negated() ? "!" : "")).toList()
              + " same="
              + same
              + " flipped="
              + flipped
              + " matched="
              + matched
              + " missing="
              + missing
              + "/"
              + others
              + " verbMissing="
              + verbMissing);
    }
    if (verbMissing || missing > others / 3) {
      return Optional.empty();
    }
    boolean anchored =
        anchors > 0
            || c.names().stream().anyMatch(n -> p.all().contains(n))
            || story.stream().anyMatch(n -> p.all().contains(n));
    if (!anchored) {
      return Optional.empty(); // only the verb in common: perhaps another story's event
    }
    if (UNANIMOUS.matcher(c.all()).find() && !UNANIMOUS.matcher(sentence).find()) {
      Optional<String> split = split(sentence);
      if (split.isEmpty()) {
        return Optional.empty(); // the claim's "unanimously" is not in the sentence
      }
      flipped.add(split.get());
    }
    String parts =
        (matched.isEmpty() ? "" : "; " + String.join(", ", matched) + " match")
            + (c.names().isEmpty() ? "" : "; names match")
            + (c.times().isEmpty() ? "" : timeStated ? "; the time matches" : "");
    String quote = ": \"" + sentence + "\"";
    if (!flipped.isEmpty()) {
      return Optional.of(
          new Finding(
              NAME,
              "disagrees",
              "The evidence says the opposite of the claim: "
                  + String.join(", ", flipped)
                  + parts
                  + quote));
    }
    if (!timeStated) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            NAME,
            "agrees",
            "The evidence says the same in other words: "
                + String.join(", ", same)
                + parts
                + quote));
  }

  private static Parts parts(String text, boolean passage) {
    List<Token> tokens = Tagger.shared().tag(text);
    List<Part> words = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    Set<String> times = new TreeSet<>();
    Set<String> figures = new TreeSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int skipTo = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i < skipTo) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      String rest = text.substring(t.start());
      Phrase phrase = null;
      for (Phrase ph : PHRASES) {
        java.util.regex.Matcher m = ph.pattern().matcher(rest);
        if (m.find()) {
          phrase = new Phrase(ph.pattern(), ph.verb(), m.group());
          int end = t.start() + m.end();
          skipTo = i + 1;
          while (skipTo < tokens.size() && tokens.get(skipTo).start() < end) {
            skipTo++;
          }
          break;
        }
      }
      if (phrase != null) {
        words.add(
            new Part(
                phrase.text(),
                "VERB",
                phrase.verb(),
                Lexicon.Kind.VERB,
                negated(tokens, i, text),
                modal(tokens, i),
                i,
                false,
                false));
        continue;
      }
      if (TIME.matcher(w).matches()) {
        times.add(w);
        continue;
      }
      if (t.pos().equals("NUM") || w.matches("\\d[\\d,.]*")) {
        figures.add(w.replace(",", ""));
        continue;
      }
      if (t.isProper()) {
        if (i > 0 || unknown(Lexicon.entry(w, Lexicon.Kind.NOUN))) {
          // a name; in the passage it may still match a claim's word ("the Ostby gondola")
          names.add(w.replaceAll("['’]s$", ""));
          if (!passage) {
            continue;
          }
        }
      }
      Optional<Lexicon.Kind> kind = Lexicon.Kind.of(t.pos());
      if (kind.isEmpty() || kind.get() == Lexicon.Kind.ADVERB) {
        continue;
      }
      String lemma = t.pos().equals("VERB") ? t.lemma().toLowerCase(Locale.ROOT) : w;
      if (w.length() < 2 || NOT_CONTENT.contains(lemma) || NOT_CONTENT.contains(w)) {
        continue;
      }
      if (!passage && NOT_CONTENT.contains(Lexicon.entry(w, kind.get()).lemma())) {
        continue;
      }
      words.add(
          new Part(
              t.text(),
              t.pos(),
              w,
              kind.get(),
              negated(tokens, i, text),
              modal(tokens, i),
              i,
              !t.pos().equals("VERB") && circumstance(tokens, i),
              !passage && object(tokens, i)));
    }
    return new Parts(words, names, times, figures, lower);
  }

  /**
   * The entry of a verb whose action class ({@link EventCheck#action}: "launch" is "begin") is
   * another word: WordNet's relations of the class's verb are added.
   */
  private static Lexicon.Entry withAction(Lexicon.Entry e) {
    String a = EventCheck.action(e.lemma());
    if (a.equals(e.lemma())) {
      return e;
    }
    return ACTIONS.computeIfAbsent(
        e.lemma(),
        k -> {
          Set<String> same = new TreeSet<>(e.same());
          same.add(a);
          same.addAll(Lexicon.entry(a, Lexicon.Kind.VERB).same());
          return new Lexicon.Entry(e.lemma(), same, e.broader(), e.derived(), e.opposite());
        });
  }

  /** Verbs whose entries {@link #withAction} widened (a few dozen at most). */
  private static final java.util.Map<String, Lexicon.Entry> ACTIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static boolean unknown(Lexicon.Entry e) {
    return e.same().isEmpty() && e.broader().isEmpty();
  }

  /**
   * Whether a negation governs the word at {@code i}: a negation word ("not", "no", "nobody",
   * "never", "without") or a refusal ("refused to") earlier in its clause with no other verb
   * between; a noun only when the negation is just before it ("no arrests").
   */
  private static boolean negated(List<Token> tokens, int i, String text) {
    Token t = tokens.get(i);
    if (Negation.isRefusal(text.substring(Math.max(0, t.start() - 40), t.start()))) {
      return true;
    }
    boolean verb = t.pos().equals("VERB");
    for (int j = i - 1, seen = 0; j >= 0; j--, seen++) {
      Token b = tokens.get(j);
      String w = b.text().toLowerCase(Locale.ROOT);
      if (CLAUSE_END.contains(w) || (!verb && seen >= 2)) {
        return false;
      }
      if (Negation.isWord(w) || w.equals("without")) {
        return !(w.equals("not") && j + 1 < tokens.size() && notOnly(tokens.get(j + 1)));
      }
      if (b.pos().equals("VERB")
          && !FunctionWords.NOT_ACTIONS.contains(b.lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return false;
  }

  private static boolean notOnly(Token next) {
    return Set.of("only", "just", "merely", "simply")
        .contains(next.text().toLowerCase(Locale.ROOT));
  }

  /** Prepositions of a circumstance ("during the rescue"), not of what the claim is about. */
  private static final Set<String> CIRCUMSTANCE =
      Set.of("during", "following", "throughout", "amid", "despite");

  /**
   * Whether the noun at {@code i} is in a phrase of circumstance ("during the rescue", "after the
   * attack"): a sentence that does not name it may still state the claim's fact.
   */
  private static boolean circumstance(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      Token b = tokens.get(j);
      String w = b.text().toLowerCase(Locale.ROOT);
      if (CIRCUMSTANCE.contains(w)) {
        return true;
      }
      if (!Set.of("DET", "ADJ", "NOUN", "PROPN").contains(b.pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the noun at {@code i} is in the first noun phrase after a verb of its clause (its
   * object: "stadium" and "licence" in "approved the stadium licence"), which a sentence must name.
   */
  private static boolean object(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.pos().equals("NOUN")) {
      return false;
    }
    for (int j = i - 1; j >= 0; j--) {
      Token b = tokens.get(j);
      if (b.pos().equals("VERB")) {
        return !FunctionWords.NOT_ACTIONS.contains(b.lemma().toLowerCase(Locale.ROOT));
      }
      if (!Set.of("DET", "ADJ", "NOUN", "NUM").contains(b.pos())) {
        return false;
      }
    }
    return false;
  }

  /** Whether a plan or possibility word comes before the word at {@code i} in its clause. */
  private static boolean modal(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0; j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (CLAUSE_END.contains(w)) {
        return false;
      }
      if (MODAL.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
