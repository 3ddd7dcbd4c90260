package org.factdesk.comments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.comments.Reason;
import org.factdesk.comments.TextEmbedder;

/**
 * Semantic clusters: two comments by different (or unknown) authors whose sentence embeddings are
 * nearly the same say the same thing in other words. Skipped on threads above a size limit (the
 * note says so) to keep the audit fast.
 */
public final class SemanticSignal {
  public static final double W_PARAPHRASE = 0.25;

  /**
   * Cosine similarity at or above which two comments count as paraphrases. Chosen on the SFU dev
   * articles: at 0.82 two human comments there were paraphrase pairs, at 0.86 none.
   */
  public static final double MIN_COSINE = 0.85;

  /** Characters of each comment that are embedded. */
  public static final int EMBED_CHARS = 600;

  private SemanticSignal() {}

  public static void apply(ThreadContext ctx, TextEmbedder embedder, int limit) {
    int n = ctx.size();
    if (embedder == null || limit == 0) {
      ctx.note("semantic signal off (no embedding model in use)");
      return;
    }
    if (n < 2) {
      return;
    }
    if (n > limit) {
      ctx.note("semantic signal skipped: " + n + " comments > limit " + limit);
      return;
    }
    List<String> texts = new ArrayList<>(n);
    for (Prepared c : ctx.comments) {
      texts.add(c.text.length() > EMBED_CHARS ? c.text.substring(0, EMBED_CHARS) : c.text);
    }
    float[][] v = embedder.embed(texts);
    double[] best = new double[n];
    int[] partner = new int[n];
    java.util.Arrays.fill(partner, -1);
    for (int a = 0; a < n; a++) {
      if (ctx.comments.get(a).tokens.wordCount() < 6) {
        continue;
      }
      for (int b = a + 1; b < n; b++) {
        if (ctx.comments.get(b).tokens.wordCount() < 6
            || ctx.isReplyPair(a, b)
            || ctx.textual(a, b)
            || ctx.comments.get(a).sameAuthor(ctx.comments.get(b))) {
          continue;
        }
        double cos = dot(v[a], v[b]);
        if (cos >= MIN_COSINE) {
          ctx.link("semantic", a, b, "paraphrases");
          if (cos > best[a]) {
            best[a] = cos;
            partner[a] = b;
          }
          if (cos > best[b]) {
            best[b] = cos;
            partner[b] = a;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (partner[i] >= 0) {
        ctx.add(
            i,
            new Reason(
                "semantic_duplicate",
                String.format(
                    Locale.ROOT,
                    "says the same as comment %s in other words (embedding cosine %.2f)",
                    ctx.comments.get(partner[i]).id(),
                    best[i]),
                W_PARAPHRASE));
      }
    }
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
