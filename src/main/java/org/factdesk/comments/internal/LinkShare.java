package org.factdesk.comments.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link share: a comment that is only a headline and a link, as a site's share button writes it
 * ("Fossil Fuel Drilling Plans Undermine Climate Pledges, UN Report Warns: https://..."),
 * optionally with "via @source". Many people sharing the same article write the same headline; the
 * text is the linked page's, not the commenter's, as a phrase quoted from the article is. So two
 * link shares with the same headline are shown as near duplicates but weigh less.
 */
public final class LinkShare {
  /** A headline has at most this many words. */
  public static final int MAX_WORDS = 25;

  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern VIA = Pattern.compile("(?i)\\s+via\\s+@\\w+\\s*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Words of the commenter's own voice, which a headline does not use. */
  private static final Set<String> PERSONAL =
      Set.of("i", "im", "me", "my", "we", "our", "us", "you", "your", "youre", "ive", "lol");

  private LinkShare() {}

  public static boolean is(Prepared c) {
    String t = c.text;
    if (!URL.matcher(t).find()) {
      return false;
    }
    String rest = URL.matcher(t).replaceAll(" ").strip();
    rest = VIA.matcher(rest).replaceAll("").strip();
    if (rest.isEmpty() || rest.indexOf('@') >= 0 || rest.indexOf('#') >= 0) {
      return false;
    }
    var m = WORD.matcher(rest.replace("'", "").replace("\u2019", ""));
    int words = 0;
    while (m.find()) {
      words++;
      if (words > MAX_WORDS || PERSONAL.contains(m.group().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return words >= 3;
  }
}
