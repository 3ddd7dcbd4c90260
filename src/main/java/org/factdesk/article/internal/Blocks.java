package org.factdesk.article.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits an element's visible text into blocks at block-level elements and line breaks, and
 * measures how much of each block is link text.
 */
public final class Blocks {
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "tr",
          "header",
          "footer",
          "figure",
          "figcaption",
          "hr",
          "address",
          "details",
          "summary",
          "center");

  /**
   * A block of visible text.
   *
   * @param text the text, whitespace collapsed
   * @param linkChars how many of its characters are inside links
   * @param heading whether it is a heading (h1-h6)
   */
  public record Block(String text, int linkChars, boolean heading) {
    public double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  private final List<Block> out = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int links;
  private boolean heading;

  private Blocks() {}

  /** The blocks of {@code root}, in document order, without empty ones. */
  public static List<Block> of(Element root) {
    Blocks b = new Blocks();
    b.walk(root, false);
    b.flush();
    return b.out;
  }

  private void walk(Node node, boolean inLink) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      if (!s.isBlank() || text.length() > 0) {
        int before = text.length();
        appendCollapsed(s);
        if (inLink) {
          links += text.length() - before;
        }
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      flush();
      return;
    }
    boolean block = BLOCK_TAGS.contains(tag);
    if (block) {
      flush();
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      heading = true;
    }
    boolean link = inLink || tag.equals("a");
    for (Node child : e.childNodes()) {
      walk(child, link);
    }
    if (block) {
      flush();
    }
  }

  private void appendCollapsed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      } else {
        text.append(c);
      }
    }
  }

  private void flush() {
    String s = text.toString().strip();
    if (!s.isEmpty()) {
      out.add(new Block(s, Math.min(links, s.length()), heading));
    }
    text.setLength(0);
    links = 0;
    heading = false;
  }
}
