package org.factdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleJson;
import org.factdesk.article.ArticleReader;
import org.factdesk.article.Comment;
import org.factdesk.internal.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk read INPUT [--format json|text]}: an article's metadata, text and comments. */
@Command(
    name = "read",
    description = {
      "Read an article: metadata, main text as paragraphs and sentences with offsets, comments.",
      "INPUT is a file, an http(s) URL or - for standard input; HTML or plain text."
    })
final class ReadCommand implements Callable<Integer> {
  enum Format {
    json,
    text
  }

  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Mixin InputOptions inputOptions;

  @Parameters(index = "0", paramLabel = "INPUT", description = "File, http(s) URL, or - for stdin.")
  String input;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Article article = ArticleReader.read(input, inputOptions.readOptions());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.pretty(ArticleJson.of(article)));
    } else {
      printText(article, out);
    }
    out.flush();
    return Main.OK;
  }

  private static void printText(Article a, PrintWriter out) {
    line(out, "Title", a.title());
    line(out, "URL", a.url());
    line(out, "Published", a.published() == null ? null : a.published().toString());
    line(out, "Author", a.author());
    line(out, "Source", a.siteName());
    line(out, "Language", a.language());
    out.println("Paragraphs: " + a.paragraphs().size() + ", sentences: " + a.sentences().size());
    out.println();
    out.println(a.text());
    if (!a.comments().isEmpty()) {
      out.println();
      out.println("Comments (" + a.comments().size() + "):");
      for (Comment c : a.comments()) {
        StringBuilder head = new StringBuilder("[" + c.id());
        if (c.parentId() != null) {
          head.append(" reply to ").append(c.parentId());
        }
        head.append(']');
        if (c.author() != null) {
          head.append(' ').append(c.author());
        }
        if (c.postedAt() != null) {
          head.append(" (").append(c.postedAt()).append(')');
        }
        out.println(head + " " + c.text().replace("\n\n", " / "));
      }
    }
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null) {
      out.println(label + ": " + value);
    }
  }
}
