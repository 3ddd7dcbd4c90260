package org.factdesk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.factdesk.FactDeskException;
import org.factdesk.internal.TextMemo;

/**
 * Tokens and universal POS tags from the OpenNLP 1.3 UD English models, lemmas from {@link Lemmas}
 * (the statistical lemmatiser was six times slower than tagging). The models are loaded once
 * ({@link #shared()}); the non-thread-safe OpenNLP taggers are kept one per thread.
 */
public final class Tagger {
  /** Longest text tagged in one call; longer input is cut (the rest gets no tokens). */
  public static final int MAX_CHARS = 20_000;

  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static final class Holder {
    static final Tagger INSTANCE = new Tagger();
  }

  /**
   * Sequences the POS tagger's beam search keeps (JVM property {@code factdesk.tagger.beam}, 1 by
   * default; OpenNLP's own default is 3). With the UD model the greedy search gave the same tag for
   * every one of 18,701 tokens of the news development articles and sources and took a third to a
   * half of the time (docs/verify.md, "Speed"); tagging was the largest Java item of {@code check}.
   */
  static final int BEAM = Integer.getInteger("factdesk.tagger.beam", 1);

  private final ThreadLocal<TokenizerME> tokenizer;
  private final ThreadLocal<Function<String[], String[]>> tagger;

