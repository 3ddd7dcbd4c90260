package org.factdesk.comments;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Comment;
import org.factdesk.comments.internal.PhraseSignal;
import org.factdesk.comments.internal.PivotSignal;
import org.factdesk.comments.internal.Prepared;
import org.factdesk.comments.internal.ReplySignal;
import org.factdesk.comments.internal.SpecificitySignal;
import org.factdesk.comments.internal.StyleModel;
import org.factdesk.comments.internal.ThreadContext;
import org.factdesk.comments.internal.TimingSignal;

/** Diagnostic: time of each stage on the benchmark thread. */
final class StageTimes {
  private StageTimes() {}

  public static void main(String[] args) {
    List<Comment> t = CommentsBenchmark.thread(10_000, 42);
    for (int round = 0; round < 4; round++) {
      long s = System.nanoTime();
      List<Prepared> ps = new ArrayList<>();
      for (Comment c : t) {
        ps.add(new Prepared(ps.size(), c, 5000));
      }
      long a = System.nanoTime();
      ThreadContext ctx = new ThreadContext(ps, null);
      long b = System.nanoTime();
      PhraseSignal.apply(ctx);
      long c = System.nanoTime();
      ReplySignal.apply(ctx);
      long d = System.nanoTime();
      PivotSignal.apply(ctx);
      long e = System.nanoTime();
      TimingSignal.apply(ctx);
      long f = System.nanoTime();
      SpecificitySignal.apply(ctx);
      long g = System.nanoTime();
      for (Prepared p : ps) {
        StyleModel.score(p);
      }
      long h = System.nanoTime();
      System.out.printf(
          java.util.Locale.ROOT,
          "prep %d ctx %d phrase %d reply %d pivot %d timing %d spec %d style %d ms%n",
          (a - s) / 1_000_000,
          (b - a) / 1_000_000,
          (c - b) / 1_000_000,
          (d - c) / 1_000_000,
          (e - d) / 1_000_000,
          (f - e) / 1_000_000,
          (g - f) / 1_000_000,
          (h - g) / 1_000_000);
    }
  }
}
