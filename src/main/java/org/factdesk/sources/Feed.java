package org.factdesk.sources;

import java.util.List;

/**
 * A parsed RSS 2.0 / RSS 1.0 / Atom 1.0 feed.
 *
 * @param title the feed's title, or null
 * @param link the site's link, or null
 * @param items its items, in feed order
 */
public record Feed(String title, String link, List<FeedItem> items) {
  public Feed {
    items = List.copyOf(items);
  }
}
