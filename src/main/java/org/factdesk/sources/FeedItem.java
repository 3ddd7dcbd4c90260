package org.factdesk.sources;

import java.time.Instant;

/**
 * One item of an RSS or Atom feed.
 *
 * @param id the guid / id, or the link when there is none
 * @param url the link to the article, or null
 * @param title the title, or null
 * @param text the full content when the feed carries it, else the summary (plain text)
 * @param summaryOnly true when the feed gave only a summary (the linked page has the rest)
 * @param published publication (or last update) time, or null
 * @param line the line of the item in the feed
 */
public record FeedItem(
    String id,
    String url,
    String title,
    String text,
    boolean summaryOnly,
    Instant published,
    int line) {}
