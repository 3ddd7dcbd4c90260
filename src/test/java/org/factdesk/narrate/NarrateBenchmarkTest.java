package org.factdesk.narrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.article.Article;
import org.factdesk.internal.Json;
import org.factdesk.narrate.internal.WavFileSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures narration of the seed page with the default engine and writes the figures to {@code
 * target/bench/narrate.json}: real-time factor, time to first audio, encoding time, file sizes and
 * peak heap. Nothing here asserts a speed; it only checks that the run produced audio.
 */
class NarrateBenchmarkTest {
  @TempDir Path tmp;

  @Test
  void narratesTheSeedPage() throws Exception {
    Path seed =
        Path.of(System.getProperty("factdesk.shared", "../shared"), "seed/article-page.txt");
    assumeTrue(Files.isRegularFile(seed), "seed page absent: " + seed);
    Article article =
        org.factdesk.article.ArticleReader.read(
            seed.toString(), org.factdesk.article.ReadOptions.defaults());
    long words = Listen.countWords(article.text());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("input", seed.getFileName().toString());
    out.put("words", words);
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("engine", "freetts/kevin16");
    out.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    System.gc();
    long heapBefore = heapUsed();
    for (String run : new String[] {"cold", "warm"}) {
      long t0 = System.nanoTime();
      SpeechEngine engine = SpeechEngines.open(EngineConfig.defaults());
      long loaded = System.nanoTime();
      long cpu0 = processCpuNanos();
      Narrator.Result r;
      Path wav = tmp.resolve(run + ".wav");
      try (WavFileSink sink = new WavFileSink(wav)) {
        r = new Narrator(engine, 1.0, Narrator.Pauses.standard()).narrate(article, sink);
      } finally {
        engine.close();
      }
      long narrated = System.nanoTime();
      long cpu1 = processCpuNanos();
      Path ogg = tmp.resolve(run + ".ogg");
      AudioFiles.convert(wav, ogg, OutputFormat.OGG, null);
      long encoded = System.nanoTime();
      long cpu2 = processCpuNanos();
      double audioSeconds = r.timings().durationMs() / 1000;
      double speechSeconds =
          r.timings().sentences().stream().mapToDouble(s -> s.endMs() - s.startMs()).sum() / 1000;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("engineLoadSeconds", secs(loaded - t0));
      m.put("timeToFirstAudioSeconds", secs(r.stats().firstAudioNanos()));
      m.put(
          "timeToFirstAudioIncludingLoadSeconds", secs(loaded - t0 + r.stats().firstAudioNanos()));
      m.put("synthesisSeconds", secs(r.stats().synthesisNanos()));
      m.put("narrateWallSeconds", secs(narrated - loaded));
      m.put("oggEncodeSeconds", secs(encoded - narrated));
      m.put("audioSeconds", round(audioSeconds));
      m.put("speechSeconds", round(speechSeconds));
      m.put("realTimeFactorSynthesis", round(r.stats().synthesisNanos() / 1e9 / audioSeconds));
      m.put("realTimeFactorNarrate", round((narrated - loaded) / 1e9 / audioSeconds));
      m.put("realTimeFactorWithOgg", round((encoded - loaded) / 1e9 / audioSeconds));
      m.put("narrateProcessCpuSeconds", secs(cpu1 - cpu0));
      m.put("oggEncodeProcessCpuSeconds", secs(cpu2 - cpu1));
      m.put("realTimeFactorNarrateProcessCpu", round((cpu1 - cpu0) / 1e9 / audioSeconds));
      m.put("realTimeFactorWithOggProcessCpu", round((cpu2 - cpu0) / 1e9 / audioSeconds));
      m.put("wordsPerMinute", round(words / speechSeconds * 60));
      m.put("wavBytes", Files.size(wav));
      m.put("oggBytes", Files.size(ogg));
      m.put("oggKbitPerSecond", round(Files.size(ogg) * 8 / audioSeconds / 1000));
      m.put("oggBytesPer1000Words", Math.round(Files.size(ogg) * 1000.0 / words));
      m.put("sentences", r.stats().sentences());
      m.put("phrases", r.stats().phrases());
      out.put(run, m);
      assertThat(audioSeconds).isGreaterThan(words / 5.0);
    }
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    out.put("heapUsedBeforeMB", heapBefore >> 20);
    out.put("peakHeapPoolsMB", peak >> 20);
    out.put(
        "note",
        "peak heap is the sum of heap pool peaks in the test JVM (an upper bound that includes"
            + " garbage); see docs/narrate.md for the CLI's peak RSS");
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("narrate.json"), Json.pretty(out), StandardCharsets.UTF_8);
  }

  /** CPU time of the whole JVM (all threads, including FreeTTS's output thread, GC and JIT). */
  private static long processCpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElse(0L);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double secs(long nanos) {
    return round(nanos / 1e9);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
