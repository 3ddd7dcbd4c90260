package org.factdesk.comments.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.comments.Reason;

/**
 * Timing, only for comments that carry a time (a comment without one is neither helped nor hurt,
 * and is not counted in any rate). Per author: many comments in a short window, a sustained machine
 * rate, a regular cadence. Per thread: a burst of comments from many authors arriving far faster
 * than the thread's own earlier rate, and several authors posting in the same second. The
 * resolution of the times (milliseconds, seconds, minutes, ...) is detected first, so that
 * minute-resolution data is never read as "the same second".
 */
public final class TimingSignal {
  public static final double W_AUTHOR_RATE = 0.2;
  public static final double W_MACHINE_RATE = 0.45;
  public static final double W_CADENCE = 0.25;
  public static final double W_SAME_SECOND = 0.15;
  public static final double W_BURST = 0.45;
  public static final double W_BURST_ACCOUNT = 0.35;

  /** Many comments by one author: at least this many within {@link #RATE_WINDOW}. */
  public static final int RATE_COUNT = 6;

  public static final Duration RATE_WINDOW = Duration.ofMinutes(20);

  /** Machine rate: at least this many comments by one author, the median gap at most this. */
  public static final int MACHINE_COUNT = 10;

  public static final Duration MACHINE_MEDIAN_GAP = Duration.ofSeconds(60);

  /** Regular cadence: at least this many comments and gaps varying by less than this. */
  public static final int CADENCE_COUNT = 5;

  public static final double CADENCE_MAX_CV = 0.15;

  /** Burst: at least this many comments from {@link #BURST_AUTHORS} authors within the window. */
  public static final int BURST_COUNT = 15;

  public static final int BURST_AUTHORS = 10;

  /** Burst: the window's count is at least this multiple of what the earlier rate predicts. */
  public static final double BURST_RATIO = 8;

  /** Burst window: this long, or two ticks of the times' resolution when that is coarser. */
  public static final Duration BURST_WINDOW = Duration.ofMinutes(2);

  /** The earlier rate needs at least this many comments over at least this many windows. */
  public static final int BURST_HISTORY = 5;

  public static final int BURST_HISTORY_WINDOWS = 5;

  /** The signals about posting behaviour, which concrete text detail does not offset. */
  public static final java.util.SortedSet<String> BEHAVIOUR =
      java.util.Collections.unmodifiableSortedSet(
          new java.util.TreeSet<>(
              List.of(
                  "author_rate",
                  "burst",
                  "burst_account",
                  "machine_rate",
                  "regular_cadence",
                  "same_second")));

  /** Times further than this from 1970 (about year 10000) are ignored: no arithmetic overflows. */
  static final long MAX_EPOCH_SECOND = 253_402_300_800L;

  private TimingSignal() {}

  public static void apply(ThreadContext ctx) {
    Map<String, List<Prepared>> byAuthor = new HashMap<>();
    List<Prepared> timed = new ArrayList<>();
    int outOfRange = 0;
    for (Prepared c : ctx.comments) {
      if (c.comment.postedAt() == null) {
        continue;
      }
      if (Math.abs(c.comment.postedAt().getEpochSecond()) > MAX_EPOCH_SECOND) {
        outOfRange++;
        continue;
      }
      timed.add(c);
      if (c.author != null) {
        byAuthor.computeIfAbsent(c.author, a -> new ArrayList<>()).add(c);
      }
    }
    if (outOfRange > 0) {
      ctx.note(outOfRange + " comment time(s) beyond year 9999 or before year 1 were ignored");
    }
    if (timed.size() < 3) {
      return;
    }
    timed.sort((x, y) -> x.comment.postedAt().compareTo(y.comment.postedAt()));
    long resolution = resolution(timed);
    if (resolution >= 60_000) {
      ctx.note(
          "times are given to the "
              + (resolution >= 3_600_000 ? "hour" : "minute")
              + " only: the same-second check is skipped and gaps are read at that resolution");
    }
    for (List<Prepared> list : byAuthor.values()) {
      if (list.size() >= Math.min(RATE_COUNT, CADENCE_COUNT)) {
        author(ctx, list, resolution);
      }
    }
    burst(ctx, timed, resolution);
    if (resolution <= 1_000) {
      sameSecond(ctx, timed);
    }
  }

  /** The coarsest of 1 ms, 1 s, 1 min, 1 h that divides every time. */
  static long resolution(List<Prepared> timed) {
    long res = 3_600_000;
    for (Prepared c : timed) {
      long ms = c.comment.postedAt().toEpochMilli();
      while (res > 1 && Math.floorMod(ms, res) != 0) {
        res = res == 3_600_000 ? 60_000 : res == 60_000 ? 1_000 : 1;
      }
      if (res == 1) {
        break;
      }
    }
    return res;
  }

