package org.factdesk.comments.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.comments.Reason;

/**
 * Timing, only for comments that carry a time (a comment without one is neither helped nor hurt):
 * an author posting at machine rate (many comments in a short window), an author posting at a
 * regular cadence, and several authors posting in the same second.
 */
public final class TimingSignal {
  public static final double W_AUTHOR_RATE = 0.2;
  public static final double W_CADENCE = 0.25;
  public static final double W_SAME_SECOND = 0.15;

  /** Machine rate: at least this many comments by one author within {@link #RATE_WINDOW}. */
  public static final int RATE_COUNT = 6;

  public static final Duration RATE_WINDOW = Duration.ofMinutes(20);

  /** Regular cadence: at least this many comments and gaps varying by less than this. */
  public static final int CADENCE_COUNT = 5;

  public static final double CADENCE_MAX_CV = 0.15;

  private TimingSignal() {}

  public static void apply(ThreadContext ctx) {
    Map<String, List<Prepared>> byAuthor = new HashMap<>();
    Map<Long, List<Prepared>> bySecond = new HashMap<>();
    int timed = 0;
    for (Prepared c : ctx.comments) {
      if (c.comment.postedAt() == null) {
        continue;
      }
      timed++;
      if (c.author != null) {
        byAuthor.computeIfAbsent(c.author, a -> new ArrayList<>()).add(c);
      }
      bySecond
          .computeIfAbsent(c.comment.postedAt().getEpochSecond(), s -> new ArrayList<>())
          .add(c);
    }
    if (timed < 3) {
      return;
    }
    boolean minutesOnly = bySecond.keySet().stream().allMatch(s -> s % 60 == 0);
    for (List<Prepared> list : byAuthor.values()) {
      if (list.size() < RATE_COUNT && list.size() < CADENCE_COUNT) {
        continue;
      }
      list.sort((x, y) -> x.comment.postedAt().compareTo(y.comment.postedAt()));
      long[] t = new long[list.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = list.get(i).comment.postedAt().toEpochMilli();
      }
      int best = 0;
      int j = 0;
      for (int i = 0; i < t.length; i++) {
        while (t[i] - t[j] > RATE_WINDOW.toMillis()) {
          j++;
        }
        best = Math.max(best, i - j + 1);
      }
      String who = list.get(0).comment.author();
      if (best >= RATE_COUNT) {
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
        for (int i = 1; i < list.size(); i++) {
          ctx.link("author_burst", list.get(0).index, list.get(i).index, d);
        }
      }
      if (t.length >= CADENCE_COUNT) {
        double mean = (double) (t[t.length - 1] - t[0]) / (t.length - 1);
        double var = 0;
        for (int i = 1; i < t.length; i++) {
          double g = t[i] - t[i - 1] - mean;
          var += g * g;
        }
        double cv = mean <= 0 ? 0 : Math.sqrt(var / (t.length - 1)) / mean;
        if (mean > 0 && cv < CADENCE_MAX_CV) {
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
    if (minutesOnly) {
      ctx.note("times are given to the minute only: the same-second check is skipped");
      return;
    }
    for (List<Prepared> same : bySecond.values()) {
      long authors =
          same.stream().map(c -> c.author == null ? "#" + c.index : c.author).distinct().count();
      if (same.size() >= 3 && authors >= 3) {
        for (Prepared c : same) {
          List<String> others = new ArrayList<>();
          for (Prepared o : same) {
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
