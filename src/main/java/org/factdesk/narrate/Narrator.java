package org.factdesk.narrate;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.article.Paragraph;
import org.factdesk.article.Sentence;
import org.factdesk.narrate.internal.Resampler;

/**
 * Narrates an article sentence by sentence: normalises each sentence into phrases, has the engine
 * speak them, inserts pauses (longer after a headline and between paragraphs, short around quotes)
 * and hands the audio to a sink as soon as each phrase is ready, so playback or encoding can start
 * after the first sentence. Returns the timings of every sentence and paragraph.
 */
public final class Narrator {
  /** Pauses in milliseconds. */
  public record Pauses(int headlineMs, int paragraphMs, int sentenceMs, int quoteMs) {
    public Pauses {
      if (headlineMs < 0 || paragraphMs < 0 || sentenceMs < 0 || quoteMs < 0) {
        throw new IllegalArgumentException(
            "pauses must be >= 0 ms, got "
                + headlineMs
                + ", "
                + paragraphMs
                + ", "
                + sentenceMs
                + ", "
                + quoteMs);
      }
    }

    /** 900 ms after a headline, 700 between paragraphs, 300 between sentences, 200 at quotes. */
    public static Pauses standard() {
      return new Pauses(900, 700, 300, 200);
    }
  }

  /** What a narration measured: synthesis time and time to the first audio. */
  public record Stats(long synthesisNanos, long firstAudioNanos, int phrases, int sentences) {}

  /** Timings and stats of one narration. */
  public record Result(Timings timings, Stats stats) {}

  private final SpeechEngine engine;
  private final double rate;
  private final Pauses pauses;

  public Narrator(SpeechEngine engine, double rate, Pauses pauses) {
    if (engine == null || pauses == null) {
      throw new IllegalArgumentException("engine and pauses must not be null");
    }
    this.engine = engine;
    this.rate = rate;
    this.pauses = pauses;
  }

  /** Narrates {@code article} into {@code sink}. */
  public Result narrate(Article article, PcmSink sink) {
    Run run = new Run(sink);
    List<SentenceTiming> sentences = new ArrayList<>();
    List<ParagraphTiming> paragraphs = new ArrayList<>();
    String title = article.title();
    boolean titleInText =
        title == null || title.isBlank() || article.text().startsWith(title.strip());
    if (!titleInText) {
      double start = run.speak(title);
      if (start >= 0) {
        sentences.add(
            new SentenceTiming(sentences.size(), -1, -1, -1, start, run.ms(), "headline"));
        run.pauseMs(pauses.headlineMs());
      }
    }
    List<Paragraph> ps = article.paragraphs();
    for (int pi = 0; pi < ps.size(); pi++) {
      Paragraph p = ps.get(pi);
      boolean headline = pi == 0 && titleInText && looksLikeHeadline(p);
      double paragraphStart = -1;
      List<Sentence> ss = p.sentences();
      for (int si = 0; si < ss.size(); si++) {
        Sentence s = ss.get(si);
        double start = run.speak(s.text());
        if (start < 0) {
          continue;
        }
        if (paragraphStart < 0) {
          paragraphStart = start;
        }
        sentences.add(
            new SentenceTiming(
                sentences.size(),
                pi,
                s.start(),
                s.end(),
                start,
                run.ms(),
                headline ? "headline" : "sentence"));
        boolean lastOfParagraph = si == ss.size() - 1;
        boolean lastOfAll = lastOfParagraph && pi == ps.size() - 1;
        if (!lastOfAll) {
          run.pauseMs(
              headline
                  ? pauses.headlineMs()
                  : lastOfParagraph ? pauses.paragraphMs() : pauses.sentenceMs());
        }
      }
      if (paragraphStart >= 0) {
        paragraphs.add(new ParagraphTiming(pi, p.start(), p.end(), paragraphStart));
      }
    }
    run.trimTrailingPause();
    Timings t =
        new Timings(
            engine.name(),
            engine.voice(),
            rate,
            run.rate == 0 ? 16000 : run.rate,
            run.ms(),
            sentences,
            paragraphs);
    return new Result(
        t,
        new Stats(
            run.synthesisNanos,
            run.firstAudioNanos < 0 ? run.synthesisNanos : run.firstAudioNanos,
            run.phrases,
            sentences.size()));
  }

  /** A first paragraph of one short sentence without final punctuation reads as a headline. */
  static boolean looksLikeHeadline(Paragraph p) {
    if (p.sentences().size() != 1) {
      return false;
    }
    String t = p.sentences().get(0).text().strip();
    if (t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return false;
    }
    return t.split("\\s+").length <= 20;
  }

  /** State of one narration: the sink, the audio position and the clock. */
  private final class Run {
    final PcmSink sink;
    final long t0 = System.nanoTime();
    int rate;
    long position;
    long pendingPause;
    long synthesisNanos;
    long firstAudioNanos = -1;
    int phrases;

    Run(PcmSink sink) {
      this.sink = sink;
    }

    double ms() {
      return rate == 0 ? 0 : Math.round(position * 10_000.0 / rate) / 10.0;
    }

    /** Speaks one sentence; returns where its speech starts (ms), or -1 if nothing is said. */
    double speak(String sentence) {
      List<String> phraseList = SpeechText.phrases(sentence);
      if (phraseList.isEmpty()) {
        return -1;
      }
      double start = -1;
      for (int i = 0; i < phraseList.size(); i++) {
        if (i > 0) {
          pauseMs(pauses.quoteMs());
        }
        long s0 = System.nanoTime();
        Pcm pcm = engine.synthesize(phraseList.get(i));
        synthesisNanos += System.nanoTime() - s0;
        phrases++;
        if (rate == 0) {
          rate = Resampler.opusRate(pcm.sampleRate());
        }
        pcm = Resampler.to(pcm, rate);
        flushPause();
        if (start < 0) {
          start = ms();
        }
        sink.write(pcm.samples(), rate);
        position += pcm.samples().length;
        if (firstAudioNanos < 0) {
          firstAudioNanos = System.nanoTime() - t0;
        }
      }
      return start;
    }

    /** Pauses are written lazily, so that a pause at the very end is never written. */
    void pauseMs(int ms) {
      if (rate > 0) {
        pendingPause += (long) ms * rate / 1000;
      }
    }

    private void flushPause() {
      while (pendingPause > 0) {
        int n = (int) Math.min(pendingPause, 1 << 16);
        sink.write(new short[n], rate);
        position += n;
        pendingPause -= n;
      }
    }

    void trimTrailingPause() {
      pendingPause = 0;
    }
  }
}
