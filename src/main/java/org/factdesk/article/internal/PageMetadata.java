package org.factdesk.article.internal;

import java.time.Instant;
import java.util.List;
import org.factdesk.article.Comment;

/**
 * What a page says about itself. Fields are null when unknown.
 *
 * @param title headline
 * @param url canonical URL
 * @param published publication time
 * @param author byline
 * @param site publication name
 * @param language primary language subtag
 * @param body the article body as JSON-LD gives it (a fallback for pages without visible text)
 * @param comments comments given in JSON-LD
 */
public record PageMetadata(
    String title,
    String url,
    Instant published,
    String author,
    String site,
    String language,
    String body,
    List<Comment> comments) {
  public PageMetadata {
    comments = List.copyOf(comments);
  }

  static final PageMetadata EMPTY =
      new PageMetadata(null, null, null, null, null, null, null, List.of());

  /** This, with each unknown field taken from {@code other}. */
  public PageMetadata orElse(PageMetadata other) {
    return new PageMetadata(
        title != null ? title : other.title,
        url != null ? url : other.url,
        published != null ? published : other.published,
        author != null ? author : other.author,
        site != null ? site : other.site,
        language != null ? language : other.language,
        body != null ? body : other.body,
        !comments.isEmpty() ? comments : other.comments);
  }
}
