package org.factdesk.comments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.comments.internal.TimingSignal;

/** The audit as the contract's JSON tree (maps and lists) and as text for people. */
public final class AuditRendering {
  private AuditRendering() {}

  public static Map<String, Object> json(AuditReport r) {
    List<Object> comments = new ArrayList<>(r.comments().size());
    for (CommentFinding f : r.comments()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", f.id());
      c.put("label", f.label().name());
      c.put("score", f.score());
      List<Object> reasons = new ArrayList<>(f.reasons().size());
      for (Reason x : f.reasons()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signal", x.signal());
        m.put("detail", x.detail());
        m.put("weight", x.weight());
        reasons.add(m);
      }
      c.put("reasons", reasons);
      c.put("cluster", f.cluster());
      if (f.clusters().size() > 1) {
        c.put("clusters", f.clusters());
      }
      comments.add(c);
    }
    List<Object> clusters = new ArrayList<>(r.clusters().size());
    for (CommentCluster k : r.clusters()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", k.id());
      m.put("members", k.members());
      m.put("reason", k.reason());
      m.put("kind", k.kind());
      clusters.add(m);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("comments", r.comments().size());
    r.counts().forEach((label, n) -> summary.put(label.name(), n));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("comments", comments);
    out.put("clusters", clusters);
    out.put("summary", summary);
    out.put(
        "explanation",
        "score = sum of the reasons' weights, clipped to 0..1 (negative weights offset only the"
            + " text signals, never the timing signals "
            + String.join(", ", TimingSignal.BEHAVIOUR)
            + "); SUSPICIOUS at >= "
            + CommentAudit.SUSPICIOUS
            + ", INAUTHENTIC at >= "
            + CommentAudit.INAUTHENTIC);
    out.put("notes", r.notes());
    return out;
  }

  public static String text(AuditReport r) {
    StringBuilder b = new StringBuilder();
    Map<Label, Integer> counts = r.counts();
    b.append(
        String.format(
            Locale.ROOT,
            "%d comments: %d authentic, %d suspicious, %d inauthentic%n",
            r.comments().size(),
            counts.get(Label.AUTHENTIC),
            counts.get(Label.SUSPICIOUS),
            counts.get(Label.INAUTHENTIC)));
    for (CommentFinding f : r.comments()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%n%s  %s  %.2f%s%n",
              f.id(),
              f.label(),
              f.score(),
              f.clusters().isEmpty() ? "" : "  [" + String.join(", ", f.clusters()) + "]"));
      for (Reason x : f.reasons()) {
        b.append(
            String.format(Locale.ROOT, "    %+.2f %s: %s%n", x.weight(), x.signal(), x.detail()));
      }
    }
    if (!r.clusters().isEmpty()) {
      b.append(String.format(Locale.ROOT, "%nClusters%n"));
      for (CommentCluster k : r.clusters()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %s (%s) %s: %s%n",
                k.id(),
                k.kind(),
                String.join(", ", k.members()),
                k.reason()));
      }
    }
    for (String n : r.notes()) {
      b.append("note: ").append(n).append(System.lineSeparator());
    }
    return b.toString();
  }
}
