package org.factdesk.article.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.internal.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a page. Boilerplate is removed first (navigation, headers, footers, asides,
 * forms, scripts, and elements whose class, id or role names a promo, newsletter box, cookie
 * banner, share bar, audio widget and the like), then the container is chosen: an {@code
 * itemprop=articleBody} element, else the {@code <article>} with most paragraph text, else {@code
 * <main>}, else the element whose paragraphs score highest by text density. Its blocks become
 * paragraphs, without link lists, widget lines, the repeated headline and the byline.
 */
public final class MainText {
  private static final String JUNK_TAGS =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, input,"
          + " select, textarea, nav, aside, footer, dialog, menu, figure, audio, video, header,"
          + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [role=dialog], [role=alertdialog], [role=search], [role=menu]";
  private static final Set<String> JUNK_WORDS =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "breadcrumb",
          "breadcrumbs",
          "footer",
          "header",
          "masthead",
          "sidebar",
          "promo",
          "promotion",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "adslot",
          "sponsor",
          "sponsored",
          "newsletter",
          "subscribe",
          "subscription",
          "signup",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "share",
          "sharing",
          "social",
          "related",
          "recommended",
          "recommendations",
          "listen",
          "audio",
          "player",
          "tts",
          "popup",
          "modal",
          "banner",
          "paywall",
          "outbrain",
          "taboola",
          "toolbar",
          "comments",
          "disqus",
          "tags",
          "widget",
          "trending",
          "popular",
          "factbox",
          "fact-checker",
          "factchecker",
          "hidden",
          "print",
          "skip",
          "byline",
          "dateline",
          "caption");
  private static final Pattern WIDGET_LINE =
      Pattern.compile(
          "(?i)^(listen to (the|this) (article|story)|listen( now)?|play( audio)?|advertisement|"
              + "share( this( article| story)?)?|share on \\w+|read more|continue reading|"
              + "sign up\\b.*|subscribe\\b.*|follow us\\b.*|related( articles| stories)?|"
              + "skip to (main )?content|cookie.*|we use cookies.*|accept( all)?( cookies)?|"
              + "(\\d+ )?min(ute)?s? (read|listen)|loading.*|image:.*|photo:.*)$");

  private MainText() {}

  /** The paragraphs of the main text; empty when the page has none. */
  public static List<String> extract(Document doc, String title, String author) {
    Element body = doc.body();
    removeJunk(body);
    Element container = container(body);
    List<String> out = new ArrayList<>();
    for (Blocks.Block b : Blocks.of(container)) {
      String t = b.text();
      if (b.linkDensity() > 0.5 && t.length() < 400) {
        continue; // a list of links
      }
      if (b.linkChars() > 0 && t.length() < 80 && !t.matches(".*[.!?\"”’]$")) {
        continue; // "Posted in News", "Tags: ..." and other short linked labels
      }
      if (t.length() < 120 && WIDGET_LINE.matcher(t).matches()) {
        continue;
      }
      if (title != null && b.heading() && t.equalsIgnoreCase(title.strip())) {
        continue;
      }
      if (t.length() < 80
          && (t.matches("(?i)^by\\s+\\p{Lu}.*") || (author != null && t.equals(author)))) {
        continue;
      }
      if (t.length() < 40 && Dates.parse(t) != null) {
        continue;
      }
      out.add(t);
    }
    return out;
  }

  private static void removeJunk(Element body) {
    Element keep = body.selectFirst("[itemprop=articleBody]");
    for (Element e : body.select(JUNK_TAGS)) {
      if (keep == null || !(e.equals(keep) || keep.parents().contains(e))) {
        e.remove();
      }
    }
    int total = body.text().length();
    for (Element e : body.select("[class], [id], [role]")) {
      if (e.ownerDocument() == null // inside an element removed already
          || e.equals(keep)
          || (keep != null && keep.parents().contains(e))) {
        continue;
      }
      if (isJunkByName(e) && !holdsMostText(e, total)) {
        e.remove();
      }
    }
  }

  private static boolean isJunkByName(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : names.split("[^a-z0-9]+")) {
      if (JUNK_WORDS.contains(word)) {
        return true;
      }
    }
    for (String whole : names.split("\\s+")) {
      if (JUNK_WORDS.contains(whole)) {
        return true;
      }
    }
    return false;
  }

  /** An element with most of the page's paragraph text is the content, whatever its class says. */
  private static boolean holdsMostText(Element e, int total) {
    int paragraphs = 0;
    for (Element p : e.select("p")) {
      if (p.text().length() > 80) {
        paragraphs++;
      }
    }
    return paragraphs >= 3 && e.text().length() > total * 0.5;
  }

  private static Element container(Element body) {
    Element articleBody = body.selectFirst("[itemprop=articleBody]");
    if (articleBody != null && !articleBody.text().isBlank()) {
      return articleBody;
    }
    Element dense = densest(body);
    int denseText = dense == null ? 0 : paragraphText(dense);
    Element best = null;
    int bestLength = 0;
    for (Element a : body.select("article")) {
      int length = paragraphText(a);
      if (length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    // an <article> wins unless it is a teaser card next to a much denser story
    if (best != null && bestLength >= 100 && bestLength >= denseText / 2) {
      return best;
    }
    Element main = body.selectFirst("main, [role=main]");
    if (main != null && paragraphText(main) >= 100 && paragraphText(main) >= denseText / 2) {
      return main;
    }
    return dense != null ? dense : body;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /** Readability-style scoring: each paragraph scores its parent fully and its grandparent half. */
  private static Element densest(Element body) {
    Map<Element, Double> scores = new LinkedHashMap<>(); // document order breaks ties
    for (Element p : body.select("p, pre, td, blockquote")) {
      String t = p.text();
      if (t.length() < 25) {
        continue;
      }
      double score = 1 + t.chars().filter(c -> c == ',').count() + Math.min(t.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double top = 0;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      if (s.getValue() > top) {
        top = s.getValue();
        best = s.getKey();
      }
    }
    return best;
  }
}
