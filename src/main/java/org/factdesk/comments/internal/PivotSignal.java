package org.factdesk.comments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.comments.Reason;

/**
 * Topic drift and promotional pivots: the comment turns to a field the article does not discuss
 * (markets, investing, products), often announced by a frame such as "from the perspective of".
 * When the article is given, also the share of the comment's content words found in the article.
 */
public final class PivotSignal {
  public static final double W_PIVOT_FRAMED = 0.35;
  public static final double W_PIVOT_FIELDS = 0.2;
  public static final double W_PIVOT_TERM = 0.1;
  public static final double W_DRIFT = 0.1;

  /** Drift: at least this many content words and less than this share of them in the article. */
  public static final int DRIFT_MIN_WORDS = 8;

  public static final double DRIFT_MAX_OVERLAP = 0.15;

  private static final List<String> FIELDS = Prepared.phrases(Lexicon.PIVOT_FIELDS);
  private static final List<String> FRAMES = Prepared.phrases(Lexicon.PIVOT_FRAMES);

  private PivotSignal() {}

  public static void apply(ThreadContext ctx) {
    List<Integer> pivoting = new ArrayList<>();
    List<String> fieldsSeen = new ArrayList<>();
    for (Prepared c : ctx.comments) {
      List<String> fields = new ArrayList<>();
      for (String f : c.hits(FIELDS)) {
        if (ctx.articleNorm == null || !ctx.articleNorm.contains(" " + f + " ")) {
          fields.add(f);
        }
      }
      if (!fields.isEmpty()) {
        List<String> frames = c.hits(FRAMES);
        String quoted = "\"" + String.join("\", \"", fields) + "\"";
        String where = ctx.articleNorm == null ? "" : ", which the article does not mention";
        if (!frames.isEmpty()) {
          ctx.add(
              c.index,
              new Reason(
                  "topic_pivot",
                  "pivots to " + quoted + " (\"" + frames.get(0) + "\")" + where,
                  W_PIVOT_FRAMED));
          pivoting.add(c.index);
          fieldsSeen.add(fields.get(0));
        } else if (fields.size() >= 2) {
          ctx.add(c.index, new Reason("topic_pivot", "turns to " + quoted + where, W_PIVOT_FIELDS));
          pivoting.add(c.index);
          fieldsSeen.add(fields.get(0));
        } else {
          ctx.add(c.index, new Reason("topic_pivot", "mentions " + quoted + where, W_PIVOT_TERM));
        }
      }
      if (ctx.articleNorm != null && c.stems.size() >= DRIFT_MIN_WORDS) {
        int in = 0;
        for (String s : c.stems) {
          if (ctx.articleStems.contains(s)) {
            in++;
          }
        }
        double overlap = (double) in / c.stems.size();
        if (overlap < DRIFT_MAX_OVERLAP) {
          ctx.add(
              c.index,
              new Reason(
                  "topic_drift",
                  String.format(
                      Locale.ROOT,
                      "only %d of %d content words occur in the article",
                      in,
                      c.stems.size()),
                  W_DRIFT));
        }
      }
    }
    for (int i = 1; i < pivoting.size(); i++) {
      ctx.link(
          "agenda",
          pivoting.get(0),
          pivoting.get(i),
          "pivot away from the article to \"" + fieldsSeen.get(i) + "\"");
    }
  }
}
