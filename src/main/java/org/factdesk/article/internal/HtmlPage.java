package org.factdesk.article.internal;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.InputException;
import org.factdesk.article.Article;
import org.factdesk.article.Comment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page: metadata from JSON-LD, then meta tags, then the visible page; comments; the
 * main text.
 */
public final class HtmlPage {
  private HtmlPage() {}

  /**
   * @param html the page
   * @param baseUrl the URL it came from (resolves a relative canonical link), or null
   * @param name the input, for messages
   */
  public static Article read(String html, String baseUrl, String name) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    PageMetadata declared = JsonLd.extract(doc).orElse(MetaTags.extract(doc));
    List<Comment> comments = PageComments.extractAndRemove(doc);
    if (comments.isEmpty()) {
      comments = declared.comments();
    }
    PageMetadata meta = declared.orElse(VisiblePage.extract(doc));
    List<String> paragraphs = MainText.extract(doc, meta.title(), meta.author());
    PlainText.Split split = PlainText.splitBlocks(paragraphs);
    paragraphs = new ArrayList<>(split.body());
    if (comments.isEmpty()) {
      comments = split.comments();
    }
    if (paragraphs.isEmpty() && meta.body() != null) {
      paragraphs = new ArrayList<>(List.of(meta.body().split("\\n\\s*\\n|\\n")));
    }
    paragraphs.removeIf(p -> p.codePoints().noneMatch(Character::isLetterOrDigit));
    if (paragraphs.isEmpty()) {
      throw new InputException(name, "HTML page has no article text");
    }
    String url = meta.url() != null ? meta.url() : baseUrl;
    String language = meta.language();
    if (language == null) {
      language = Language.guess(String.join(" ", paragraphs));
    }
    return Article.of(
        meta.title(),
        url,
        meta.published(),
        meta.author(),
        meta.site(),
        language,
        paragraphs,
        comments);
  }
}
