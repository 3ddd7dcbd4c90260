package org.factdesk.nlp;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations and the names around them, for the claim finder (a quote given to a named
 * speaker is a claim) and the quote check (the same words given to someone else disagree).
 */
public final class Quotes {
  /** A direct quotation: group 1 the quoted words. */
  public static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]+)[”\"]");

  /** A name: a capitalised word not at the start of the text. */
  private static final Pattern NAME_WORD = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{Ll}'’-]+");

  /** Capitalised words that name no one: articles, titles' abbreviations, pronouns. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "He", "She", "They", "It", "We", "I", "You",
          "This", "That", "His", "Her", "Their", "Its", "Our");

  private Quotes() {}

  /**
   * The text around the quotation {@code m} of {@code text}. Its first word is no name ("Speaking
   * on Monday, he said: ...", "He said: ..."): {@link #names} wants a space before a name, and none
   * is put before the text.
   */
  public static String outside(String text, Matcher m) {
    return text.substring(0, m.start()).strip() + " " + text.substring(m.end()) + " ";
  }

  /**
   * The capitalised words of a text, in order (not its first word, "The", a title's abbreviation, a
   * pronoun, a month or a weekday), without a possessive "'s".
   */
  public static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NAME_WORD.matcher(text.replaceAll("[,.;:]", " "));
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group())
          && !CalendarWords.isMonthWord(m.group())
          && !CalendarWords.isWeekdayWord(m.group())) {
        out.add(m.group().replaceAll("['’]s$", ""));
      }
    }
    return out;
  }
}
