package org.factdesk.comments.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.factdesk.comments.Reason;

/**
 * Sycophantic replies: a reply that opens by agreeing with or praising its parent, and how little
 * it adds (share of its content words not already in the parent).
 */
public final class ReplySignal {
  public static final double W_OPENER = 0.3;
  public static final double W_LOW_NOVELTY = 0.15;
  public static final double W_RESTATES = 0.2;

  /** Below this share of new content words a reply "adds little". */
  public static final double LOW_NOVELTY = 0.6;

  private static final java.util.List<String> OPENERS = Prepared.phrases(Lexicon.AGREEMENT_OPENERS);

  private ReplySignal() {}

  public static void apply(ThreadContext ctx) {
    for (Prepared c : ctx.comments) {
      int p = ctx.parent[c.index];
      if (p < 0) {
        continue;
      }
      Prepared parent = ctx.comments.get(p);
      String opener = opener(c);
      Set<String> mine = new HashSet<>(c.stems);
      if (opener != null) {
        mine.removeAll(Tokens.of(opener).contentStems());
      }
      int total = mine.size();
      mine.removeAll(parent.stems);
      int fresh = mine.size();
      double novelty = total == 0 ? 0 : (double) fresh / total;
      String adds =
          String.format(
              Locale.ROOT, "%d of %d content words are not in %s", fresh, total, parent.id());
      if (opener != null) {
        double w = W_OPENER;
        String d =
            "opens with agreement \"" + opener + "\" in reply to " + parent.id() + "; " + adds;
        if (novelty < LOW_NOVELTY) {
          w += W_LOW_NOVELTY;
          d = d + " (adds little)";
        }
        ctx.add(c.index, new Reason("sycophantic_reply", d, w));
        ctx.link(
            "reply_pair",
            p,
            c.index,
            c.id() + " answers " + parent.id() + " with \"" + opener + "\"");
      } else if (total >= 5 && novelty < 0.3) {
        ctx.add(
            c.index,
            new Reason("restates_parent", "restates " + parent.id() + ": " + adds, W_RESTATES));
        ctx.link("reply_pair", p, c.index, c.id() + " restates " + parent.id());
      }
    }
  }

  private static int countWords(Prepared c, int tokenLimit) {
    int n = 0;
    for (int w : c.tokens.words) {
      if (w < tokenLimit) {
        n++;
      }
    }
    return n;
  }

  /** The agreement opener the comment starts with (surface words), or null. */
  static String opener(Prepared c) {
    String head = c.norm.length() > 60 ? c.norm.substring(0, 60) : c.norm;
    for (String np : OPENERS) {
      if (head.startsWith(np)) {
        int words = np.strip().split(" ").length;
        int limit = Math.min(8, c.tokens.surface.size());
        for (int i = 0; i < limit; i++) {
          char ch = c.tokens.surface.get(i).charAt(0);
          if (ch == '.' || ch == '!' || ch == ',') {
            words = Math.max(words, countWords(c, i));
            break;
          }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words && i < c.tokens.words.length; i++) {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(c.tokens.surface.get(c.tokens.words[i]));
        }
        return b.toString();
      }
    }
    return null;
  }
}
