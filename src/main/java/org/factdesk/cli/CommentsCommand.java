package org.factdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.InputException;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReader;
import org.factdesk.article.Comment;
import org.factdesk.article.ReadOptions;
import org.factdesk.comments.AuditOptions;
import org.factdesk.comments.AuditRendering;
import org.factdesk.comments.AuditReport;
import org.factdesk.comments.CommentAudit;
import org.factdesk.comments.CrossThreadMemory;
import org.factdesk.comments.ThreadInput;
import org.factdesk.comments.internal.HtmlThread;
import org.factdesk.internal.Json;
import org.factdesk.net.NetPolicy;
import org.factdesk.nlp.Embedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk comments}: the integrity audit of a comment thread. */
@Command(
    name = "comments",
    description =
        "Audit a comment thread for templated, coordinated or machine-written comments. INPUT is a"
            + " JSON array of {id, text, author?, parent_id?, posted_at?}, or a page (HTML or"
            + " text, a file, an http(s) URL, or - for standard input) whose comments the article"
            + " reader extracts.")
final class CommentsCommand implements Callable<Integer> {
  /** Largest input read, in bytes. */
  static final long MAX_INPUT_BYTES = 64L << 20;

  /** The output formats. */
  enum Format {
    json,
    text
  }

  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Parameters(
      index = "0",
      paramLabel = "INPUT",
      description = "The thread: a file, or - for stdin.")
  String input;

  @Option(
      names = "--article",
      paramLabel = "INPUT",
      description =
          "The article (file, URL or -, HTML or text), to ignore quoted phrases and measure"
              + " drift. Default: the page's own text when INPUT is a page.")
  String article;

  @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
  Format format;

  @Option(
      names = "--no-semantic",
      description = "Do not load the embedding model (the semantic signal is skipped).")
  boolean noSemantic;

  @Option(
      names = "--no-memory",
      description = "Do not read or write the cross-thread memory in the data directory.")
  boolean noMemory;

  @Option(
      names = "--allow-private-network",
      description = "Allow URLs on loopback and private networks.")
  boolean allowPrivate;

  @Override
  public Integer call() {
    ReadOptions read = ReadOptions.defaults();
    if (allowPrivate) {
      read = read.withFetch(read.fetch().withPolicy(new NetPolicy(true, true)));
    }
    List<Comment> comments;
    String pageText = null;
    if (isUrl(input)) {
      Article page = ArticleReader.read(input, read);
      comments = pageComments(input, page, null);
      pageText = page.text();
    } else {
      String content = readInput(input);
      if (ThreadInput.looksLikeJson(content)) {
        comments = ThreadInput.parse(input, content, AuditOptions.MAX_COMMENTS);
      } else {
        Article page = ArticleReader.readString(content, input);
        comments = pageComments(input, page, content);
        pageText = page.text();
      }
    }
    String articleText = article == null ? pageText : ArticleReader.read(article, read).text();
    AuditOptions options = AuditOptions.defaults();
    if (!noSemantic) {
      // the model loads on first use only, i.e. only for threads within the semantic limit
      options = options.withEmbedder(texts -> Embedder.shared().embed(texts));
    }
    if (!noMemory && (global.data != null || System.getenv("FACTDESK_HOME") != null)) {
      options = options.withMemory(CrossThreadMemory.open(global.dataDir()));
    }
    AuditReport report = CommentAudit.audit(input, comments, articleText, options);
    var out = spec.commandLine().getOut();
    if (format == Format.text) {
      out.print(AuditRendering.text(report));
    } else {
      out.println(Json.pretty(AuditRendering.json(report)));
    }
    out.flush();
    return Main.OK;
  }

  /**
   * The comments the article reader found on a page; when it found none in an HTML page, those that
   * {@link HtmlThread} finds in comment markup.
   */
  private static List<Comment> pageComments(String input, Article page, String html) {
    List<Comment> comments = page.comments();
    if (comments.isEmpty() && html != null && HtmlThread.looksLikeHtml(html)) {
      comments = HtmlThread.comments(html);
    }
    if (comments.isEmpty()) {
      throw new InputException(input, "no comments found in the page");
    }
    if (comments.size() > AuditOptions.MAX_COMMENTS) {
      throw new InputException(
          input,
          "page has more than the cap of " + AuditOptions.MAX_COMMENTS + " comments; refused");
    }
    return comments;
  }

  private static boolean isUrl(String s) {
    String l = s.toLowerCase(java.util.Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  static String readInput(String name) {
    try {
      byte[] bytes;
      if (name.equals("-")) {
        InputStream in = System.in;
        bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
      } else {
        Path p = Path.of(name);
        if (!Files.isRegularFile(p)) {
          throw new InputException(name, "no such file");
        }
        if (Files.size(p) > MAX_INPUT_BYTES) {
          throw new InputException(name, "larger than the cap of " + MAX_INPUT_BYTES + " bytes");
        }
        bytes = Files.readAllBytes(p);
      }
      if (bytes.length > MAX_INPUT_BYTES) {
        throw new InputException(name, "larger than the cap of " + MAX_INPUT_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }
}
