package org.factdesk.comments.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.comments.Reason;

/**
 * Templating: near duplicates (Jaccard of word 3-gram sets on the skeleton, where names, numbers,
 * links and @mentions are placeholders) and shared rare phrasing (word 4-grams with content words,
 * not taken from the article, shared with another author's comment). Candidate pairs come from an
 * inverted index of 4-gram hashes, so the cost grows with the number of shared phrases, not with
 * the square of the thread.
 */
public final class PhraseSignal {
  /** Near duplicate: Jaccard of skeleton 3-gram sets at least this. */
  public static final double NEAR_DUP_JACCARD = 0.5;

  public static final double W_NEAR_DUP = 0.6;
  public static final double W_NEAR_DUP_SAME_AUTHOR = 0.35;
  public static final double W_PHRASE = 0.2;
  public static final double W_PHRASE_STRONG = 0.3;
  public static final double W_SHORT_DUP = 0.15;
  public static final double W_LONG_NEAR_DUP = 0.3;

  /**
   * Near duplicates that are both a headline and a link ({@link LinkShare}): shown, not flagged.
   */
  public static final double W_LINK_SHARE = 0.2;

  /**
   * Near duplicates this long (word 3-grams of the shorter text) weigh only {@link
   * #W_LONG_NEAR_DUP}: long near-identical texts are more often one person's edited repost or a
   * quoted reply than a template (chosen on the SFU dev articles).
   */
  public static final int LONG_SHINGLES = 60;

  /** Postings longer than this are linked as a star to their first comment, not pairwise. */
  private static final int PAIRWISE_LIMIT = 40;

  private static final int INDEX_BITS = 17;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
  private static final long HASH_MASK = -1L >>> INDEX_BITS;

  private PhraseSignal() {}

