package org.factdesk.article.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.article.Comment;
import org.factdesk.internal.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Comments marked up on a page: schema.org {@code Comment} microdata, and the usual comment-section
 * markup (elements of class {@code comment}, ids like {@code comment-12}, {@code data-comment-id}).
 * A comment nested in another replies to it; so does one whose {@code data-parent-id} (or {@code
 * data-reply-to}, {@code data-in-reply-to}) names another. Comments get ids c1, c2, ... in page
 * order. {@link #extractAndRemove} takes the comment section out of the page.
 */
public final class PageComments {
  private static final String CANDIDATES =
      "[itemtype~=(?i)schema\\.org/(User)?Comment$], .comment, .comment-item, .comment-entry,"
          + " .c-comment, [data-comment-id], [id~=^(li-)?comment-\\d+$]";
  private static final String SECTIONS =
      "#comments, #respond, .comments, .comment-list, .commentlist, .comments-area,"
          + " .comment-section, .comments-section, #disqus_thread, [itemprop=comment]";
  private static final String AUTHOR =
      "[itemprop=author] [itemprop=name], [itemprop=author], .comment-author .fn, .comment-author,"
          + " .fn, .author, .username, .user-name, [rel=author]";
  private static final String TEXT =
      "[itemprop=text], [itemprop=commentText], .comment-content, .comment-text, .comment__body,"
          + " .comment-body, .comment-message, .content, .text, .message";
  private static final String TIME =
      "[itemprop=dateCreated], [itemprop=datePublished], time[datetime], [datetime]";
  private static final String META =
      ".comment-meta, .comment-metadata, .reply, .comment-reply-link, .comment-actions, footer,"
          + " header, "
          + AUTHOR
          + ", "
          + TIME;
  private static final Set<String> PARENT_ATTRIBUTES =
      Set.of("data-parent-id", "data-parent", "data-reply-to", "data-in-reply-to");

  private PageComments() {}

  /** The comments on the page; removes them and their sections from {@code doc}. */
  public static List<Comment> extractAndRemove(Document doc) {
    List<Element> found = new ArrayList<>();
    for (Element e : doc.select(CANDIDATES)) {
      if (!e.normalName().equals("body") && !e.normalName().equals("html") && !e.text().isBlank()) {
        found.add(e);
      }
    }
    // a candidate that contains an articleBody is a page template, not a comment
    found.removeIf(e -> !e.select("[itemprop=articleBody], article h1").isEmpty());
    Set<Element> set = Set.copyOf(found);
    Map<String, String> idsByMarkup = new HashMap<>();
    Map<Element, String> ids = new HashMap<>();
    for (Element e : found) {
      String id = "c" + (ids.size() + 1);
      ids.put(e, id);
      for (String key : new String[] {e.id(), e.attr("data-comment-id"), e.attr("data-id")}) {
        if (!key.isBlank()) {
          idsByMarkup.putIfAbsent(key.strip(), id);
          idsByMarkup.putIfAbsent(key.strip().replaceFirst("^(li-|div-)?comment-", ""), id);
        }
      }
    }
    List<Comment> out = new ArrayList<>();
    for (Element e : found) {
      String text = text(e, set);
      if (text.isEmpty()) {
        continue;
      }
      String parent = null;
      for (Element a = e.parent(); a != null && parent == null; a = a.parent()) {
        if (set.contains(a)) {
          parent = ids.get(a);
        }
      }
      for (String attr : PARENT_ATTRIBUTES) {
        String ref = e.attr(attr).strip().replaceFirst("^#", "");
        if (parent == null && !ref.isEmpty() && !ref.equals("0")) {
          parent = idsByMarkup.get(ref);
          if (parent == null) {
            parent = idsByMarkup.get(ref.replaceFirst("^(li-|div-)?comment-", ""));
          }
        }
      }
      out.add(new Comment(ids.get(e), text, author(e, set), time(e, set), parent));
    }
    for (Element e : found) {
      e.remove();
    }
    doc.select(SECTIONS).remove();
    return renumber(out);
  }

  /** Skipped empty comments leave gaps; renumber c1..cN keeping reply links. */
  private static List<Comment> renumber(List<Comment> in) {
    Map<String, String> map = new HashMap<>();
    for (Comment c : in) {
      map.put(c.id(), "c" + (map.size() + 1));
    }
    return in.stream()
        .map(
            c ->
                new Comment(
                    map.get(c.id()),
                    c.text(),
                    c.author(),
                    c.postedAt(),
                    c.parentId() == null ? null : map.get(c.parentId())))
        .collect(Collectors.toList());
  }

  /** The first element of the comment itself (not of a nested reply) matching the query. */
  private static Element own(Element comment, String query, Set<Element> all) {
    for (String q : query.split(",")) {
      for (Element e : comment.select(q.strip())) {
        if (!e.equals(comment) && comment.equals(nearestComment(e, all))) {
          return e;
        }
      }
    }
    return null;
  }

  private static Element nearestComment(Element e, Set<Element> all) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (all.contains(a)) {
        return a;
      }
    }
    return null;
  }

  private static String author(Element comment, Set<Element> all) {
    Element a = own(comment, AUTHOR, all);
    if (a == null) {
      return null;
    }
    String s = a.text().strip().replaceFirst("(?i)\\s+(says|wrote|said)\\s*:?$", "").strip();
    return s.isEmpty() || s.length() > 100 ? null : s;
  }

  private static Instant time(Element comment, Set<Element> all) {
    Element t = own(comment, TIME, all);
    if (t == null) {
      return null;
    }
    for (String attr : new String[] {"datetime", "content", "title"}) {
      Instant i = Dates.parse(t.attr(attr));
      if (i != null) {
        return i;
      }
    }
    return Dates.parse(t.text());
  }

  private static String text(Element comment, Set<Element> all) {
    Element body = own(comment, TEXT, all);
    Element copy = (body != null ? body : comment).clone();
    Elements nested = copy.select(CANDIDATES);
    nested.remove(copy);
    nested.remove();
    copy.select(".reply, .comment-reply-link, .comment-actions, button, form, script, style")
        .remove();
    if (body == null) {
      copy.select(META).remove();
    }
    List<String> parts = new ArrayList<>();
    for (Blocks.Block b : Blocks.of(copy)) {
      parts.add(b.text());
    }
    return String.join("\n\n", parts).strip();
  }
}