  private static void author(ThreadContext ctx, List<Prepared> list, long resolution) {
    list.sort((x, y) -> x.comment.postedAt().compareTo(y.comment.postedAt()));
    long[] t = new long[list.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = list.get(i).comment.postedAt().toEpochMilli();
    }
    String who = list.get(0).comment.author();
    long[] gaps = new long[t.length - 1];
    for (int i = 1; i < t.length; i++) {
      gaps[i - 1] = t[i] - t[i - 1];
    }
    long[] sorted = gaps.clone();
    Arrays.sort(sorted);
    long median = sorted[sorted.length / 2];
    boolean machine =
        t.length >= MACHINE_COUNT
            && median <= Math.max(MACHINE_MEDIAN_GAP.toMillis(), resolution)
            && t[t.length - 1] > t[0];
    int best = 0;
    int j = 0;
    for (int i = 0; i < t.length; i++) {
      while (t[i] - t[j] > RATE_WINDOW.toMillis()) {
        j++;
      }
      best = Math.max(best, i - j + 1);
    }
    if (machine) {
      String d =
          String.format(
              Locale.ROOT,
              "author %s posted %d comments over %s, a median of %d s apart: a rate no person"
                  + " keeps up",
              who,
              t.length,
              span(t[t.length - 1] - t[0]),
              median / 1000);
      for (Prepared c : list) {
        ctx.add(c.index, new Reason("machine_rate", d, W_MACHINE_RATE));
      }
      linkAll(ctx, list, d);
    } else if (best >= RATE_COUNT) {
      String d =
          String.format(
              Locale.ROOT,
              "author %s posted %d comments within %d minutes",
              who,
              best,
              RATE_WINDOW.toMinutes());
      for (Prepared c : list) {
        ctx.add(c.index, new Reason("author_rate", d, W_AUTHOR_RATE));
      }
      linkAll(ctx, list, d);
    }
    if (t.length >= CADENCE_COUNT) {
      double mean = (double) (t[t.length - 1] - t[0]) / (t.length - 1);
      double var = 0;
      for (long g : gaps) {
        var += (g - mean) * (g - mean);
      }
      double cv = mean <= 0 ? 0 : Math.sqrt(var / gaps.length) / mean;
      // a cadence is only measurable when the mean gap is at least one tick of the resolution
      if (mean >= resolution && cv < CADENCE_MAX_CV) {
        String d =
            String.format(
                Locale.ROOT,
                "author %s posts every %.0f s with only %.0f%% variation (%d comments)",
                who,
                mean / 1000,
                cv * 100,
                t.length);
        for (Prepared c : list) {
          ctx.add(c.index, new Reason("regular_cadence", d, W_CADENCE));
        }
      }
    }
  }

  private static void linkAll(ThreadContext ctx, List<Prepared> list, String d) {
    for (int i = 1; i < list.size(); i++) {
      ctx.link("author_burst", list.get(0).index, list.get(i).index, d);
    }
  }

