package org.factdesk.verify.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.AttributionExtractor;
import org.factdesk.nlp.Tagger;

/**
 * Passages that only repeat what unchecked sources say: "Posts on social media claim that ...",
 * "..., early reports said", "Rumours that ... spread online". Such a passage reports that a claim
 * is going round, not that it is so, so it is no evidence for the claim (nor against it): weighed
 * beside a refutation it would make a refuted claim look disputed. A claim that itself reports the
 * rumour ("Posts on social media said ...") is about the rumour, and the passage is then evidence.
 */
public final class Hearsay {
  /** Unchecked sources: social media, posts, rumours, early or unconfirmed reports. */
  private static final Pattern SOURCE =
      Pattern.compile(
          "\\b(?:social\\s+media|(?:online\\s+|viral\\s+|facebook\\s+|internet\\s+)?posts?"
              + "|rumou?rs?|hearsay|(?:early|initial|first|unconfirmed|unverified)\\s+reports?"
              + "|word\\s+of\\s+mouth)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A passage that reports an unchecked source's words without checking them, when the reporting
   * verb's subject is the source itself: "Posts shared on social media claim that", "..., early
   * reports said", "According to rumours, ...", "X was reported ..., early reports said".
   */
  private static final Pattern REPEATED =
      Pattern.compile(
          "^\\s*(?:according\\s+to\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?"
              + SOURCE.pattern()
              + "(?:\\s+(?:shared|circulating|spread|posted)\\s+(?:on|online|across)"
              + "(?:\\s+[\\p{L}'’-]+){1,2})?\\s*(?:,|\\s+(?:said|say|says|claimed|claim|claims"
              + "|suggested|suggest|suggests|alleged|allege|alleges|reported)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** An unchecked source at the end of a speaker's words (its head). */
  private static final Pattern ENDS =
      Pattern.compile(SOURCE.pattern() + "$", Pattern.CASE_INSENSITIVE);

  private Hearsay() {}

  /**
   * The unchecked source a passage only repeats ("social media", "early reports"), if its every
   * sentence with a reporting verb gives that source as the speaker; empty when the passage has a
   * checked source of its own or names none.
   */
  public static Optional<String> source(String passage) {
    Matcher lead = REPEATED.matcher(passage);
    if (lead.find()) {
      Matcher s = SOURCE.matcher(lead.group());
      if (s.find()) {
        return Optional.of(s.group().toLowerCase(Locale.ROOT));
      }
    }
    String found = null;
    for (Attribution a : AttributionExtractor.extract(passage, Tagger.shared().tag(passage))) {
      // the source's head is the unchecked one: "posts on social media", not "post office staff"
      Matcher s = SOURCE.matcher(a.source().strip());
      if (!s.find() || !ENDS.matcher(a.source().strip()).find()) {
        return Optional.empty(); // someone who can be held to it also speaks
      }
      found = s.group().toLowerCase(Locale.ROOT);
    }
    return Optional.ofNullable(found);
  }

  /** Whether the claim itself reports what an unchecked source says (then it is about that). */
  public static boolean aboutHearsay(String claim) {
    return SOURCE.matcher(claim).find();
  }
}
