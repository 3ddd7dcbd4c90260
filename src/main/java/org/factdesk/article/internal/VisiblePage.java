package org.factdesk.article.internal;

import java.util.List;
import org.factdesk.internal.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata from what the page shows: the first heading, the {@code <title>} (with a " | Site"
 * suffix split off), a {@code <time>} element, a byline, the {@code lang} attribute. Run it after
 * comments have been taken out so their times and authors do not count.
 */
public final class VisiblePage {
  private VisiblePage() {}

  public static PageMetadata extract(Document doc) {
    String title = null;
    String site = null;
    Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline], h1");
    if (h1 != null && !h1.text().isBlank()) {
      title = h1.text().strip();
    }
    String docTitle = doc.title().strip();
    if (!docTitle.isEmpty()) {
      String[] parts = docTitle.split("\\s+[|\u2013\u2014·-]\\s+");
      if (parts.length >= 2 && parts[parts.length - 1].length() <= 40) {
        site = parts[parts.length - 1].strip();
        docTitle =
            docTitle
                .substring(0, docTitle.length() - parts[parts.length - 1].length())
                .replaceFirst("\\s+[|\u2013\u2014·-]\\s+$", "")
                .strip();
      }
      if (title == null) {
        title = docTitle;
      }
    }
    String published = null;
    Element time =
        doc.selectFirst(
            "[itemprop=datePublished][content], [itemprop=datePublished][datetime], time[datetime]");
    if (time != null) {
      published = time.hasAttr("content") ? time.attr("content") : time.attr("datetime");
    }
    String author = null;
    Element byline =
        doc.selectFirst(
            "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, .author-name, .author, .byline-name");
    if (byline != null) {
      String a = byline.text().strip().replaceFirst("(?i)^by\\s+", "").strip();
      if (!a.isEmpty() && a.length() <= 100) {
        author = a;
      }
    }
    Element html = doc.selectFirst("html[lang]");
    return new PageMetadata(
        title,
        null,
        Dates.parse(published),
        author,
        site,
        html == null ? null : Language.normalise(html.attr("lang")),
        null,
        List.of());
  }
}
