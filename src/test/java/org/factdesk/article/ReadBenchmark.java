package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Pages read per second: every fixture page under src/test/resources/org/factdesk/article (and the
 * seed page when ../shared is present), read from memory with {@link ArticleReader#fromBytes}
 * (decoding, HTML parsing, metadata, comments, main text, sentences), single-threaded, after a
 * warm-up. Reports wall-clock pages per second and pages per CPU-second of the reading thread (the
 * fairer figure on a shared machine; the load average is recorded too). Writes
 * target/bench/read.json. Runs only with -Dfactdesk.bench=true.
 */
@EnabledIfSystemProperty(named = "factdesk.bench", matches = "true")
class ReadBenchmark {
  private static final long WARMUP_NANOS = 3_000_000_000L;
  private static final long MEASURE_NANOS = 10_000_000_000L;

  @Test
  void pagesPerSecond() throws IOException {
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/org/factdesk/article"))) {
      files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
    }
    Path seed =
        Path.of(System.getProperty("factdesk.shared", "../shared"), "seed/article-page.txt");
    if (Files.isRegularFile(seed)) {
      inputs.add(seed);
    }
    List<byte[]> pages = new ArrayList<>();
    long bytes = 0;
    for (Path p : inputs) {
      byte[] b = Files.readAllBytes(p);
      pages.add(b);
      bytes += b.length;
    }
    run(pages, WARMUP_NANOS);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long read = run(pages, MEASURE_NANOS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    long rounds = read / pages.size();

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("benchmark", "read");
    result.put("pages", inputs.stream().map(p -> p.getFileName().toString()).toList());
    result.put("pageBytesTotal", bytes);
    result.put("pagesRead", read);
    result.put("seconds", Math.round(seconds * 1000) / 1000.0);
    result.put("pagesPerSecond", Math.round(read / seconds * 10) / 10.0);
    result.put("megabytesPerSecond", Math.round(rounds * bytes / seconds / 1e6 * 100) / 100.0);
    result.put("meanMillisPerPage", Math.round(seconds * 1000 / read * 1000) / 1000.0);
    result.put("cpuSeconds", Math.round(cpuSeconds * 1000) / 1000.0);
    result.put("pagesPerCpuSecond", Math.round(read / cpuSeconds * 10) / 10.0);
    result.put("systemLoadAverage", loadBefore);
    result.put("threads", 1);
    result.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    result.put("java", System.getProperty("java.version"));
    result.put("measuredAt", Instant.now().toString());
    Path out = Path.of("target/bench/read.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, Json.pretty(result) + "\n", StandardCharsets.UTF_8);
    assertThat(read).isPositive();
  }

  private static long run(List<byte[]> pages, long nanos) {
    long end = System.nanoTime() + nanos;
    long n = 0;
    int sink = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < pages.size(); i++) {
        Article a = ArticleReader.fromBytes(pages.get(i), null, "page-" + i, null);
        sink += a.text().length();
        n++;
      }
    }
    if (sink == 42) {
      System.out.println(sink); // keeps the work observable
    }
    return n;
  }
}
