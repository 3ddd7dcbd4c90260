package org.factdesk.comments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.comments.CrossThreadMemory;
import org.factdesk.comments.Reason;

/**
 * Cross-thread coordination: phrasing that an earlier thread's comment by another author used, and
 * groups of three or more authors who also commented together on an earlier thread. Then records
 * this thread in the memory.
 */
public final class MemorySignal {
  public static final double W_PHRASE = 0.3;
  public static final double W_AUTHOR_GROUP = 0.15;

  /** Rare 5-grams needed in common with one earlier comment. */
  public static final int MIN_SHARED = 2;

  private static final int MAX_GRAMS = 40;

  private MemorySignal() {}

  public static void apply(ThreadContext ctx, CrossThreadMemory memory) {
    String thread = threadKey(ctx);
    List<long[]> grams = new ArrayList<>();
    for (Prepared c : ctx.comments) {
      grams.add(grams(c));
    }
    for (Prepared c : ctx.comments) {
      Map<CrossThreadMemory.Entry, Integer> hits = new HashMap<>();
      for (long g : grams.get(c.index)) {
        for (CrossThreadMemory.Entry e : memory.withGram(g)) {
          if (!e.thread().equals(thread) && (e.author() == null || !e.author().equals(c.author))) {
            hits.merge(e, 1, Integer::sum);
          }
        }
      }
      CrossThreadMemory.Entry best = null;
      int most = 0;
      for (Map.Entry<CrossThreadMemory.Entry, Integer> h : hits.entrySet()) {
        if (h.getValue() > most) {
          most = h.getValue();
          best = h.getKey();
        }
      }
      if (best != null && most >= MIN_SHARED) {
        ctx.add(
            c.index,
            new Reason(
                "cross_thread_phrasing",
                "shares "
                    + most
                    + " rare word 5-grams with comment "
                    + best.commentId()
                    + " of earlier thread "
                    + best.thread(),
                W_PHRASE));
      }
    }
    Set<String> authors = new HashSet<>();
    for (Prepared c : ctx.comments) {
      if (c.author != null) {
        authors.add(c.author);
      }
    }
    for (Map.Entry<String, Set<String>> t : memory.authorsByThread().entrySet()) {
      if (t.getKey().equals(thread)) {
        continue;
      }
      Set<String> common = new TreeSet<>(t.getValue());
      common.retainAll(authors);
      if (common.size() >= 3) {
        List<String> shown = new ArrayList<>(common).subList(0, Math.min(5, common.size()));
        String d =
            "authors "
                + String.join(", ", shown)
                + (common.size() > 5 ? " and " + (common.size() - 5) + " more" : "")
                + " also commented together on earlier thread "
                + t.getKey();
        for (Prepared c : ctx.comments) {
          if (c.author != null && common.contains(c.author)) {
            ctx.add(c.index, new Reason("cross_thread_authors", d, W_AUTHOR_GROUP));
          }
        }
        break;
      }
    }
    List<CrossThreadMemory.Entry> entries = new ArrayList<>();
    for (Prepared c : ctx.comments) {
      entries.add(new CrossThreadMemory.Entry(thread, c.id(), c.author));
    }
    if (memory.record(thread, entries, grams)) {
      ctx.note("thread " + thread + " remembered in " + memory.file());
    } else {
      ctx.note("thread " + thread + " not recorded again (already known, or memory full)");
    }
  }

  static long[] grams(Prepared c) {
    List<String> sk = c.tokens.skeletonWords();
    Set<Long> out = new LinkedHashSet<>();
    for (int p = 0; p + 5 <= sk.size() && out.size() < MAX_GRAMS; p++) {
      int weight = 0;
      for (int i = p; i < p + 5; i++) {
        String w = sk.get(i);
        if (w.charAt(0) != '<' && !Lexicon.isStopword(w)) {
          weight += w.length() >= 6 ? 2 : 1;
        }
      }
      if (weight >= 3) {
        out.add(PhraseSignal.hash(sk, p, 5));
      }
    }
    long[] g = new long[out.size()];
    int i = 0;
    for (long h : out) {
      g[i++] = h;
    }
    return g;
  }

  static String threadKey(ThreadContext ctx) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Prepared c : ctx.comments) {
        md.update(c.id().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(c.text.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 1);
      }
      byte[] d = md.digest();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        b.append(String.format(java.util.Locale.ROOT, "%02x", d[i]));
      }
      return "t" + b;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }
}
