package org.factdesk.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.nlp.SentenceSplitter;

/**
 * An article as read: metadata, the main text, its paragraphs and sentences (with offsets into
 * {@link #text()}), and the comments found with it. Metadata fields are null when unknown.
 *
 * @param title headline
 * @param url canonical URL
 * @param published publication time
 * @param author byline
 * @param siteName publication name
 * @param language BCP-47 language code, e.g. "en"
 * @param text the main text; paragraphs are separated by a blank line
 * @param paragraphs the paragraphs, in order, covering the text
 * @param comments comments found with the article, in page order
 */
public record Article(
    String title,
    String url,
    Instant published,
    String author,
    String siteName,
    String language,
    String text,
    List<Paragraph> paragraphs,
    List<Comment> comments) {

  public Article {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    paragraphs = List.copyOf(paragraphs);
    comments = List.copyOf(comments);
    for (Paragraph p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException(
            "paragraph " + p.start() + ".." + p.end() + " runs past text length " + text.length());
      }
    }
  }

  /** All sentences, in order. */
  public List<Sentence> sentences() {
    List<Sentence> all = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      all.addAll(p.sentences());
    }
    return all;
  }

  /**
   * Builds an article from paragraph strings: joins them with a blank line and splits each into
   * sentences. The readers in this package use it after extracting the paragraphs.
   */
  public static Article of(
      String title,
      String url,
      Instant published,
      String author,
      String siteName,
      String language,
      List<String> paragraphTexts,
      List<Comment> comments) {
    StringBuilder text = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (String raw : paragraphTexts) {
      String p = raw.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(p);
      paragraphs.add(new Paragraph(start, text.length(), SentenceSplitter.split(p, start)));
    }
    return new Article(
        title, url, published, author, siteName, language, text.toString(), paragraphs, comments);
  }
}
