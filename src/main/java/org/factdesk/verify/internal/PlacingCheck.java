package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.CalendarWords;
import org.factdesk.nlp.NumberWords;
import org.factdesk.report.Finding;

/**
 * Where someone finished in a race, a contest or a ranking: "Siri Dahl finished second in
 * Saturday's race" against "... with Siri Dahl third" or "Siri Dahl took third place" (one event
 * has one placing per contestant: another one disagrees, the same one agrees). The passage sentence
 * must name every other name of the claim ("at Halla") and must not put the event on another day:
 * another race's second place is an {@code event} note (no evidence).
 */
public final class PlacingCheck {
  private static final String NAME = "(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})";
  private static final String ORD =
      "(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))";

  /** What may follow a placing: "second in", "third place", "fourth, ...", "second behind". */
  private static final String AFTER =
      "(?=\\s*(?:[,.;]|$)|\\s+(?:place|spot|position|in|at|on|of|behind|ahead|overall|and|with)\\b)";

  private static final Pattern[] PLACINGS = {
    Pattern.compile(
        NAME
            + "\\s+(?:finished|came|was|placed|ended|ended up|crossed the line)\\s+(?:in\\s+)?"
            + ORD
            + AFTER),
    Pattern.compile(NAME + "\\s+(?:took|claimed|secured|won)\\s+(?:the\\s+)?" + ORD + "\\s+place"),
    Pattern.compile("\\bwith\\s+" + NAME + "\\s+" + ORD + AFTER),
    Pattern.compile(NAME + "\\s+(?:was\\s+)?(?<runner>runner-up)\\b"),
  };

  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

  /** A weekday, also as a possessive ("Saturday's race"); the day is compared on its own. */
  private static final Pattern DAY_NAME =
      Pattern.compile("(?:mon|tues|wednes|thurs|fri|satur|sun)day");

  private PlacingCheck() {}

  /** The placing of each contestant a sentence ranks (contestant in lower case). */
  static Map<String, Integer> placings(String sentence) {
    return PLACED.get(sentence);
  }

  /** The placings of lately read texts: a claim's are read again for every passage. */
  private static final TextMemo<String, Map<String, Integer>> PLACED =
      new TextMemo<>(
          "placings", 4_096, String::length, t -> Collections.unmodifiableMap(placingsAnew(t)));

  private static Map<String, Integer> placingsAnew(String sentence) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Pattern p : PLACINGS) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        String name = m.group("name").replaceAll("^(?:The|A|An)\\s+", "");
        Integer place = place(m);
        if (place != null && !CalendarWords.WEEKDAY.matcher(name).find()) {
          out.putIfAbsent(name.toLowerCase(Locale.ROOT), place);
        }
      }
    }
    return out;
  }

  private static Integer place(Matcher m) {
    try {
      if (m.group("runner") != null) {
        return 2;
      }
    } catch (IllegalArgumentException e) {
      // this pattern gives the place as an ordinal
    }
    String ord = m.group("ord").toLowerCase(Locale.ROOT);
    return ord.matches("\\d.*")
        ? Integer.valueOf(ord.replaceAll("\\D", ""))
        : NumberWords.ordinal(ord);
  }

  /**
   * What the passage says of the claim's placing, if anything.
   *
   * @param articleDate the article's day (the claim's weekday is resolved against it), or null
   * @param published the passage's day (its weekday is resolved against it), or null
   */
  public static Optional<Finding> check(
      String claim, String passage, LocalDate articleDate, LocalDate published) {
    Map<String, Integer> cs = placings(claim);
    if (cs.isEmpty()) {
      return Optional.empty();
    }
    LocalDate claimDay = articleDate == null ? null : EventCheck.oneDay(claim, articleDate);
    Finding other = null;
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      Map<String, Integer> ps = placings(sentence);
      for (Map.Entry<String, Integer> c : cs.entrySet()) {
        Integer p = ps.get(c.getKey());
        if (p == null) {
          continue;
        }
        LocalDate day = published == null ? null : EventCheck.oneDay(sentence, published);
        if (!sameEvent(claim, c.getKey(), sentence)
            || claimDay != null && day != null && !claimDay.equals(day)) {
          if (other == null) {
            other =
                new Finding(
                    "event",
                    "note",
                    "The evidence places "
                        + c.getKey()
                        + " in another event (\""
                        + sentence.strip()
                        + "\")");
          }
          continue; // another race, or another day's
        }
        boolean same = p.equals(c.getValue());
        return Optional.of(
            new Finding(
                "ordinal",
                same ? "agrees" : "disagrees",
                "The claim places "
                    + c.getKey()
                    + " "
                    + ordinal(c.getValue())
                    + "; the evidence "
                    + (same ? "too" : "places them " + ordinal(p))
                    + ": \""
                    + sentence.strip()
                    + "\""));
      }
    }
    return Optional.ofNullable(other);
  }

  /** Every other name of the claim (not the contestant's, not a weekday) is in the sentence. */
  private static boolean sameEvent(String claim, String contestant, String sentence) {
    Set<String> own = new TreeSet<>(Set.of(contestant.split("\\s+")));
    String lower = sentence.toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(claim);
    boolean first = true;
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      boolean sentenceStart = first && m.start() == 0;
      first = false;
      if (sentenceStart || own.contains(w) || DAY_NAME.matcher(w).matches() || w.length() < 3) {
        continue;
      }
      if (!TextSignals.hasWord(lower, w)) {
        return false;
      }
    }
    return true;
  }

  private static String ordinal(int n) {
    return switch (n) {
      case 1 -> "first";
      case 2 -> "second";
      case 3 -> "third";
      default -> n + "th";
    };
  }
}
