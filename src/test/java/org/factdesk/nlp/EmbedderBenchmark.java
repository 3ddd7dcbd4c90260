package org.factdesk.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Raw embedding throughput of the shipped model on news-length sentences. Run with {@code ./mvnw -q
 * test-compile exec:java}-free: {@code java -cp ... org.factdesk.nlp.EmbedderBenchmark [N]}; see
 * docs/benchmarks.md. Writes {@code target/bench/embedder.json}.
 */
public final class EmbedderBenchmark {
  private EmbedderBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
    List<String> texts = new ArrayList<>(n);
    String[] words =
        "the ministry said that troops drones attacks fired overnight region officials talks peace"
            .split(" ");
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 12 + (i * 7) % 25;
      for (int w = 0; w < len; w++) {
        sb.append(words[(i * 31 + w * 17) % words.length]).append(' ');
      }
      sb.append(i).append('.');
      texts.add(sb.toString());
    }
    Embedder e = Embedder.shared();
    e.embed(texts.subList(0, Math.min(256, n))); // warm-up
    long t0 = System.nanoTime();
    e.embed(texts);
    double seconds = (System.nanoTime() - t0) / 1e9;
    String json =
        String.format(
            Locale.ROOT,
            "{\"model\":\"%s\",\"sentences\":%d,\"seconds\":%.3f,\"sentencesPerSecond\":%.1f,"
                + "\"threads\":%d}%n",
            e.name(),
            n,
            seconds,
            n / seconds,
            Runtime.getRuntime().availableProcessors());
    Path out = Path.of("target", "bench", "embedder.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, json, StandardCharsets.UTF_8);
    System.out.print(json);
  }
}
