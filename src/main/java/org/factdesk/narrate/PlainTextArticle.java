package org.factdesk.narrate;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Article;

/**
 * Builds an {@link Article} from plain text: paragraphs are separated by blank lines, or by line
 * breaks when the text has no blank line. Used until the shared article reader is on main.
 */
public final class PlainTextArticle {
  private PlainTextArticle() {}

  public static Article of(String text, String name) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
      t = t.substring(1);
    }
    String[] parts = isHardWrapped(t) ? t.split("\\n\\s*\\n") : t.split("\\n");
    List<String> paragraphs = new ArrayList<>();
    for (String p : parts) {
      String joined = p.strip().replaceAll("\\s*\\n\\s*", " ");
      if (!joined.isEmpty()) {
        paragraphs.add(joined);
      }
    }
    return Article.of(null, name, null, null, null, null, paragraphs, List.of());
  }

  /** Blank lines between blocks of short lines: paragraphs are blocks, not lines. */
  static boolean isHardWrapped(String t) {
    if (!t.contains("\n\n")) {
      return false;
    }
    long lines = 0;
    long chars = 0;
    for (String line : t.split("\n")) {
      if (!line.isBlank()) {
        lines++;
        chars += line.strip().length();
      }
    }
    return lines > 0 && chars / lines < 90;
  }
}
