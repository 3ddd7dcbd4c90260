package org.factdesk.comments.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.Comment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A small stand-in for the article reader's comment extraction: finds comments in an HTML page by
 * common markup (schema.org Comment microdata, elements of class "comment", ids "comment-N", {@code
 * data-comment-id}), with author, time and text where marked, and reply links from nesting. Also
 * gives the page's main text for {@code --article}.
 */
public final class HtmlThread {
  private static final String COMMENT =
      "[itemtype~=(?i)schema.org/Comment$], .comment, [id~=^comment-\\d+$], [data-comment-id]";
  private static final String AUTHOR =
      "[itemprop=author], .comment-author, .author, .username, .user, .byline";
  private static final String TEXT =
      "[itemprop=text], .comment-body, .comment-text, .comment-content, .text, .content";

  private HtmlThread() {}

  /** True when the content looks like HTML. */
  public static boolean looksLikeHtml(String content) {
    String head = content.stripLeading();
    head = head.substring(0, Math.min(200, head.length())).toLowerCase(java.util.Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<");
  }

  /** The comments of a page, in document order; empty when none are marked up. */
  public static List<Comment> comments(String html) {
    Document doc = Jsoup.parse(html);
    Elements found = doc.select(COMMENT);
    Map<Element, String> ids = new IdentityHashMap<>();
    List<Element> kept = new ArrayList<>();
    for (Element e : found) {
      String id = firstNonBlank(e.attr("data-comment-id"), e.id());
      if (id.isBlank()) {
        id = "h" + (kept.size() + 1);
      }
      ids.put(e, id);
      kept.add(e);
    }
    List<Comment> out = new ArrayList<>(kept.size());
    for (Element e : kept) {
      Element own = e.clone();
      own.select(COMMENT).remove(); // nested replies are comments of their own
      Element authorEl = own.selectFirst(AUTHOR);
      Element timeEl = own.selectFirst("time[datetime]");
      Element textEl = own.selectFirst(TEXT);
      String text;
      if (textEl != null) {
        text = textEl.text();
      } else {
        if (authorEl != null) {
          own.select(AUTHOR).remove();
        }
        own.select("time, .reply, .actions, button").remove();
        text = own.text();
      }
      String parent = null;
      for (Element a = e.parent(); a != null; a = a.parent()) {
        if (ids.containsKey(a)) {
          parent = ids.get(a);
          break;
        }
      }
      out.add(
          new Comment(
              ids.get(e),
              text.strip(),
              authorEl == null ? null : blankToNull(authorEl.text()),
              timeEl == null ? null : time(timeEl.attr("datetime")),
              parent));
    }
    return out;
  }

  /** The page's main text: its {@code <article>}, else {@code <main>}, else the body. */
  public static String mainText(String html) {
    Document doc = Jsoup.parse(html);
    doc.select(COMMENT + ", script, style, nav, header, footer").remove();
    Element main = doc.selectFirst("article");
    if (main == null) {
      main = doc.selectFirst("main");
    }
    if (main == null) {
      main = doc.body();
    }
    return main == null ? "" : main.text();
  }

  private static Instant time(String s) {
    try {
      return OffsetDateTime.parse(s.strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b == null ? "" : b;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
