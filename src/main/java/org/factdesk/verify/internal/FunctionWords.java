package org.factdesk.verify.internal;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * English function words the checks leave out when they compare the content of two texts. Each
 * check adds the words its own comparison must also ignore ({@link #with}).
 */
final class FunctionWords {
  /** Articles, common prepositions and conjunctions, forms of "be" and "have". */
  static final Set<String> CORE =
      Set.of(
          "the", "a", "an", "in", "on", "at", "of", "to", "and", "or", "by", "for", "from", "with",
          "was", "were", "is", "are", "has", "have", "had", "as", "that", "this", "than");

  /** Pronouns, relatives and fillers that point back rather than say what a text is about. */
  static final Set<String> REFERRING =
      Set.of(
          "be", "been", "it", "its", "his", "her", "their", "he", "she", "they", "which", "who",
          "also", "about");

  /**
   * Lemmas of verbs that say nothing about what a clause does: auxiliaries and reporting verbs
   * ("be", "say", "announce"). The subject, event and plan checks each add their own.
   */
  static final Set<String> NOT_ACTIONS =
      Set.of("be", "have", "do", "say", "tell", "report", "announce", "add");

  /**
   * Lower-case forms of words that begin a sentence with a capital but name no one: articles,
   * pronouns, conjunctions and weekdays ("The", "He", "After", "Tuesday").
   */
  static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "it",
          "its",
          "this",
          "their",
          "he",
          "she",
          "they",
          "but",
          "and",
          "after",
          "before",
          "when",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  private FunctionWords() {}

  /** The union of {@code base}, {@code more} and {@code extra}, unmodifiable. */
  static Set<String> with(Set<String> base, Set<String> more, String... extra) {
    return Stream.of(base.stream(), more.stream(), Stream.of(extra))
        .flatMap(s -> s)
        .collect(Collectors.toUnmodifiableSet());
  }
}
