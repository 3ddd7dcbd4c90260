package org.factdesk.sources;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.InputException;
import org.factdesk.sources.internal.SafeXml;
import org.factdesk.sources.internal.XmlNode;

/** Reads OPML lists of feeds. */
public final class Opml {
  /**
   * One feed of the list.
   *
   * @param title its title (or text), or null
   * @param url its xmlUrl
   * @param line its line in the OPML file
   */
  public record Outline(String title, String url, int line) {
    public Outline {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("url must not be blank");
      }
    }
  }

  private Opml() {}

  public static boolean isOpml(XmlNode root) {
    return root.name().equals("opml");
  }

  /** Every outline with an xmlUrl, nested ones included, in order. */
  public static List<Outline> parse(byte[] bytes, String input) {
    return parse(SafeXml.parse(bytes, input), input);
  }

  public static List<Outline> parse(XmlNode root, String input) {
    if (!isOpml(root)) {
      throw new InputException(
          input + ":" + root.line(), "not an OPML file (root element <" + root.name() + ">)");
    }
    XmlNode body = root.child("body");
    if (body == null) {
      throw new InputException(input + ":" + root.line(), "OPML without <body>");
    }
    List<Outline> out = new ArrayList<>();
    collect(body, out);
    return out;
  }

  private static void collect(XmlNode node, List<Outline> out) {
    for (XmlNode o : node.all("outline")) {
      String url = o.attribute("xmlUrl");
      if (url != null && !url.isBlank()) {
        String title = o.attribute("title") != null ? o.attribute("title") : o.attribute("text");
        out.add(new Outline(title, url.strip(), o.line()));
      }
      collect(o, out);
    }
  }
}
