package org.factdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.factdesk.InputException;
import org.factdesk.article.internal.HtmlPage;
import org.factdesk.article.internal.Language;
import org.factdesk.article.internal.PlainText;
import org.factdesk.net.FetchResponse;
import org.factdesk.net.HttpFetcher;
import org.factdesk.net.TextDecoding;

/**
 * Reads an article from a file, an http(s) URL or standard input ("-"). HTML and plain text are
 * told apart by content. Every problem with the input is an {@link InputException} naming it.
 */
public final class ArticleReader {
  private static final Pattern URL_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
  private static final Pattern HTML_START =
      Pattern.compile(
          "(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1|section|script|link)\\b.*");
  private static final Pattern HTML_TAGS =
      Pattern.compile("(?i)</(p|div|body|html|article|span|a|h[1-6]|li|section)>");

  private ArticleReader() {}

  /**
   * Reads {@code input}: "-" for standard input, an http(s) URL, or a file path.
   *
   * @throws InputException when the input cannot be read or holds no article
   */
  public static Article read(String input, ReadOptions options) {
    if (input == null || input.isBlank()) {
      throw new InputException("''", "no input given");
    }
    if (input.equals("-")) {
      return fromBytes(readStdin(options.maxBytes()), null, "-", null);
    }
    if (URL_SCHEME.matcher(input).matches()) {
      long cap = Math.min(options.maxBytes(), options.fetch().maxBytes());
      FetchResponse r = new HttpFetcher(options.fetch().withMaxBytes(cap)).get(input);
      return fromBytes(r.body(), r.contentType(), input, r.url().toString());
    }
    return fromBytes(readFile(input, options.maxBytes()), null, input, null);
  }

  /** Reads an article held in a string; {@code name} names it in messages. */
  public static Article readString(String content, String name) {
    return parse(content, name, null);
  }

  /**
   * Reads an article from bytes; {@code contentType} (a Content-Type header, or null) may declare
   * the charset; {@code baseUrl} (or null) is where it came from.
   */
  public static Article fromBytes(byte[] bytes, String contentType, String name, String baseUrl) {
    if (bytes.length == 0) {
      throw new InputException(name, "empty input");
    }
    String text;
    try {
      text = TextDecoding.decode(bytes, contentType).text();
    } catch (TextDecoding.UndecodableException e) {
      throw new InputException(name, e.getMessage(), e);
    }
    return parse(text, name, baseUrl);
  }

  /** True when the text is an HTML document or fragment rather than plain text. */
  public static boolean looksLikeHtml(String text) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    if (HTML_START.matcher(head).matches()) {
      return true;
    }
    int closing = 0;
    var m = HTML_TAGS.matcher(head);
    while (m.find() && closing < 3) {
      closing++;
    }
    return closing >= 3;
  }

  private static Article parse(String content, String name, String baseUrl) {
    if (content == null || content.isBlank()) {
      throw new InputException(name, "empty input");
    }
    if (content.indexOf('\u0000') >= 0) {
      throw new InputException(name, "binary content, not text");
    }
    if (looksLikeHtml(content)) {
      return HtmlPage.read(content, baseUrl, name);
    }
    PlainText.Layout layout = PlainText.read(content);
    if (layout.paragraphs().isEmpty()) {
      throw new InputException(name, "no article text");
    }
    return Article.of(
        layout.title(),
        baseUrl,
        layout.published(),
        layout.author(),
        null,
        Language.guess(String.join(" ", layout.paragraphs())),
        layout.paragraphs(),
        layout.comments());
  }

  private static byte[] readFile(String input, long max) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      throw new InputException(input, "not a valid path", e);
    }
    try {
      if (Files.isDirectory(path)) {
        throw new InputException(input, "is a directory, not a file");
      }
      long size = Files.size(path);
      if (size > max) {
        throw new InputException(
            input, "file is " + size + " bytes, over the size cap of " + max + " bytes");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readCapped(in, max, input);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(input, "no such file", e);
    } catch (IOException e) {
      throw new InputException(input, "cannot read: " + e.getMessage(), e);
    }
  }

  private static byte[] readStdin(long max) {
    try {
      return readCapped(System.in, max, "-");
    } catch (IOException e) {
      throw new InputException("-", "cannot read standard input: " + e.getMessage(), e);
    }
  }

  private static byte[] readCapped(InputStream in, long max, String name) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new InputException(name, "input is over the size cap of " + max + " bytes");
    }
    return bytes;
  }
}
