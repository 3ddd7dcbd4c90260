package org.factdesk.comments;

import java.util.List;

/**
 * The audit of one comment.
 *
 * @param id the comment's id
 * @param label the verdict
 * @param score 0..1, the clipped sum of the reasons' weights
 * @param reasons every signal that fired, strongest first
 * @param cluster id of the comment's main cluster, or null
 * @param clusters ids of every cluster the comment belongs to
 */
public record CommentFinding(
    String id,
    Label label,
    double score,
    List<Reason> reasons,
    String cluster,
    List<String> clusters) {
  public CommentFinding {
    if (id == null || label == null) {
      throw new IllegalArgumentException("id and label must not be null, got " + id + ", " + label);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in 0..1, got " + score);
    }
    reasons = List.copyOf(reasons);
    clusters = List.copyOf(clusters);
  }
}
