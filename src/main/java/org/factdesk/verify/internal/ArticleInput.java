package org.factdesk.verify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.InputException;
import org.factdesk.article.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A stand-in article reader for {@code check} until {@code ArticleReader} is on main: a file or "-"
 * (standard input), HTML (title, JSON-LD date/author/publisher, paragraphs) or plain text
 * (paragraphs separated by blank lines).
 */
public final class ArticleInput {
  private static final int MAX_BYTES = 10 << 20;
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LD_AUTHOR =
      Pattern.compile("\"author\"\\s*:\\s*\\{[^}]*\"name\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LD_PUBLISHER =
      Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*\"name\"\\s*:\\s*\"([^\"]+)\"");

  private ArticleInput() {}

  /** Reads {@code input}: a path or "-". */
  public static Article read(String input, InputStream stdin) {
    byte[] bytes;
    try {
      if (input.equals("-")) {
        bytes = stdin.readNBytes(MAX_BYTES + 1);
      } else {
        Path p = Path.of(input);
        if (!Files.isRegularFile(p)) {
          throw new InputException(input, "no such file");
        }
        if (Files.size(p) > MAX_BYTES) {
          throw new InputException(input, "larger than " + (MAX_BYTES >> 20) + " MB");
        }
        bytes = Files.readAllBytes(p);
      }
    } catch (IOException e) {
      throw new InputException(input, "cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InputException(input, "larger than " + (MAX_BYTES >> 20) + " MB");
    }
    return parse(new String(bytes, StandardCharsets.UTF_8), input);
  }

  /** Parses HTML or plain text. */
  public static Article parse(String content, String name) {
    String head = content.stripLeading();
    if (!(head.startsWith("<") || head.regionMatches(true, 0, "<!doctype", 0, 9))) {
      List<String> paras = List.of(content.split("\\n\\s*\\n"));
      return Article.of(null, null, null, null, null, "en", paras, List.of());
    }
    Document d = Jsoup.parse(content);
    String ld = String.join("\n", d.select("script[type=application/ld+json]").eachAttr("data"));
    for (Element s : d.select("script[type=application/ld+json]")) {
      ld += s.data();
    }
    Instant published = null;
    Matcher m = LD_DATE.matcher(ld);
    if (m.find()) {
      published = LocalEvidence.time(m.group(1));
    }
    String author = group(LD_AUTHOR, ld);
    String publisher = group(LD_PUBLISHER, ld);
    Element h1 = d.selectFirst("h1");
    String title = h1 != null ? h1.text() : d.title();
    Element root = d.selectFirst("article");
    if (root == null) {
      root = d.body();
    }
    List<String> paras = new ArrayList<>();
    for (Element p : root.select("p")) {
      if (p.closest(
              "aside, nav, footer, form, .comments, #comments, .byline, .listen-widget, .newsletter")
          == null) {
        paras.add(p.text());
      }
    }
    if (paras.isEmpty()) {
      throw new InputException(name, "no paragraphs of text found in the page");
    }
    Element canonical = d.selectFirst("link[rel=canonical]");
    String url = canonical == null ? null : canonical.attr("href");
    return Article.of(title, url, published, author, publisher, "en", paras, List.of());
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }
}
