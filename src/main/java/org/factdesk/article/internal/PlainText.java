package org.factdesk.article.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.article.Comment;
import org.factdesk.internal.Dates;

/**
 * The layout of an article saved as plain text: an optional title line, body paragraphs (one per
 * line, or hard-wrapped blocks separated by blank lines), page furniture to leave out (audio
 * widgets, share prompts, boxes such as "Fact Checker" with a call to action), and a comment
 * section after a header such as "14 Comments".
 */
public final class PlainText {
  private static final Pattern COMMENTS_HEADER =
      Pattern.compile(
          "(?i)^(?:(\\d{1,6})\\s+(?:comments?|responses?|replies|reader comments)"
              + "|(?:reader )?comments?(?:\\s*\\((\\d{1,6})\\))?|discussion)\\s*:?$");
  private static final Pattern WIDGET =
      Pattern.compile(
          "(?i)^(listen to (the|this) (article|story)|listen( now)?|play audio|advertisement|"
              + "share( this( article| story)?)?|share on \\w+|read more|continue reading|"
              + "skip to (main )?content|(\\d+ )?min(ute)?s? (read|listen)|"
              + "(sign up|subscribe)\\b.{0,120}|follow us\\b.{0,80})$");

  /** A line that invites the reader to do something with the page: part of a box, not the body. */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?i)^(verify|check|sign up|subscribe|follow|share|download|get|read|click|tap|join|"
              + "support|donate|learn more|see)\\b.*\\b(this (article|story|page|report)|"
              + "our (newsletter|app|sources|analysis|site|website|journalism|methods)|newsletter|"
              + "here|real-time sources|updates)\\b.*");

  /**
   * Opening words by which a comment answers the one before it. Plain text has no thread markup; a
   * comment that opens by addressing another commenter ("I agree", "Well said", "You're right",
   * "That's a good point") is taken as a reply to the comment just above it.
   */
  private static final Pattern REPLY_OPENER =
      Pattern.compile(
          "(?i)^(i (completely |totally |fully )?agree|agreed|exactly|well said|well put|"
              + "good point|great point|fair point|valid point|you'?re (right|correct)|"
              + "you make a|i see your point|that'?s (a|an) (\\w+ ){0,2}(point|observation|take|"
              + "perspective|question)|true|indeed|absolutely|thanks for|@\\w+)\\b.*");

  private static final Pattern BYLINE =
      Pattern.compile(
          "^[Bb]y\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5})$");

  /**
   * What a plain-text page holds; title, author and published are null when the page does not show
   * them.
   */
  public record Layout(
      String title,
      String author,
      Instant published,
      List<String> paragraphs,
      List<Comment> comments) {}

  private PlainText() {}

  /**
   * Body blocks and the comments after a comments header, for HTML shown without comment markup.
   */
  public record Split(List<String> body, List<Comment> comments) {}

  /**
   * Applies the plain-text rules to blocks of an HTML page's main text: drops widget lines and
   * call-to-action boxes, and when a block is a comments header ("14 Comments"), takes the blocks
   * after it as comments (reply-to inferred as for plain text).
   */
  public static Split splitBlocks(List<String> blocks) {
    int at = -1;
    int expected = -1;
    for (int i = 1; i < blocks.size(); i++) {
      Matcher m = COMMENTS_HEADER.matcher(blocks.get(i));
      if (m.matches()) {
        at = i;
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        expected = n == null ? -1 : Integer.parseInt(n);
      }
    }
    List<String> body = dropFurniture(at < 0 ? blocks : blocks.subList(0, at), at >= 0);
    body.removeIf(String::isEmpty);
    List<Comment> comments =
        at < 0 ? List.of() : comments(blocks.subList(at + 1, blocks.size()), expected);
    return new Split(body, comments);
  }

  public static Layout read(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      lines.add(line.replace('\u00a0', ' ').strip());
    }
    int commentsAt = -1;
    int expected = -1;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = COMMENTS_HEADER.matcher(lines.get(i));
      if (m.matches() && i > 0) {
        commentsAt = i;
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        expected = n == null ? -1 : Integer.parseInt(n);
      }
    }
    List<String> bodyLines = commentsAt < 0 ? lines : lines.subList(0, commentsAt);
    List<Comment> comments =
        commentsAt < 0
            ? List.of()
            : comments(lines.subList(commentsAt + 1, lines.size()), expected);
    List<String> kept = dropFurniture(bodyLines, true);
    String title = null;
    int first = firstNonBlank(kept, 0);
    if (first >= 0 && looksLikeTitle(kept.get(first))) {
      int next = firstNonBlank(kept, first + 1);
      if (next >= 0) {
        title = kept.get(first);
        kept = new ArrayList<>(kept.subList(next, kept.size()));
      }
    }
    String author = null;
    Instant published = null;
    for (int i = firstNonBlank(kept, 0), n = 0;
        i >= 0 && n < 3;
        i = firstNonBlank(kept, i + 1), n++) {
      String line = kept.get(i);
      Matcher by = BYLINE.matcher(line);
      if (author == null && line.length() <= 100 && by.matches()) {
        author = by.group(1);
        kept.set(i, "");
      } else if (published == null && Dates.parseEnglishDate(line) != null) {
        published = Dates.parseEnglishDate(line);
        kept.set(i, "");
      } else {
        break;
      }
    }
    List<String> paragraphs = new ArrayList<>(paragraphs(kept));
    paragraphs.removeIf(p -> p.codePoints().noneMatch(Character::isLetterOrDigit));
    return new Layout(title, author, published, paragraphs, comments);
  }

  private static int firstNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean looksLikeTitle(String line) {
    return line.length() <= 150
        && !line.matches(".*[.!?:;,\"”’)]$")
        && line.split("\\s+").length >= 2;
  }

  /** Heading-like: short, no final punctuation. */
  private static boolean isHeading(String line) {
    return !line.isEmpty()
        && line.length() <= 60
        && !line.matches(".*[.!?:;,]$")
        && line.split("\\s+").length <= 6;
  }

  /**
   * Drops widget lines, call-to-action lines and a heading that opens such a box, and (when asked)
   * headings left dangling at the end of the body (a box title before the comments).
   */
  private static List<String> dropFurniture(List<String> lines, boolean dropTrailingHeadings) {
    List<String> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      String line = out.get(i);
      if (line.length() <= 200 && WIDGET.matcher(line).matches()) {
        out.set(i, "");
      } else if (line.length() <= 200 && CALL_TO_ACTION.matcher(line).matches()) {
        out.set(i, "");
        int prev = i - 1;
        while (prev >= 0 && out.get(prev).isEmpty()) {
          prev--;
        }
        if (prev >= 0 && isHeading(out.get(prev))) {
          out.set(prev, "");
        }
      }
    }
    int last = out.size() - 1;
    while (dropTrailingHeadings
        && last >= 0
        && (out.get(last).isEmpty() || isHeading(out.get(last)))) {
      out.set(last, "");
      last--;
    }
    return out;
  }

  /**
   * Paragraphs: blocks separated by blank lines, in which a line continues on the next one when it
   * was hard-wrapped: it has no closing punctuation and either the next line starts in lower case
   * or the line is at least 60% as long as the block's longest line (a short line without closing
   * punctuation is a subheading).
   */
  private static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        flush(block, out);
      } else {
        block.add(line);
      }
    }
    flush(block, out);
    return out;
  }

  private static void flush(List<String> block, List<String> out) {
    if (block.isEmpty()) {
      return;
    }
    int longest = block.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder cur = new StringBuilder(block.get(0));
    for (int i = 1; i < block.size(); i++) {
      String prev = block.get(i - 1);
      String next = block.get(i);
      boolean open = !prev.matches(".*[.!?:;\"”’)\\]]$");
      boolean wrapped =
          open && (Character.isLowerCase(next.codePointAt(0)) || prev.length() >= 0.6 * longest);
      if (wrapped) {
        cur.append(' ').append(next);
      } else {
        out.add(cur.toString());
        cur.setLength(0);
        cur.append(next);
      }
    }
    out.add(cur.toString());
    block.clear();
  }

  /**
   * One comment per line; when blank lines separate exactly the announced number of blocks, one per
   * block instead.
   */
  private static List<Comment> comments(List<String> lines, int expected) {
    List<String> perLine = lines.stream().filter(l -> !l.isEmpty()).toList();
    List<String> perBlock = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String l : lines) {
      if (l.isEmpty()) {
        if (cur.length() > 0) {
          perBlock.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(cur.length() > 0 ? " " : "").append(l);
      }
    }
    if (cur.length() > 0) {
      perBlock.add(cur.toString());
    }
    List<String> texts =
        expected > 0 && perLine.size() != expected && perBlock.size() == expected
            ? perBlock
            : perLine;
    List<Comment> out = new ArrayList<>();
    for (String t : texts) {
      String id = "c" + (out.size() + 1);
      String parent = null;
      if (!out.isEmpty() && REPLY_OPENER.matcher(t.replace('’', '\'')).matches()) {
        parent = out.get(out.size() - 1).id();
      }
      out.add(new Comment(id, t, null, null, parent));
    }
    return out;
  }
}
