package org.factdesk.narrate;

import java.nio.file.Path;
import org.factdesk.article.Article;

/**
 * One narration job.
 *
 * @param article what to narrate
 * @param inputName how to name the input in errors (a path, a URL or "-")
 * @param output the audio file to write
 * @param format its format
 * @param timingsFile where to write the timings JSON, or null
 * @param engine which engine, voice and rate
 * @param maxWords refuse articles with more words than this
 * @param cache where narrated audio is kept
 * @param pauses pauses between sentences, paragraphs and quotes
 */
public record ListenRequest(
    Article article,
    String inputName,
    Path output,
    OutputFormat format,
    Path timingsFile,
    EngineConfig engine,
    int maxWords,
    AudioCache cache,
    Narrator.Pauses pauses) {

  /** Default cap on the article length: about 75 minutes of audio. */
  public static final int DEFAULT_MAX_WORDS = 10_000;

  public ListenRequest {
    if (article == null || output == null || format == null || engine == null || cache == null) {
      throw new IllegalArgumentException("article, output, format, engine and cache are required");
    }
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be >= 1, got " + maxWords);
    }
    if (pauses == null) {
      pauses = Narrator.Pauses.standard();
    }
    if (inputName == null) {
      inputName = "input";
    }
  }
}
