package org.factdesk.comments;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.InputException;
import org.factdesk.article.Comment;
import org.factdesk.internal.Json;

/**
 * Reads the contract's thread: a JSON array of {@code {"id", "text", "author"?, "parent_id"?,
 * "posted_at"?}}. Ids and parent ids may be strings or numbers; {@code posted_at} may be ISO-8601
 * or epoch milliseconds. Unknown keys are ignored. Stops with a one-line {@link InputException} at
 * the first malformed element, or beyond the comment cap.
 */
public final class ThreadInput {
  private ThreadInput() {}

  /** True when the content looks like a JSON array (first non-blank character '['). */
  public static boolean looksLikeJson(String content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        continue;
      }
      return c == '[';
    }
    return false;
  }

  public static List<Comment> parse(String name, String content, int maxComments) {
    List<Comment> out = new ArrayList<>();
    try (JsonParser p = Json.mapper().getFactory().createParser(content)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new InputException(name, "expected a JSON array of comments");
      }
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new InputException(name, "JSON array is not closed");
        }
        int index = out.size();
        if (t != JsonToken.START_OBJECT) {
          throw new InputException(name, "element " + index + " is not an object");
        }
        if (out.size() >= maxComments) {
          throw new InputException(
              name, "thread has more than the cap of " + maxComments + " comments; refused");
        }
        out.add(element(name, index, p));
      }
    } catch (JsonProcessingException e) {
      throw new InputException(
          name,
          "malformed JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new InputException(name, "cannot read JSON: " + e.getMessage(), e);
    }
    return out;
  }

  private static Comment element(String name, int index, JsonParser p) throws IOException {
    String id = null;
    String text = null;
    String author = null;
    String parent = null;
    Instant posted = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      switch (field) {
        case "id" -> id = scalar(name, index, field, p, v);
        case "text" -> text = scalar(name, index, field, p, v);
        case "author" -> author = scalar(name, index, field, p, v);
        case "parent_id" -> parent = scalar(name, index, field, p, v);
        case "posted_at" -> posted = time(name, index, p, v);
        default -> p.skipChildren();
      }
    }
    if (id == null || id.isBlank()) {
      throw new InputException(name, "comment " + index + " has no \"id\"");
    }
    if (text == null) {
      throw new InputException(name, "comment " + id + " has no \"text\"");
    }
    return new Comment(
        id, text, author, posted, parent == null || parent.isBlank() ? null : parent);
  }

  private static String scalar(String name, int index, String field, JsonParser p, JsonToken v)
      throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return null;
    }
    if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT) {
      return p.getText();
    }
    throw new InputException(
        name, "comment " + index + ": \"" + field + "\" must be a string, got " + v.asString());
  }

  /** Times are accepted from year 1 to year 9999. */
  static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private static Instant time(String name, int index, JsonParser p, JsonToken v)
      throws IOException {
    Instant t = parseTime(name, index, p, v);
    if (t != null && (t.isBefore(EARLIEST) || t.isAfter(LATEST))) {
      throw new InputException(
          name, "comment " + index + ": \"posted_at\" " + t + " is outside the years 1 to 9999");
    }
    return t;
  }

  private static Instant parseTime(String name, int index, JsonParser p, JsonToken v)
      throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return null;
    }
    if (v == JsonToken.VALUE_NUMBER_INT) {
      return Instant.ofEpochMilli(p.getLongValue());
    }
    if (v == JsonToken.VALUE_STRING) {
      String s = p.getText().strip();
      if (s.isEmpty()) {
        return null;
      }
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        try {
          return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e2) {
          throw new InputException(
              name, "comment " + index + ": \"posted_at\" is not an ISO-8601 time: " + s, e2);
        }
      }
    }
    throw new InputException(name, "comment " + index + ": \"posted_at\" must be a time");
  }
}
