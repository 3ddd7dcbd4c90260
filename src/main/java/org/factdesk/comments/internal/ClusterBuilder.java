package org.factdesk.comments.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.comments.CommentCluster;
import org.factdesk.comments.Label;

/**
 * Turns the signals' links into clusters: connected components per kind (phrasing and semantic
 * links join one kind), one cluster per reply pair. A cluster is reported when at least one member
 * is not AUTHENTIC.
 */
public final class ClusterBuilder {
  private static final List<String> ORDER =
      List.of("phrasing", "agenda", "reply_pair", "author_burst", "burst");

  private ClusterBuilder() {}

  /** The clusters and, per comment, the ids of the clusters it is in (main one first). */
  public record Result(List<CommentCluster> clusters, List<List<String>> membership) {}

  public static Result build(ThreadContext ctx, List<Label> labels) {
    int n = ctx.size();
    List<List<String>> membership = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      membership.add(new ArrayList<>(1));
    }
    List<CommentCluster> out = new ArrayList<>();
    for (String kind : ORDER) {
      if (kind.equals("reply_pair")) {
        for (ThreadContext.Link l : ctx.links()) {
          if (l.kind().equals(kind) && (flagged(labels, l.a()) || flagged(labels, l.b()))) {
            String id = "k" + (out.size() + 1);
            int a = Math.min(l.a(), l.b());
            int b = Math.max(l.a(), l.b());
            out.add(
                new CommentCluster(
                    id,
                    kind,
                    List.of(ctx.comments.get(a).id(), ctx.comments.get(b).id()),
                    l.label()));
            membership.get(a).add(id);
            membership.get(b).add(id);
          }
        }
        continue;
      }
      int[] root = new int[n];
      for (int i = 0; i < n; i++) {
        root[i] = i;
      }
      Map<Integer, Map<String, Integer>> labelsByRoot = new HashMap<>();
      List<ThreadContext.Link> mine = new ArrayList<>();
      for (ThreadContext.Link l : ctx.links()) {
        boolean match =
            l.kind().equals(kind) || (kind.equals("phrasing") && l.kind().equals("semantic"));
        if (match) {
          union(root, l.a(), l.b());
          mine.add(l);
        }
      }
      for (ThreadContext.Link l : mine) {
        labelsByRoot
            .computeIfAbsent(find(root, l.a()), r -> new LinkedHashMap<>())
            .merge(l.label(), 1, Integer::sum);
      }
      Map<Integer, List<Integer>> groups = new TreeMap<>();
      for (ThreadContext.Link l : mine) {
        groups.computeIfAbsent(find(root, l.a()), r -> new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        List<Integer> g = groups.get(find(root, i));
        if (g != null) {
          g.add(i);
        }
      }
      List<List<Integer>> ordered = new ArrayList<>(groups.values());
      ordered.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
      for (List<Integer> g : ordered) {
        if (g.size() < 2 || g.stream().noneMatch(i -> flagged(labels, i))) {
          continue;
        }
        String id = "k" + (out.size() + 1);
        List<String> members = new ArrayList<>(g.size());
        for (int i : g) {
          members.add(ctx.comments.get(i).id());
          membership.get(i).add(id);
        }
        out.add(
            new CommentCluster(
                id, kind, members, reason(kind, g.size(), labelsByRoot.get(find(root, g.get(0))))));
      }
    }
    return new Result(out, membership);
  }

  private static String reason(String kind, int size, Map<String, Integer> labels) {
    List<Map.Entry<String, Integer>> top = new ArrayList<>(labels.entrySet());
    top.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, Integer> e : top) {
      if (shown.size() == 3) {
        break;
      }
      String k = e.getKey();
      boolean plain =
          k.startsWith("author ")
              || k.startsWith("burst ")
              || k.startsWith("pivot")
              || k.equals("near duplicates")
              || k.equals("paraphrases")
              || k.equals("short duplicate");
      shown.add(plain ? k : "\"" + k + "\"");
    }
    return switch (kind) {
      case "phrasing" -> size + " comments share wording: " + String.join("; ", shown);
      case "agenda" -> size + " comments pivot away from the article: " + String.join("; ", shown);
      case "author_burst" -> String.join("; ", shown);
      default -> String.join("; ", shown);
    };
  }

  private static boolean flagged(List<Label> labels, int i) {
    return labels.get(i) != Label.AUTHENTIC;
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }

  private static void union(int[] root, int a, int b) {
    int ra = find(root, a);
    int rb = find(root, b);
    if (ra != rb) {
      root[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
