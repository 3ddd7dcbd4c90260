package org.factdesk.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.factdesk.article.Comment;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;

/**
 * Speed: audits a generated 10,000-comment thread (a seeded mix of varied human-like sentences and
 * templated ones, with authors, times and replies) eight times and writes wall and CPU times of the
 * audit (single-threaded) and the machine's load to target/bench/comments.json; and a replayed
 * 100,000-comment timed burst ({@link #burstThread}) three times, to
 * target/bench/comments-burst.json. Figures are recorded, not asserted.
 */
class CommentsBenchmark {
  private static final String[] WORDS =
      ("council budget bridge school road tax rent housing bus train doctor nurse hospital park"
              + " river election vote mayor police fire winter summer price market shop farm"
              + " factory wage job union strike teacher student library museum team coach game"
              + " goal season ticket fan stadium weather storm flood drought harvest")
          .split(" ");
  private static final String[] TEMPLATES = {
    "This is a crucial step towards meaningful progress and we must support it.",
    "Well said. Sustained dialogue and compromise will be essential going forward.",
    "From the perspective of investors this creates significant opportunities in fintech.",
  };

  static List<Comment> thread(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Comment> out = new ArrayList<>(n);
    long t0 = 1_700_000_000_000L;
    for (int i = 0; i < n; i++) {
      String text;
      if (r.nextInt(10) == 0) {
        text = TEMPLATES[r.nextInt(TEMPLATES.length)];
      } else {
        StringBuilder b = new StringBuilder();
        int len = 8 + r.nextInt(30);
        for (int w = 0; w < len; w++) {
          b.append(WORDS[r.nextInt(WORDS.length)]).append(w % 9 == 8 ? ". " : " ");
        }
        b.append(r.nextInt(1000)).append('.');
        text = b.toString();
      }
      String parent = i > 0 && r.nextInt(3) == 0 ? "c" + r.nextInt(i) : null;
      out.add(
          new Comment(
              "c" + i,
              text,
              "user" + r.nextInt(n / 4),
              java.time.Instant.ofEpochMilli(t0 + i * 7_000L + r.nextInt(5_000)),
              parent));
    }
    return out;
  }

  /** Texts a campaign repeats with a varied tail in {@link #burstThread}. */
  private static final String[] CAMPAIGN = {
    "Stand with the council plan now, it is the only way forward for our town",
    "The mayor deserves our full support on this, no more delays",
    "Finally someone with a real plan, everyone should back this today",
  };

  /**
   * A timed burst (seconds resolution): 300 organic comments, one a minute for five hours from 300
   * authors, then {@code n - 300} comments within 20 minutes from {@code n / 10} accounts, 30% of
   * them a campaign text with a varied tail and the rest varied sentences over a vocabulary of
   * 5,000 word forms. Seeded.
   */
  static List<Comment> burstThread(int n, long seed) {
    if (n <= 300) {
      throw new IllegalArgumentException("n must be > 300, got " + n);
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<Comment> out = new ArrayList<>(n);
    long t0 = 1_700_000_000_000L;
    long burstStart = t0 + 300 * 60_000L;
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      boolean burst = i >= 300;
      if (burst && r.nextInt(10) < 3) {
        b.append(CAMPAIGN[r.nextInt(CAMPAIGN.length)])
            .append(", ")
            .append(WORDS[r.nextInt(WORDS.length)]);
      } else {
        int len = 8 + r.nextInt(25);
        for (int w = 0; w < len; w++) {
          // a Zipf-like draw over 5,000 word forms
          int k = (int) Math.min(4_999, Math.exp(r.nextDouble() * Math.log(5_000)));
          b.append(WORDS[k % WORDS.length]).append(k).append(w % 9 == 8 ? ". " : " ");
        }
      }
      long at =
          burst
              ? burstStart + (long) ((i - 300) * (1_200_000.0 / (n - 300)))
              : t0 + i * 60_000L + r.nextInt(50_000);
      out.add(
          new Comment(
              "c" + i,
              b.toString().strip(),
              burst ? "acct" + r.nextInt(n / 10) : "early" + i,
              java.time.Instant.ofEpochMilli(at / 1_000 * 1_000),
              null));
    }
    return out;
  }

  private static long gcMillis() {
    long t = 0;
    for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, b.getCollectionTime());
    }
    return t;
  }

  @Test
  void tenThousandCommentsWarm() throws IOException {
    List<Comment> t = thread(10_000, 42);
    AuditOptions o = AuditOptions.defaults();
    List<Double> seconds = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double> gc = new ArrayList<>();
    AuditReport last = null;
    for (int i = 0; i < 8; i++) {
      long gcStart = gcMillis();
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      last = CommentAudit.audit("bench", t, null, o);
      cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      seconds.add((System.nanoTime() - start) / 1e9);
      gc.add((gcMillis() - gcStart) / 1e3);
    }
    assertThat(last.comments()).hasSize(10_000);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("comments", 10_000);
    out.put("runs_seconds", seconds);
    out.put("warm_seconds", seconds.stream().skip(2).mapToDouble(d -> d).min().orElseThrow());
    out.put("runs_cpu_seconds", cpu);
    out.put("warm_cpu_seconds", cpu.stream().skip(2).mapToDouble(d -> d).min().orElseThrow());
    out.put("runs_gc_seconds", gc);
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put(
        "load_average",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.put("semantic", "skipped above " + AuditOptions.SEMANTIC_LIMIT + " comments");
    Path f = Path.of("target/bench/comments.json");
    Files.createDirectories(f.getParent());
    Files.writeString(f, Json.pretty(out), StandardCharsets.UTF_8);
  }

  @Test
  void hundredThousandCommentTimedBurst() throws IOException {
    List<Comment> t = burstThread(100_000, 42);
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double> seconds = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    AuditReport last = null;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      last = CommentAudit.audit("burst", t, null, AuditOptions.defaults());
      cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      seconds.add((System.nanoTime() - start) / 1e9);
    }
    assertThat(last.comments()).hasSize(100_000);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("comments", 100_000);
    out.put("runs_seconds", seconds);
    out.put("runs_cpu_seconds", cpu);
    out.put("warm_cpu_seconds", cpu.stream().skip(1).mapToDouble(d -> d).min().orElseThrow());
    out.put("flagged", 100_000 - last.counts().get(Label.AUTHENTIC));
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put(
        "load_average",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Path f = Path.of("target/bench/comments-burst.json");
    Files.createDirectories(f.getParent());
    Files.writeString(f, Json.pretty(out), StandardCharsets.UTF_8);
  }
}