  /**
   * A burst: within one window, at least {@link #BURST_COUNT} comments from at least {@link
   * #BURST_AUTHORS} authors (unknown authors count as distinct), and at least {@link #BURST_RATIO}
   * times what the thread's own rate before the window predicts. The thread's opening (no earlier
   * history) is never a burst: comments naturally rush in right after publication.
   */
  private static void burst(ThreadContext ctx, List<Prepared> timed, long resolution) {
    int m = timed.size();
    if (m < BURST_COUNT + BURST_HISTORY) {
      return;
    }
    long w = Math.max(BURST_WINDOW.toMillis(), 2 * resolution);
    long[] t = new long[m];
    for (int i = 0; i < m; i++) {
      t[i] = timed.get(i).comment.postedAt().toEpochMilli();
    }
    // window [t[j], t[j] + w) for each start j; authors in it counted as the window slides
    int[] cover = new int[m + 1];
    double bestRatio = 0;
    int bestCount = 0;
    Map<String, Integer> inWindow = new HashMap<>();
    int i = 0;
    for (int j = 0; j < m; j++) {
      if (j > 0) {
        leave(inWindow, key(timed.get(j - 1)));
      }
      while (i < m && t[i] - t[j] < w) {
        inWindow.merge(key(timed.get(i)), 1, Integer::sum);
        i++;
      }
      if (j > 0 && t[j] == t[j - 1]) {
        continue;
      }
      int n = i - j;
      long history = t[j] - t[0];
      if (n < BURST_COUNT || j < BURST_HISTORY || history < BURST_HISTORY_WINDOWS * w) {
        continue;
      }
      double expected = (double) j / history * w;
      double ratio = n / Math.max(expected, 1.0);
      if (ratio < BURST_RATIO || inWindow.size() < BURST_AUTHORS) {
        continue;
      }
      cover[j]++;
      cover[i]--;
      if (ratio > bestRatio) {
        bestRatio = ratio;
        bestCount = n;
      }
    }
    // a window that starts (or ends) at an organic comment just before (or after) a burst holds
    // the burst too: each run of covered comments loses edge comments set apart from their
    // neighbour by more than the burst's own spacing (the window over the minimum count, or a tick)
    boolean[] in = new boolean[m];
    int depth = 0;
    for (int k = 0; k < m; k++) {
      depth += cover[k];
      in[k] = depth > 0;
    }
    long spacing = Math.max(w / BURST_COUNT, resolution);
    for (int a = 0; a < m; a++) {
      if (!in[a] || (a > 0 && in[a - 1])) {
        continue;
      }
      int b = a;
      while (b + 1 < m && in[b + 1]) {
        b++;
      }
      int lo = a;
      int hi = b;
      while (lo < hi && t[lo + 1] - t[lo] > spacing) {
        in[lo++] = false;
      }
      while (hi > lo && t[hi] - t[hi - 1] > spacing) {
        in[hi--] = false;
      }
      a = b;
    }
    List<Prepared> members = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      if (in[k]) {
        members.add(timed.get(k));
      }
    }
    if (members.isEmpty()) {
      return;
    }
    String d =
        String.format(
            Locale.ROOT,
            "one of %d comments in a burst (%d within %s, %.0f times the thread's earlier rate),"
                + " %s to %s",
            members.size(),
            bestCount,
            span(w),
            bestRatio,
            members.get(0).comment.postedAt(),
            members.get(members.size() - 1).comment.postedAt());
    for (Prepared c : members) {
      ctx.add(c.index, new Reason("burst", d, W_BURST));
    }
    String label =
        String.format(
            Locale.ROOT,
            "burst of %d comments from many authors, up to %.0f times the thread's earlier rate",
            members.size(),
            bestRatio);
    for (int k = 1; k < members.size(); k++) {
      ctx.link("burst", members.get(0).index, members.get(k).index, label);
    }
    // the burst's accounts: their other timed comments in the thread are suspect too
    Set<Integer> inBurst = new HashSet<>();
    Map<String, String> accounts = new HashMap<>();
    for (Prepared c : members) {
      inBurst.add(c.index);
      if (c.author != null) {
        accounts.putIfAbsent(c.author, c.id());
      }
    }
    for (Prepared c : timed) {
      String first = c.author == null ? null : accounts.get(c.author);
      if (first != null && !inBurst.contains(c.index)) {
        ctx.add(
            c.index,
            new Reason(
                "burst_account",
                "author "
                    + c.comment.author()
                    + " also posted "
                    + first
                    + " in the burst of "
                    + members.size()
                    + " comments",
                W_BURST_ACCOUNT));
        ctx.link("burst", members.get(0).index, c.index, label);
      }
    }
  }

  /** An author's key; a comment without an author counts as an author of its own. */
  private static String key(Prepared c) {
    return c.author == null ? "\u0000" + c.index : c.author;
  }

  private static void leave(Map<String, Integer> counts, String key) {
    counts.computeIfPresent(key, (k, v) -> v == 1 ? null : v - 1);
  }

  private static String span(long ms) {
    long s = ms / 1000;
    if (s < 120) {
      return s + " s";
    }
    return s < 7200 ? (s / 60) + " minutes" : String.format(Locale.ROOT, "%.1f hours", s / 3600.0);
  }

  private static void sameSecond(ThreadContext ctx, List<Prepared> timed) {
    Map<Long, List<Prepared>> bySecond = new HashMap<>();
    for (Prepared c : timed) {
      bySecond
          .computeIfAbsent(c.comment.postedAt().getEpochSecond(), s -> new ArrayList<>())
          .add(c);
    }
    for (List<Prepared> same : bySecond.values()) {
      long authors =
          same.stream().map(c -> c.author == null ? "#" + c.index : c.author).distinct().count();
      if (same.size() >= 3 && authors >= 3) {
        // the first four of the second name every comment's three others: linear in the group
        List<Prepared> head = same.subList(0, Math.min(4, same.size()));
        for (Prepared c : same) {
          List<String> others = new ArrayList<>(3);
          for (Prepared o : head) {
            if (o != c && others.size() < 3) {
              others.add(o.id());
            }
          }
          ctx.add(
              c.index,
              new Reason(
                  "same_second",
                  "posted in the same second as "
                      + String.join(", ", others)
                      + (same.size() > 4 ? " and " + (same.size() - 4) + " more" : ""),
                  W_SAME_SECOND));
        }
      }
    }
  }
}