  public static void apply(ThreadContext ctx) {
    int n = ctx.size();
    Set<Long> articleGrams = new HashSet<>();
    if (ctx.articleNorm != null) {
      Tokens at = Tokens.of(ctx.articleNorm);
      List<String> w = new ArrayList<>();
      for (int i : at.words) {
        w.add(at.lower.get(i));
      }
      for (int p = 0; p + 4 <= w.size(); p++) {
        articleGrams.add(hash(w, p, 4));
      }
    }
    long[][] grams = new long[n][];
    // (hash, comment) packed as hash << 17 | comment, sorted: equal hashes form runs
    long[] packed = new long[64];
    int size = 0;
    Set<Long> seen = new HashSet<>();
    for (Prepared c : ctx.comments) {
      List<String> sk = c.tokens.skeletonWords();
      List<String> low = lowerWords(c.tokens);
      long[] g = new long[Math.max(0, sk.size() - 3)];
      seen.clear();
      for (int p = 0; p + 4 <= sk.size(); p++) {
        long h = hash(sk, p, 4) & HASH_MASK;
        g[p] = h;
        if (!qualifies(sk, p)
            || (!articleGrams.isEmpty() && articleGrams.contains(hash(low, p, 4)))
            || !seen.add(h)) {
          continue;
        }
        if (size == packed.length) {
          packed = Arrays.copyOf(packed, size * 2);
        }
        packed[size++] = h << INDEX_BITS | c.index;
      }
      grams[c.index] = g;
    }
    Arrays.sort(packed, 0, size);
    Map<Long, Integer> pairShared = new HashMap<>();
    Set<Long> sharedGrams = new HashSet<>();
    int run = 0;
    while (run < size) {
      long h = packed[run] >>> INDEX_BITS;
      int end = run + 1;
      while (end < size && packed[end] >>> INDEX_BITS == h) {
        end++;
      }
      int len = end - run;
      if (len >= 2) {
        sharedGrams.add(h);
        int first = (int) (packed[run] & INDEX_MASK);
        if (len > PAIRWISE_LIMIT) {
          for (int i = run + 1; i < end; i++) {
            pairShared.merge(key(first, (int) (packed[i] & INDEX_MASK), n), 1, Integer::sum);
          }
        } else {
          for (int i = run; i < end; i++) {
            for (int j = i + 1; j < end; j++) {
              pairShared.merge(
                  key((int) (packed[i] & INDEX_MASK), (int) (packed[j] & INDEX_MASK), n),
                  1,
                  Integer::sum);
            }
          }
        }
      }
      run = end;
    }
    // best partner per comment for each kind
    double[] bestW = new double[n];
    String[] bestDetail = new String[n];
    String[] bestSignal = new String[n];
    int[] partners = new int[n];
    Map<Integer, long[]> shingleCache = new HashMap<>();
    for (Map.Entry<Long, Integer> e : pairShared.entrySet()) {
      int a = (int) (e.getKey() / n);
      int b = (int) (e.getKey() % n);
      if (ctx.isReplyPair(a, b)) {
        continue;
      }
      Prepared pa = ctx.comments.get(a);
      Prepared pb = ctx.comments.get(b);
      long[] sa = shingleCache.computeIfAbsent(a, i -> shingles(pa));
      long[] sb = shingleCache.computeIfAbsent(b, i -> shingles(pb));
      int inter = intersect(sa, sb);
      int union = sa.length + sb.length - inter;
      double jac = union == 0 ? 0 : (double) inter / union;
      boolean same = pa.sameAuthor(pb);
      int shared = e.getValue();
      int small = Math.min(sa.length, sb.length);
      int large = Math.max(sa.length, sb.length);
      if (small >= 8 && inter >= 0.8 * small && inter < 0.75 * large) {
        // the longer comment quotes the shorter one and adds its own text: normal in discussion
        ctx.markTextual(a, b);
        Prepared quoting = sa.length > sb.length ? pa : pb;
        Prepared quoted = quoting == pa ? pb : pa;
        ctx.add(
            quoting.index,
            new Reason("quotation", "quotes comment " + quoted.id() + " and adds its own text", 0));
        continue;
      }
      if (jac >= NEAR_DUP_JACCARD && inter >= 3) {
        double w =
            small >= LONG_SHINGLES ? W_LONG_NEAR_DUP : same ? W_NEAR_DUP_SAME_AUTHOR : W_NEAR_DUP;
        boolean shares = LinkShare.is(pa) && LinkShare.is(pb);
        if (shares) {
          w = Math.min(w, W_LINK_SHARE);
        }
        String d =
            String.format(
                java.util.Locale.ROOT,
                "shares %d of %d word 3-grams with comment %s (Jaccard %.2f, names and numbers"
                    + " masked)%s",
                inter,
                sa.length,
                pb.id(),
                jac,
                same ? "; same author" : shares ? "; both a headline and a link" : "");
        String db =
            String.format(
                java.util.Locale.ROOT,
                "shares %d of %d word 3-grams with comment %s (Jaccard %.2f, names and numbers"
                    + " masked)%s",
                inter,
                sb.length,
                pa.id(),
                jac,
                same ? "; same author" : shares ? "; both a headline and a link" : "");
        offer(a, w, "near_duplicate", d, bestW, bestDetail, bestSignal);
        offer(b, w, "near_duplicate", db, bestW, bestDetail, bestSignal);
        partners[a]++;
        partners[b]++;
        ctx.link("phrasing", a, b, "near duplicates");
      } else {
        String phrase = longestShared(pa, grams[a], grams[b], sharedGrams);
        double w = shared >= 3 ? W_PHRASE_STRONG : W_PHRASE;
        if (same) {
          w = w / 2;
        }
        String d = "shares the phrase \"" + phrase + "\" with comment ";
        offer(
            a,
            w,
            "shared_phrasing",
            d + pb.id() + (same ? " (same author)" : ""),
            bestW,
            bestDetail,
            bestSignal);
        offer(
            b,
            w,
            "shared_phrasing",
            d + pa.id() + (same ? " (same author)" : ""),
            bestW,
            bestDetail,
            bestSignal);
        partners[a]++;
        partners[b]++;
        ctx.markTextual(a, b);
        if (!same) {
          ctx.link("phrasing", a, b, phrase);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (bestSignal[i] == null) {
        continue;
      }
      double w = bestW[i];
      String d = bestDetail[i];
      if (partners[i] > 1) {
        d = d + " and with " + (partners[i] - 1) + " other comment(s)";
        if (bestSignal[i].equals("shared_phrasing")) {
          w = Math.max(w, W_PHRASE_STRONG);
        }
      }
      ctx.add(i, new Reason(bestSignal[i], d, w));
    }
    shortDuplicates(ctx, bestSignal);
  }

  /** Exact duplicates (after masking) of comments too short for 4-grams, 3 words or more. */
  private static void shortDuplicates(ThreadContext ctx, String[] fired) {
    Map<String, Integer> first = new HashMap<>();
    for (Prepared c : ctx.comments) {
      List<String> sk = c.tokens.skeletonWords();
      if (sk.size() < 3 || sk.size() >= 6 || fired[c.index] != null) {
        continue;
      }
      String key = String.join(" ", sk);
      Integer f = first.putIfAbsent(key, c.index);
      if (f != null && !ctx.comments.get(f).sameAuthor(c) && !ctx.isReplyPair(f, c.index)) {
        ctx.add(
            c.index,
            new Reason(
                "short_duplicate",
                "repeats the short text of comment " + ctx.comments.get(f).id() + " word for word",
                W_SHORT_DUP));
        ctx.link("phrasing", f, c.index, "short duplicate");
      }
    }
  }

  private static void offer(
      int i, double w, String signal, String d, double[] bestW, String[] bestD, String[] bestS) {
    if (w > bestW[i]) {
      bestW[i] = w;
      bestD[i] = d;
      bestS[i] = signal;
    }
  }

  /** A 4-gram qualifies when its content words weigh at least 2 (a long word weighs 2). */
  private static boolean qualifies(List<String> sk, int p) {
    int weight = 0;
    for (int i = p; i < p + 4; i++) {
      String w = sk.get(i);
      if (w.charAt(0) == '<' || Lexicon.isStopword(w)) {
        continue;
      }
      weight += w.length() >= 6 ? 2 : 1;
    }
    return weight >= 2;
  }

  private static List<String> lowerWords(Tokens t) {
    List<String> out = new ArrayList<>(t.words.length);
    for (int i : t.words) {
      out.add(t.lower.get(i));
    }
    return out;
  }

  private static String longestShared(Prepared a, long[] ga, long[] gb, Set<Long> shared) {
    Set<Long> inB = new HashSet<>();
    for (long h : gb) {
      inB.add(h);
    }
    int bestStart = -1;
    int bestLen = 0;
    int p = 0;
    while (p < ga.length) {
      if (inB.contains(ga[p]) && shared.contains(ga[p])) {
        int q = p;
        while (q + 1 < ga.length && inB.contains(ga[q + 1])) {
          q++;
        }
        if (q - p + 1 > bestLen) {
          bestLen = q - p + 1;
          bestStart = p;
        }
        p = q + 1;
      } else {
        p++;
      }
    }
    if (bestStart < 0) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    int[] words = a.tokens.words;
    for (int i = bestStart; i < bestStart + bestLen + 3 && i < words.length; i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(a.tokens.surface.get(words[i]));
    }
    return b.toString();
  }

  private static long[] shingles(Prepared c) {
    List<String> sk = c.tokens.skeletonWords();
    Set<Long> s = new HashSet<>();
    for (int p = 0; p + 3 <= sk.size(); p++) {
      s.add(hash(sk, p, 3));
    }
    long[] out = new long[s.size()];
    int i = 0;
    for (long h : s) {
      out[i++] = h;
    }
    Arrays.sort(out);
    return out;
  }

  private static int intersect(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  private static long key(int a, int b, int n) {
    return a < b ? (long) a * n + b : (long) b * n + a;
  }

  /** 64-bit FNV-1a over the words joined by a separator. */
  static long hash(List<String> words, int from, int len) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < from + len; i++) {
      String w = words.get(i);
      for (int k = 0; k < w.length(); k++) {
        h ^= w.charAt(k);
        h *= 0x100000001b3L;
      }
      h ^= 0x1f;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
