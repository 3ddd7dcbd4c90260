package org.factdesk.narrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReader;

/** Test articles and a speech engine wrapper that counts and records what it synthesised. */
final class Fixtures {
  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article shortArticle() {
    return ArticleReader.readString(resource("short-article.txt"), "short-article.txt");
  }

  /** Delegates to an engine and records the length of every phrase it returned. */
  static final class Recording implements SpeechEngine {
    final SpeechEngine inner;
    final List<String> phrases = new ArrayList<>();
    final List<Pcm> audio = new ArrayList<>();

    Recording(SpeechEngine inner) {
      this.inner = inner;
    }

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public String voice() {
      return inner.voice();
    }

    @Override
    public String language() {
      return inner.language();
    }

    @Override
    public Pcm synthesize(String speechText) {
      Pcm p = inner.synthesize(speechText);
      phrases.add(speechText);
      audio.add(p);
      return p;
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
