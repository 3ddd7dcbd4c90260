package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.report.Finding;

/**
 * A named person's age given beside the name, in either of the ways news writes it: as an
 * appositive ("Dora Finch, 34, runs the bakery"; "Her partner, Ole Brand, is 41") or before the
 * name ("the 34-year-old baker Dora Finch"). A claim's age for a person meets the age a passage
 * gives the same person (the same surname, and the same first name when both are written): the same
 * age agrees, another disagrees. An age in another frame ("published his first book when he was
 * 41") is not beside the name and is not read. A passage written years before the article may give
 * a younger age: an age the years between can explain is no evidence either way.
 */
public final class PersonAges {
  private PersonAges() {}

  /** The check's name in findings. */
  public static final String NAME = "age";

  private static final String PERSON = "(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})";

  /** "Dora Finch, 34," or "Dora Finch, 34." (the age ends the appositive or the sentence). */
  private static final Pattern APPOSITIVE =
      Pattern.compile(PERSON + ",\\s+(?:aged\\s+)?(\\d{1,3})(?=\\s*[,.;)]|\\s*$)");

  /** "Ole Brand is 41" or "Ole Brand, is 41" (the bare age as the predicate). */
  private static final Pattern PREDICATE =
      Pattern.compile(
          PERSON
              + ",?\\s+(?:is|was)\\s+(?:now\\s+)?(\\d{1,3})(?:\\s+years\\s+old)?(?=\\s*[,.;]|\\s*$)");

  /** "the 34-year-old baker Dora Finch" (up to three lower-case words between). */
  private static final Pattern BEFORE =
      Pattern.compile("\\b(\\d{1,3})-year-old\\s+(?:\\p{Ll}+\\s+){0,3}" + PERSON);

  /** The ages the text gives people, by the person's name as written. */
  static Map<String, Integer> ages(String text) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Matcher m = APPOSITIVE.matcher(text);
    while (m.find()) {
      out.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
    }
    m = PREDICATE.matcher(text);
    while (m.find()) {
      out.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
    }
    m = BEFORE.matcher(text);
    while (m.find()) {
      out.putIfAbsent(m.group(2), Integer.parseInt(m.group(1)));
    }
    out.keySet().removeIf(name -> !name.contains(" ") && !name.contains("-"));
    return out;
  }

  /**
   * True when two written names are one person: the same surname, and the same first name when both
   * give more than the surname.
   */
  static boolean samePerson(String a, String b) {
    String[] x = a.split("[ -]");
    String[] y = b.split("[ -]");
    return x[x.length - 1].equals(y[y.length - 1]) && x[0].equals(y[0]);
  }

  /**
   * What the passage says of the ages the claim gives people, or empty. {@code articleDay} and
   * {@code published} (either may be null) bound the years that may have passed between the two.
   */
  public static Optional<Finding> check(
      String claim, String passage, LocalDate articleDay, LocalDate published) {
    Map<String, Integer> mine = ages(claim);
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> theirs = ages(passage);
    long years = 0;
    if (articleDay != null && published != null && published.isBefore(articleDay)) {
      long days = ChronoUnit.DAYS.between(published, articleDay);
      years = days / 365 + 1; // a birthday may fall in between
    }
    Finding agreed = null;
    for (Map.Entry<String, Integer> c : mine.entrySet()) {
      for (Map.Entry<String, Integer> p : theirs.entrySet()) {
        if (!samePerson(c.getKey(), p.getKey())) {
          continue;
        }
        int ca = c.getValue();
        int pa = p.getValue();
        if (ca == pa) {
          if (agreed == null) {
            agreed =
                new Finding(
                    NAME,
                    sharesMore(claim, passage, c.getKey()) ? "agrees" : "note",
                    "The claim's age for "
                        + c.getKey()
                        + ", "
                        + ca
                        + ", agrees with the evidence's "
                        + p.getKey()
                        + ", "
                        + pa
                        + ".");
          }
        } else if (ca < pa || ca > pa + years) {
          return Optional.of(
              new Finding(
                  NAME,
                  "disagrees",
                  "The claim gives "
                      + c.getKey()
                      + " the age "
                      + ca
                      + " but the evidence says "
                      + p.getKey()
                      + " is "
                      + pa
                      + "."));
        }
      }
    }
    return Optional.ofNullable(agreed);
  }

  /**
   * True when the passage shares a word with the claim beyond the person's name and the age (the
   * job, the thing done, its object: "designer" and "designed" share their first five letters): an
   * age agreeing alone confirms a detail, not what the claim says the person did.
   */
  private static boolean sharesMore(String claim, String passage, String name) {
    Set<String> c = stems(claim, name);
    Set<String> p = stems(passage, name);
    c.retainAll(p);
    return !c.isEmpty();
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

  /** Long words that say nothing of what a person did. */
  private static final Set<String> COMMON =
      Set.of(
          "about", "after", "which", "their", "there", "where", "would", "could", "should", "years",
          "since", "before", "while", "said", "says", "saying", "told", "other", "being");

  private static Set<String> stems(String text, String name) {
    Set<String> out = new TreeSet<>();
    Set<String> skip = new TreeSet<>();
    for (String part : name.toLowerCase(Locale.ROOT).split("[ -]")) {
      skip.add(part);
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (!skip.contains(w) && !COMMON.contains(w)) {
        out.add(w.substring(0, 5));
      }
    }
    return out;
  }
}
