package org.factdesk.nlp;

/**
 * Who is said to assert something: "Russia's Defense Ministry said ..." has source "Russia's
 * Defense Ministry", verb "said" and the content after the verb.
 *
 * @param source the source as written ("Ukrainian officials", "He", "the Ukrainian air force")
 * @param verb the reporting verb or phrase ("said", "according to", "disclosed")
 * @param start start offset of the source in the analysed text
 * @param end end offset of the source (exclusive)
 * @param content what is attributed, or the rest of the sentence when it cannot be cut
 */
public record Attribution(String source, String verb, int start, int end, String content) {
  public Attribution {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank, got '" + source + "'");
    }
    if (verb == null || verb.isBlank()) {
      throw new IllegalArgumentException("verb must not be blank for source " + source);
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start < end, got " + start + ".." + end);
    }
  }
}
