package org.factdesk.comments.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.comments.Reason;

/**
 * What every signal reads (the prepared comments, the article) and writes (reasons per comment,
 * cluster links, notes).
 */
public final class ThreadContext {
  public final List<Prepared> comments;
  public final Map<String, Integer> byId;

  /** Parent index of each comment, or -1 (no parent, unknown parent, or a cyclic link). */
  public final int[] parent;

  /** Normalised article text (" w1 w2 ... "), or null when no article is given. */
  public final String articleNorm;

  public final Set<String> articleStems;

  /** Stems used by at least 3 comments and 10% of the thread: the thread's own topic words. */
  public final Set<String> topicStems;

  private final List<List<Reason>> reasons;
  private final List<Link> links = new ArrayList<>();
  private final Set<Long> textual = new HashSet<>();
  private final List<String> notes = new ArrayList<>();

  /** A link between two comments that puts them in one cluster of the given kind. */
  public record Link(String kind, int a, int b, String label) {}

  public ThreadContext(List<Prepared> comments, String articleText) {
    this.comments = comments;
    this.byId = new HashMap<>();
    for (Prepared p : comments) {
      byId.putIfAbsent(p.id(), p.index);
    }
    this.parent = parents(comments, byId, notes);
    if (articleText != null && !articleText.isBlank()) {
      Tokens t = Tokens.of(articleText);
      this.articleNorm = Prepared.normalise(t);
      this.articleStems = t.contentStems();
    } else {
      this.articleNorm = null;
      this.articleStems = Set.of();
    }
    Map<String, Integer> df = new HashMap<>();
    for (Prepared p : comments) {
      for (String s : p.stems) {
        df.merge(s, 1, Integer::sum);
      }
    }
    int min = Math.max(3, comments.size() / 10);
    Set<String> topic = new HashSet<>();
    df.forEach(
        (s, n) -> {
          if (n >= min) {
            topic.add(s);
          }
        });
    this.topicStems = topic;
    this.reasons = new ArrayList<>(comments.size());
    for (int i = 0; i < comments.size(); i++) {
      reasons.add(new ArrayList<>(2));
    }
  }

  private static int[] parents(List<Prepared> cs, Map<String, Integer> byId, List<String> notes) {
    int[] parent = new int[cs.size()];
    int missing = 0;
    for (Prepared p : cs) {
      String pid = p.comment.parentId();
      Integer idx = pid == null ? null : byId.get(pid);
      if (pid != null && idx == null) {
        missing++;
      }
      parent[p.index] = idx == null || idx == p.index ? -1 : idx;
    }
    // break cycles in O(n): 0 = unvisited, 1 = on the current walk, 2 = done
    int cycles = 0;
    byte[] state = new byte[cs.size()];
    int[] walk = new int[cs.size()];
    for (int start = 0; start < cs.size(); start++) {
      int len = 0;
      int cur = start;
      while (cur >= 0 && state[cur] == 0) {
        state[cur] = 1;
        walk[len++] = cur;
        int next = parent[cur];
        if (next >= 0 && state[next] == 1) {
          parent[cur] = -1;
          cycles++;
          break;
        }
        cur = next;
      }
      for (int i = 0; i < len; i++) {
        state[walk[i]] = 2;
      }
    }
    if (missing > 0) {
      notes.add(
          missing + " reply link(s) name a parent that is not in the thread; treated as top-level");
    }
    if (cycles > 0) {
      notes.add(cycles + " cyclic reply link(s) broken; those comments are treated as top-level");
    }
    return parent;
  }

  public void add(int comment, Reason r) {
    reasons.get(comment).add(r);
  }

  public List<Reason> reasons(int comment) {
    return reasons.get(comment);
  }

  public void link(String kind, int a, int b, String label) {
    links.add(new Link(kind, a, b, label));
    if (kind.equals("phrasing")) {
      textual.add(pairKey(a, b));
    }
  }

  /** Marks two comments as sharing text (phrasing, near duplicate or quotation). */
  public void markTextual(int a, int b) {
    textual.add(pairKey(a, b));
  }

  /** True when two comments already share text, so that a paraphrase signal would double count. */
  public boolean textual(int a, int b) {
    return textual.contains(pairKey(a, b));
  }

  private long pairKey(int a, int b) {
    return a < b ? (long) a * comments.size() + b : (long) b * comments.size() + a;
  }

  public List<Link> links() {
    return links;
  }

  public void note(String n) {
    notes.add(n);
  }

  public List<String> notes() {
    return notes;
  }

  public boolean isReplyPair(int a, int b) {
    return parent[a] == b || parent[b] == a;
  }

  public int size() {
    return comments.size();
  }
}
