package org.factdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.InputException;
import org.factdesk.article.Comment;
import org.factdesk.comments.AuditOptions;
import org.factdesk.comments.AuditRendering;
import org.factdesk.comments.AuditReport;
import org.factdesk.comments.CommentAudit;
import org.factdesk.comments.CrossThreadMemory;
import org.factdesk.comments.ThreadInput;
import org.factdesk.comments.internal.HtmlThread;
import org.factdesk.internal.Json;
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
            + " JSON array of {id, text, author?, parent_id?, posted_at?} or an HTML page with"
            + " marked-up comments (a file or - for standard input).")
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
      description = "The article (plain text or HTML), to ignore quoted phrases and measure drift.")
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

  @Override
  public Integer call() {
    String content = readInput(input);
    List<Comment> comments;
    if (ThreadInput.looksLikeJson(content)) {
      comments = ThreadInput.parse(input, content, AuditOptions.MAX_COMMENTS);
    } else if (HtmlThread.looksLikeHtml(content)) {
      comments = HtmlThread.comments(content);
      if (comments.isEmpty()) {
        throw new InputException(input, "HTML page with no comments found in it");
      }
    } else {
      throw new InputException(input, "neither a JSON array of comments nor an HTML page");
    }
    String articleText = null;
    if (article != null) {
      String a = readInput(article);
      articleText = HtmlThread.looksLikeHtml(a) ? HtmlThread.mainText(a) : a;
    }
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

  static String readInput(String name) {
    try {
      byte[] bytes;
      if (name.equals("-")) {
        InputStream in = System.in;
        bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
      } else {
        if (name.startsWith("http://") || name.startsWith("https://")) {
          throw new InputException(name, "URLs are not read by this command yet; save the page");
        }
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
