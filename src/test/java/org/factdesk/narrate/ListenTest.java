package org.factdesk.narrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.InputException;
import org.factdesk.article.Article;
import org.factdesk.narrate.internal.OggOpusFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenTest {
  @TempDir Path tmp;

  final List<Fixtures.Recording> opened = new ArrayList<>();

  Listen.Outcome run(Article a, String out, EngineConfig config) {
    ListenRequest r =
        new ListenRequest(
            a,
            "article.txt",
            tmp.resolve(out),
            OutputFormat.ofFileName(out),
            tmp.resolve(out + ".json"),
            config,
            ListenRequest.DEFAULT_MAX_WORDS,
            AudioCache.in(tmp.resolve("data")),
            null);
    return Listen.run(
        r,
        c -> {
          Fixtures.Recording e = new Fixtures.Recording(SpeechEngines.open(c));
          opened.add(e);
          return e;
        });
  }

  int synthesisCalls() {
    return opened.stream().mapToInt(e -> e.phrases.size()).sum();
  }

  @Test
  void theSameArticleIsSynthesisedOnce() throws Exception {
    Article a = Fixtures.shortArticle();
    Listen.Outcome first = run(a, "a.ogg", EngineConfig.defaults());
    int calls = synthesisCalls();
    assertThat(first.cached()).isFalse();
    assertThat(calls).isPositive();

    Listen.Outcome second = run(a, "b.wav", EngineConfig.defaults());
    assertThat(second.cached()).isTrue();
    assertThat(synthesisCalls()).as("no synthesis on a cache hit").isEqualTo(calls);
    assertThat(opened).as("no engine opened on a cache hit").hasSize(1);
    assertThat(second.timings()).isEqualTo(first.timings());

    // a different rate is a different narration
    Listen.Outcome faster = run(a, "c.ogg", EngineConfig.defaults().withRate(1.3));
    assertThat(faster.cached()).isFalse();
    assertThat(faster.timings().durationMs()).isLessThan(first.timings().durationMs());
    try (var files = Files.list(tmp.resolve("data/audio"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .hasSize(6) // two narrations: .wav, .json and .ogg each
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void oggDurationMatchesTheTimings() throws Exception {
    Listen.Outcome o = run(Fixtures.shortArticle(), "a.ogg", EngineConfig.defaults());
    OggOpusFile f = OggOpusFile.parse(Files.readAllBytes(tmp.resolve("a.ogg")));
    assertThat(f.seconds() * 1000)
        .isCloseTo(o.timings().durationMs(), org.assertj.core.data.Offset.offset(0.1));
    assertThat(f.inputRate()).isEqualTo(16000);
    // decoded Opus is still speech, not silence
    assertThat(new Pcm(48000, f.pcm48k()).rms()).isGreaterThan(300);
    // about 24 kbit/s
    double kbps = Files.size(tmp.resolve("a.ogg")) * 8 / f.seconds() / 1000;
    assertThat(kbps).isBetween(15.0, 32.0);
  }

  @Test
  void espeakNarrationIsResampledForOpusWhenInstalled() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        org.factdesk.narrate.internal.EspeakEngine.find("espeak-ng").isPresent(),
        "espeak-ng is not installed");
    Listen.Outcome o =
        run(Fixtures.shortArticle(), "e.ogg", EngineConfig.defaults().withKind(EngineKind.ESPEAK));
    assertThat(o.timings().engine()).isEqualTo("espeak");
    assertThat(o.timings().sampleRate()).isEqualTo(24000); // espeak-ng speaks at 22050 Hz
    OggOpusFile f = OggOpusFile.parse(Files.readAllBytes(tmp.resolve("e.ogg")));
    assertThat(f.seconds() * 1000)
        .isCloseTo(o.timings().durationMs(), org.assertj.core.data.Offset.offset(0.1));
    assertThat(new Pcm(48000, f.pcm48k()).rms()).isGreaterThan(300);
  }

  @Test
  void wavMatchesTheTimings() throws Exception {
    Listen.Outcome o = run(Fixtures.shortArticle(), "a.wav", EngineConfig.defaults());
    Pcm pcm = org.factdesk.narrate.internal.Wav.decode(Files.readAllBytes(tmp.resolve("a.wav")));
    assertThat(pcm.seconds() * 1000)
        .isCloseTo(o.timings().durationMs(), org.assertj.core.data.Offset.offset(0.1));
    assertThat(pcm.rms()).isGreaterThan(300);
  }

  @Test
  void refusesEmptyText() {
    Article a = Article.of(null, null, null, null, null, null, List.of(" * ", "—"), List.of());
    assertThatThrownBy(() -> run(a, "a.ogg", EngineConfig.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("article.txt: no text to narrate");
    assertThat(tmp.resolve("a.ogg")).doesNotExist();
  }

  @Test
  void refusesTooManyWordsBeforeSynthesis() {
    String para = "The talks went on for another day in the capital. ".repeat(2000);
    Article a = Article.of(null, null, null, null, null, null, List.of(para, para), List.of());
    assertThatThrownBy(() -> run(a, "a.ogg", EngineConfig.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has 40000 words, more than the limit of 10000");
    assertThat(opened).isEmpty();
  }

  @Test
  void refusesADeclaredLanguageTheVoiceDoesNotSpeak() {
    Article a =
        Article.of(
            null, null, null, null, null, "de", List.of("Officials met on Tuesday."), List.of());
    assertThatThrownBy(() -> run(a, "a.ogg", EngineConfig.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("in language 'de'");
  }

  @Test
  void refusesTextTheVoiceDoesNotSpeak() {
    // language not declared: the heuristic has to catch it
    Article a =
        Article.of(
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(Fixtures.resource("french-article.txt").split("\n\n")),
            List.of());
    assertThatThrownBy(() -> run(a, "a.ogg", EngineConfig.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("does not look like English");
    assertThat(synthesisCalls()).isZero();
    assertThat(tmp.resolve("a.ogg")).doesNotExist();
  }
}
