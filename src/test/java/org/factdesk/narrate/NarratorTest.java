package org.factdesk.narrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.article.Sentence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NarratorTest {
  static Fixtures.Recording engine;
  static Narrator.Result result;
  static short[] audio;
  static Article article = Fixtures.shortArticle();
  static Narrator.Pauses pauses = Narrator.Pauses.standard();

  @BeforeAll
  static void narrate() {
    engine = new Fixtures.Recording(SpeechEngines.open(EngineConfig.defaults()));
    List<short[]> chunks = new ArrayList<>();
    result = new Narrator(engine, 1.0, pauses).narrate(article, (s, rate) -> chunks.add(s.clone()));
    audio = chunks.stream().reduce(new short[0], NarratorTest::concat);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  static short[] concat(short[] a, short[] b) {
    short[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void timingsCoverEverySentenceWithItsSpan() {
    // the reader takes the first line as the title, which is not part of the text
    assertThat(article.title()).isEqualTo("Drone talks resume in Abu Dhabi");
    List<Sentence> sentences = article.sentences();
    Timings t = result.timings();
    assertThat(t.sentences()).hasSize(sentences.size() + 1);
    SentenceTiming headline = t.sentences().get(0);
    assertThat(headline.kind()).isEqualTo("headline");
    assertThat(headline.paragraph()).isEqualTo(-1);
    assertThat(headline.start()).isEqualTo(-1);
    for (int i = 0; i < sentences.size(); i++) {
      SentenceTiming st = t.sentences().get(i + 1);
      assertThat(st.kind()).isEqualTo("sentence");
      assertThat(article.text().substring(st.start(), st.end())).isEqualTo(sentences.get(i).text());
    }
    assertThat(t.paragraphs()).extracting(ParagraphTiming::index).containsExactly(0, 1);
  }

  @Test
  void timingsMatchTheSynthesisedDurations() {
    Timings t = result.timings();
    int rate = t.sampleRate();
    assertThat(rate).isEqualTo(16000);
    // each sentence lasts exactly its phrases plus the quote pauses between them
    int phrase = 0;
    for (SentenceTiming st : t.sentences()) {
      String text =
          st.start() < 0 ? article.title() : article.text().substring(st.start(), st.end());
      List<String> phrases = SpeechText.phrases(text);
      double expected = 0;
      for (int k = 0; k < phrases.size(); k++) {
        assertThat(engine.phrases.get(phrase)).isEqualTo(phrases.get(k));
        expected += engine.audio.get(phrase++).samples().length * 1000.0 / rate;
        if (k > 0) {
          expected += pauses.quoteMs();
        }
      }
      assertThat(st.endMs() - st.startMs())
          .as("sentence %d", st.index())
          .isCloseTo(expected, within(0.2));
    }
    assertThat(phrase).isEqualTo(engine.phrases.size());
    // gaps between sentences are the configured pauses
    List<SentenceTiming> s = t.sentences();
    assertThat(s.get(1).startMs() - s.get(0).endMs()).isCloseTo(pauses.headlineMs(), within(0.2));
    assertThat(s.get(2).startMs() - s.get(1).endMs()).isCloseTo(pauses.sentenceMs(), within(0.2));
    assertThat(s.get(3).startMs() - s.get(2).endMs()).isCloseTo(pauses.paragraphMs(), within(0.2));
    // the whole audio is as long as the timings say, ending with the last sentence
    assertThat(audio.length * 1000.0 / rate).isCloseTo(t.durationMs(), within(0.1));
    assertThat(s.get(s.size() - 1).endMs()).isCloseTo(t.durationMs(), within(0.1));
    for (ParagraphTiming p : t.paragraphs()) {
      SentenceTiming first =
          s.stream().filter(x -> x.paragraph() == p.index()).findFirst().orElseThrow();
      assertThat(p.startMs()).isEqualTo(first.startMs());
    }
  }

  @Test
  void quotesGetTheirOwnPhrases() {
    assertThat(engine.phrases).contains("a useful step toward peace,");
  }

  @Test
  void audioIsNotSilentAndPlausiblyLong() {
    double seconds = result.timings().durationMs() / 1000;
    long words = Listen.countWords(article.text());
    assertThat(new Pcm(16000, audio).rms()).isGreaterThan(300);
    assertThat(words / seconds).isBetween(1.2, 4.0);
  }

  @Test
  void reportsTimeToFirstAudio() {
    assertThat(result.stats().firstAudioNanos()).isPositive();
    assertThat(result.stats().phrases()).isEqualTo(engine.phrases.size());
  }

  @Test
  void aTitleOutsideTheTextIsSpokenFirstAsHeadline() {
    Article a =
        Article.of(
            "Talks resume",
            null,
            null,
            null,
            null,
            "en",
            List.of("Officials met on Tuesday."),
            List.of());
    Fixtures.Recording e = new Fixtures.Recording(SpeechEngines.open(EngineConfig.defaults()));
    try {
      Timings t = new Narrator(e, 1.0, pauses).narrate(a, (s, r) -> {}).timings();
      assertThat(t.sentences()).hasSize(2);
      assertThat(t.sentences().get(0).kind()).isEqualTo("headline");
      assertThat(t.sentences().get(0).start()).isEqualTo(-1);
      assertThat(t.sentences().get(1).startMs() - t.sentences().get(0).endMs())
          .isCloseTo(pauses.headlineMs(), within(0.2));
    } finally {
      e.close();
    }
  }
}
