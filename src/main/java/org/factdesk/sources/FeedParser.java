package org.factdesk.sources;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.InputException;
import org.factdesk.internal.Dates;
import org.factdesk.sources.internal.SafeXml;
import org.factdesk.sources.internal.XmlNode;
import org.jsoup.Jsoup;

/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds, safely (see {@link SafeXml}). */
public final class FeedParser {
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

  private FeedParser() {}

  /** Whether the XML root is a feed. */
  public static boolean isFeed(XmlNode root) {
    return root.name().equals("rss") || root.name().equals("feed") || root.name().equals("RDF");
  }

  /** Parses a feed; {@code input} names it in errors. */
  public static Feed parse(byte[] bytes, String input) {
    return parse(SafeXml.parse(bytes, input), input);
  }

  /** Reads a feed from a parsed XML root. */
  public static Feed parse(XmlNode root, String input) {
    return switch (root.name()) {
      case "rss" -> rss(root, input);
      case "RDF" -> rdf(root);
      case "feed" -> atom(root);
      default ->
          throw new InputException(
              input + ":" + root.line(),
              "not an RSS or Atom feed (root element <" + root.name() + ">)");
    };
  }

  private static Feed rss(XmlNode root, String input) {
    XmlNode channel = root.child("channel");
    if (channel == null) {
      throw new InputException(input + ":" + root.line(), "RSS feed without <channel>");
    }
    List<FeedItem> items = new ArrayList<>();
    for (XmlNode item : channel.all("item")) {
      items.add(rssItem(item));
    }
    return new Feed(channel.childText("title"), channel.childText("link"), items);
  }

  private static Feed rdf(XmlNode root) {
    XmlNode channel = root.child("channel");
    List<FeedItem> items = new ArrayList<>();
    for (XmlNode item : root.all("item")) {
      items.add(rssItem(item));
    }
    return new Feed(
        channel == null ? null : channel.childText("title"),
        channel == null ? null : channel.childText("link"),
        items);
  }

  private static FeedItem rssItem(XmlNode item) {
    String link = item.childText("link");
    String guid = item.childText("guid");
    String description = text(item.childText("description"));
    XmlNode encoded = item.child(CONTENT_NS, "encoded");
    String content = encoded == null ? null : text(encoded.text());
    String date = item.childText("pubDate");
    if (date == null) {
      date = item.childText("date"); // dc:date
    }
    boolean full = content != null && !content.isBlank();
    return new FeedItem(
        guid != null ? guid : link,
        link != null ? link : (guid != null && guid.startsWith("http") ? guid : null),
        text(item.childText("title")),
        full ? content : description,
        !full,
        Dates.parse(date),
        item.line());
  }

  private static Feed atom(XmlNode root) {
    List<FeedItem> items = new ArrayList<>();
    for (XmlNode entry : root.all("entry")) {
      String link = null;
      for (XmlNode l : entry.all("link")) {
        String rel = l.attribute("rel");
        if (rel == null || rel.equals("alternate")) {
          link = l.attribute("href");
          break;
        }
      }
      XmlNode content = entry.child("content");
      String contentText = content == null ? null : text(content.text());
      String summary = text(entry.childText("summary"));
      String date = entry.childText("published");
      if (date == null) {
        date = entry.childText("updated");
      }
      boolean full = contentText != null && !contentText.isBlank();
      String id = entry.childText("id");
      items.add(
          new FeedItem(
              id != null ? id : link,
              link,
              text(entry.childText("title")),
              full ? contentText : summary,
              !full,
              Dates.parse(date),
              entry.line()));
    }
    String siteLink = null;
    for (XmlNode l : root.all("link")) {
      if (l.attribute("rel") == null || "alternate".equals(l.attribute("rel"))) {
        siteLink = l.attribute("href");
      }
    }
    return new Feed(text(root.childText("title")), siteLink, items);
  }

  /** Plain text of a value that may hold escaped HTML. */
  static String text(String maybeHtml) {
    if (maybeHtml == null) {
      return null;
    }
    if (maybeHtml.indexOf('<') < 0 && maybeHtml.indexOf('&') < 0) {
      return maybeHtml.strip();
    }
    return Jsoup.parse(maybeHtml).text().strip();
  }
}
