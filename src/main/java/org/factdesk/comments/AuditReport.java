package org.factdesk.comments;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The audit of a thread: one finding per comment (in thread order), the clusters, and notes on what
 * the audit did or skipped (e.g. "semantic signal skipped: 12000 comments > 2000").
 */
public record AuditReport(
    List<CommentFinding> comments, List<CommentCluster> clusters, List<String> notes) {
  public AuditReport {
    comments = List.copyOf(comments);
    clusters = List.copyOf(clusters);
    notes = List.copyOf(notes);
  }

  /** Count of comments per label, every label present. */
  public Map<Label, Integer> counts() {
    Map<Label, Integer> m = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      m.put(l, 0);
    }
    for (CommentFinding f : comments) {
      m.merge(f.label(), 1, Integer::sum);
    }
    return m;
  }
}