  private Tagger() {
    TokenizerModel tm = load(TOKENS, TokenizerModel::new);
    POSModel pm = load(POS, POSModel::new);
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tm));
    MaxentModel maxent = pm.getArtifact("pos.model");
    if (BEAM < 1) {
      throw new IllegalArgumentException("factdesk.tagger.beam must be >= 1, got " + BEAM);
    }
    tagger =
        ThreadLocal.withInitial(
            () -> {
              if (BEAM == POSTaggerME.DEFAULT_BEAM_SIZE || maxent == null) {
                POSTaggerME me = new POSTaggerME(pm);
                return me::tag;
              }
              BeamSearch search = new BeamSearch(BEAM, maxent);
              POSContextGenerator context = pm.getFactory().getPOSContextGenerator();
              SequenceValidator<String> valid = pm.getFactory().getSequenceValidator();
              return words ->
                  search
                      .bestSequence(words, null, context, valid)
                      .getOutcomes()
                      .toArray(String[]::new);
            });
  }

  /** The shared tagger; loads the models on first use (about a second). */
  public static Tagger shared() {
    return Holder.INSTANCE;
  }

  /**
   * Texts tagged lately and their tokens (the result depends on the text only): the checks of one
   * article read the same claim and passage several times (figures, subjects, events), and tagging
   * is the costly part. Least recently used entries go first.
   */
  private final TextMemo<String, List<Token>> recent =
      new TextMemo<>("tagged texts", RECENT_MAX, String::length, this::tagAnew);

  static final int RECENT_MAX = 2_048;

  /**
   * JVM property: when {@code false}, the tokeniser runs on whole texts as before session 9. By
   * default each whitespace-separated word's split into tokens is remembered ({@link #WORD_MAX}
   * words, least recently used out): OpenNLP's tokeniser cuts the text at whitespace and decides
   * each word's inner cuts from that word's characters alone (a maximum-entropy decision per
   * character of words with punctuation such as "2,940", "Lorn's" or "said."), so a word form seen
   * before is split the same way without running the model again.
   */
  public static final String WORD_MEMO_PROPERTY = "factdesk.tagger.wordMemo";

  static final boolean WORD_MEMO = !"false".equals(System.getProperty(WORD_MEMO_PROPERTY));

  /** Most word forms whose splits are remembered. */
  static final int WORD_MAX = 16_384;

  /** Longest word form whose split is remembered: longer ones are rare and would fill the memo. */
  static final int WORD_MEMO_MAX_CHARS = 64;

  /**
   * Per word form, its tokens as start and end offsets into the word. The arrays stay inside this
   * class: {@link #tokenizePos} only reads them.
   */
  private final TextMemo<String, int[]> wordSplits =
      new TextMemo<>("word splits", WORD_MAX, String::length, this::splitAnew);

  private int[] splitAnew(String word) {
    Span[] spans = tokenizer.get().tokenizePos(word);
    int[] out = new int[2 * spans.length];
    for (int i = 0; i < spans.length; i++) {
      out[2 * i] = spans[i].getStart();
      out[2 * i + 1] = spans[i].getEnd();
    }
    return out;
  }

  /**
   * The tokeniser's spans of {@code text}: whitespace-separated words, each split as {@link
   * #splitAnew} splits it alone (remembered per word form, see {@link #WORD_MEMO_PROPERTY}).
   */
  Span[] tokenizePos(String text) {
    if (!WORD_MEMO) {
      return tokenizer.get().tokenizePos(text);
    }
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Span> out = new ArrayList<>(words.length + words.length / 4);
    for (Span w : words) {
      int start = w.getStart();
      String word = text.substring(start, w.getEnd());
      int[] cuts = word.length() > WORD_MEMO_MAX_CHARS ? splitAnew(word) : wordSplits.get(word);
      for (int i = 0; i < cuts.length; i += 2) {
        out.add(new Span(start + cuts[i], start + cuts[i + 1]));
      }
    }
    return out.toArray(new Span[0]);
  }

  /** How many word forms have their splits remembered (for tests). */
  int rememberedWordSplits() {
    return wordSplits.size();
  }

  /** Tokenises, tags and lemmatises {@code text}; offsets are into {@code text}. */
  public List<Token> tag(String text) {
    return recent.get(text);
  }

  private List<Token> tagAnew(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    // typographic apostrophes confuse the models; the replacement keeps every offset
    String norm = t.replace('’', '\'');
    Span[] spans =
        splitPossessives(norm, mergeNameHyphens(norm, mergeAbbreviations(norm, tokenizePos(norm))));
    if (spans.length == 0) {
      return List.of();
    }
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = norm.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = tagger.get().apply(words);
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String tag = tags[i].toUpperCase(Locale.ROOT);
      out.add(
          new Token(
              t.substring(spans[i].getStart(), spans[i].getEnd()),
              spans[i].getStart(),
              spans[i].getEnd(),
              tag,
              Lemmas.of(words[i], tag)));
    }
    return List.copyOf(out);
  }

  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "gen", "sen", "rep", "gov", "dr", "col", "lt", "adm", "sgt", "capt", "maj", "mr", "mrs",
          "ms", "prof", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "u.s", "u.k",
          "u.n", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "gen.", "pres");

  /** Splits "Russia's" into "Russia" + "'s", as the UD models expect. */
  private static Span[] splitPossessives(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length + 4);
    for (Span s : spans) {
      int len = s.getEnd() - s.getStart();
      if (len > 2 && text.startsWith("'s", s.getEnd() - 2)
          || len > 2 && text.startsWith("'S", s.getEnd() - 2)) {
        out.add(new Span(s.getStart(), s.getEnd() - 2));
        out.add(new Span(s.getEnd() - 2, s.getEnd()));
      } else if (len > 2 && text.charAt(s.getEnd() - 1) == '.' && finalPeriod(text, s)) {
        out.add(new Span(s.getStart(), s.getEnd() - 1)); // "Kharkiv." at the end of a sentence
        out.add(new Span(s.getEnd() - 1, s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out.toArray(new Span[0]);
  }

  private static boolean finalPeriod(String text, Span s) {
    String word = text.substring(s.getStart(), s.getEnd() - 1);
    boolean atEnd = s.getEnd() == text.length() || Character.isWhitespace(text.charAt(s.getEnd()));
    return atEnd
        && word.indexOf('.') < 0
        && word.chars().allMatch(Character::isLetterOrDigit)
        && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Joins "Gen" + "." into one token "Gen." when they touch. */
  private static Span[] mergeAbbreviations(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      if (i + 1 < spans.length
          && spans[i + 1].getStart() == s.getEnd()
          && text.charAt(s.getEnd()) == '.'
          && spans[i + 1].getEnd() == s.getEnd() + 1
          && ABBREVIATIONS.contains(
              text.substring(s.getStart(), s.getEnd()).toLowerCase(Locale.ROOT))) {
        out.add(new Span(s.getStart(), s.getEnd() + 1));
        i++;
      } else {
        out.add(s);
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * Joins capitalised words that a hyphen glues together ("Jean" + "-Luc", "Secretary" + "-" +
   * "General") into one token, as a name or title is one word: the tokeniser splits them in several
   * ways. Left apart when a part is itself a listed place, organisation or demonym and the whole is
   * not ("Russia-Ukraine talks", "US-China trade").
   */
  static Span[] mergeNameHyphens(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    int i = 0;
    while (i < spans.length) {
      int start = spans[i].getStart();
      int end = spans[i].getEnd();
      int j = i + 1;
      if (capitalisedWord(text, start, end)) {
        while (true) {
          int next = hyphenatedPart(text, spans, j, end);
          if (next < 0) {
            break;
          }
          int partEnd = spans[next - 1].getEnd();
          int partStart =
              text.charAt(spans[j].getStart()) == '-' && spans[j].length() > 1
                  ? spans[j].getStart() + 1
                  : spans[next - 1].getStart();
          String left = text.substring(start, end);
          String right = text.substring(partStart, partEnd);
          String whole = text.substring(start, partEnd);
          if ((Gazetteer.isListed(left) || Gazetteer.isListed(right))
              && !Gazetteer.isListed(whole)) {
            break;
          }
          end = partEnd;
          j = next;
        }
      }
      out.add(j == i + 1 ? spans[i] : new Span(start, end));
      i = j;
    }
    return out.toArray(new Span[0]);
  }

  /**
   * Index after a capitalised part glued by a hyphen at {@code end} ("-Luc", or "-" then "Luc"), or
   * -1.
   */
  private static int hyphenatedPart(String text, Span[] spans, int j, int end) {
    if (j >= spans.length || spans[j].getStart() != end || text.charAt(end) != '-') {
      return -1;
    }
    if (spans[j].length() > 1) {
      return capitalisedWord(text, spans[j].getStart() + 1, spans[j].getEnd()) ? j + 1 : -1;
    }
    if (j + 1 < spans.length
        && spans[j + 1].getStart() == spans[j].getEnd()
        && capitalisedWord(text, spans[j + 1].getStart(), spans[j + 1].getEnd())) {
      return j + 2;
    }
    return -1;
  }

  /** A word of letters (and inner apostrophes) of which the first is upper case and not all are. */
  private static boolean capitalisedWord(String text, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    boolean lower = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!Character.isLetter(c) && c != '\'') {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower;
  }

  @FunctionalInterface
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = Tagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new FactDeskException("OpenNLP model " + resource + " is not on the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new FactDeskException("cannot load OpenNLP model " + resource, e);
    }
  }
}
