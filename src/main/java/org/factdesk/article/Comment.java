package org.factdesk.article;

import java.time.Instant;

/**
 * A reader comment. Only {@code id} and {@code text} are required; {@code author}, {@code postedAt}
 * and {@code parentId} are null when the page or thread does not give them.
 */
public record Comment(String id, String text, String author, Instant postedAt, String parentId) {
  public Comment {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, got '" + id + "'");
    }
    if (text == null) {
      throw new IllegalArgumentException("text of comment " + id + " must not be null");
    }
  }
}
