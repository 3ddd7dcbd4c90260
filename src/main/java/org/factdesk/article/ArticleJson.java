package org.factdesk.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The JSON form of an article printed by {@code factdesk read --format json}. Its first five keys
 * are the design's {@code article} object ({@code title}, {@code url}, {@code published}, {@code
 * author}, {@code source} = site name); {@code site} repeats {@code source} under the name the
 * issue uses. Unknown values are left out.
 */
@JsonPropertyOrder({
  "title",
  "url",
  "published",
  "author",
  "source",
  "site",
  "language",
  "text",
  "paragraphs",
  "comments"
})
public record ArticleJson(
    String title,
    String url,
    Instant published,
    String author,
    String source,
    String site,
    String language,
    String text,
    List<Paragraph> paragraphs,
    List<CommentJson> comments) {

  /** A comment with the keys of the design's comment-thread input. */
  @JsonPropertyOrder({"id", "text", "author", "posted_at", "parent_id"})
  public record CommentJson(
      String id,
      String text,
      String author,
      @JsonProperty("posted_at") Instant postedAt,
      @JsonProperty("parent_id") String parentId) {}

  /** The design's {@code article} object: title, url, published, author, source. */
  @JsonPropertyOrder({"title", "url", "published", "author", "source"})
  public record Summary(
      String title, String url, Instant published, String author, String source) {}

  public static ArticleJson of(Article a) {
    return new ArticleJson(
        a.title(),
        a.url(),
        a.published(),
        a.author(),
        a.siteName(),
        a.siteName(),
        a.language(),
        a.text(),
        a.paragraphs(),
        a.comments().stream()
            .map(c -> new CommentJson(c.id(), c.text(), c.author(), c.postedAt(), c.parentId()))
            .toList());
  }

  public static Summary summary(Article a) {
    return new Summary(a.title(), a.url(), a.published(), a.author(), a.siteName());
  }
}
