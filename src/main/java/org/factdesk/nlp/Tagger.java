package org.factdesk.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.factdesk.FactDeskException;

/**
 * Tokens, universal POS tags and lemmas from the OpenNLP 1.3 UD English models. The models are
 * loaded once ({@link #shared()}); the non-thread-safe OpenNLP taggers are kept one per thread.
 */
public final class Tagger {
  /** Longest text tagged in one call; longer input is cut (the rest gets no tokens). */
  public static final int MAX_CHARS = 20_000;

  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private static final class Holder {
    static final Tagger INSTANCE = new Tagger();
  }

  private final ThreadLocal<TokenizerME> tokenizer;
  private final ThreadLocal<POSTaggerME> tagger;
  private final ThreadLocal<LemmatizerME> lemmatizer;

  private Tagger() {
    TokenizerModel tm = load(TOKENS, TokenizerModel::new);
    POSModel pm = load(POS, POSModel::new);
    LemmatizerModel lm = load(LEMMAS, LemmatizerModel::new);
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tm));
    tagger = ThreadLocal.withInitial(() -> new POSTaggerME(pm));
    lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lm));
  }

  /** The shared tagger; loads the models on first use (about a second). */
  public static Tagger shared() {
    return Holder.INSTANCE;
  }

  /** Tokenises, tags and lemmatises {@code text}; offsets are into {@code text}. */
  public List<Token> tag(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Span[] spans = tokenizer.get().tokenizePos(t);
    if (spans.length == 0) {
      return List.of();
    }
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = t.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = tagger.get().tag(words);
    String[] lemmas = lemmatizer.get().lemmatize(words, tags);
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i] : lemmas[i];
      out.add(
          new Token(
              words[i],
              spans[i].getStart(),
              spans[i].getEnd(),
              tags[i].toUpperCase(Locale.ROOT),
              lemma.toLowerCase(Locale.ROOT)));
    }
    return List.copyOf(out);
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
