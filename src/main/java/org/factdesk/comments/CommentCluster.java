package org.factdesk.comments;

import java.util.List;

/**
 * Comments that act together.
 *
 * @param id cluster id, "k1", "k2", ...
 * @param kind what binds them: "phrasing" (shared wording or near duplicates), "reply_pair" (a
 *     sycophantic reply and its parent), "agenda" (the same off-article pivot), "semantic"
 *     (paraphrases), "author_burst" (one author posting at machine rate)
 * @param members comment ids in thread order
 * @param reason human-readable explanation
 */
public record CommentCluster(String id, String kind, List<String> members, String reason) {
  public CommentCluster {
    if (id == null || kind == null || reason == null) {
      throw new IllegalArgumentException("id, kind and reason must not be null for cluster " + id);
    }
    members = List.copyOf(members);
    if (members.size() < 2) {
      throw new IllegalArgumentException(
          "cluster " + id + " must have >= 2 members, got " + members.size());
    }
  }
}
