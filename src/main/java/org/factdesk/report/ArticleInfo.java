package org.factdesk.report;

import java.time.Instant;
import org.factdesk.article.Article;

/** The article's metadata in a report; fields are null (left out of JSON) when unknown. */
public record ArticleInfo(
    String title, String url, Instant published, String author, String source) {

  /** The metadata of {@code a}. */
  public static ArticleInfo of(Article a) {
    return new ArticleInfo(a.title(), a.url(), a.published(), a.author(), a.siteName());
  }
}
