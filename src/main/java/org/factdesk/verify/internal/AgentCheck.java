package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.report.Finding;

/**
 * Who did it, for a claim in the passive with a named agent: "The jury was chaired by the critic
 * Hal Ostrem", "The hall was designed by the architect Oda Lunde". A passage sentence that names
 * the claim's thing (its head noun) and gives the same deed (chaired, headed and led are one;
 * designed and drew; built and constructed; founded and set up) to a named doer decides: "chaired
 * by the conductor Per Rud" or "Per Rud, who chairs the jury" disagrees when none of the doer's
 * names is the agent's, and agrees when one is. One thing has one chair or one designer at a time,
 * so a doer of another name is the claim's error, not a second doer; without a name on both sides
 * (a ministry, a retired judge) nothing is said.
 */
public final class AgentCheck {
  /** A passive with its agent: group {@code thing}, {@code verb}, {@code agent}. */
  private static final Pattern PASSIVE =
      Pattern.compile(
          "(?<thing>\\p{L}[\\p{L}'’-]*)\\s+(?:is|was|are|were|has\\s+been|had\\s+been)\\s+"
              + "(?:\\p{Ll}+ly\\s+)?(?<verb>\\p{Ll}{3,})(?:\\s+(?:out|up))?\\s+by\\s+"
              + "(?<agent>[^;:.]+)");

  /**
   * In a passage: "chaired by the conductor Per Rud", with group {@code verb} and {@code agent}.
   */
  private static final Pattern BY =
      Pattern.compile("\\b(?<verb>\\p{Ll}{3,})(?:\\s+(?:out|up))?\\s+by\\s+(?<agent>[^;:.]+)");

  /** In a passage: "Per Rud, who chairs the jury", "Oda Lunde, who designed the hall". */
  private static final Pattern WHO =
      Pattern.compile(
          "(?<agent>(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}\\p{Lu}[\\p{L}'’-]+),\\s+who\\s+"
              + "(?:also\\s+)?(?<verb>\\p{Ll}{3,})\\s+(?<what>[^,;.]+)");

  /** Deeds of one kind, by their written forms. */
  private static final Map<String, String> DEEDS =
      Map.ofEntries(
          Map.entry("chaired", "lead"),
          Map.entry("chairs", "lead"),
          Map.entry("headed", "lead"),
          Map.entry("heads", "lead"),
          Map.entry("led", "lead"),
          Map.entry("leads", "lead"),
          Map.entry("presided", "lead"),
          Map.entry("designed", "design"),
          Map.entry("designs", "design"),
          Map.entry("drew", "design"),
          Map.entry("drawn", "design"),
          Map.entry("built", "build"),
          Map.entry("builds", "build"),
          Map.entry("constructed", "build"),
          Map.entry("founded", "found"),
          Map.entry("established", "found"),
          Map.entry("written", "write"),
          Map.entry("wrote", "write"),
          Map.entry("composed", "write"),
          Map.entry("directed", "direct"),
          Map.entry("directs", "direct"),
          Map.entry("organised", "organise"),
          Map.entry("organized", "organise"),
          Map.entry("organises", "organise"));

  /** Capitalised words of an agent phrase that are no names. */
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "his", "her", "its");

  private AgentCheck() {}

  /** What the passage says of who did the claim's deed, if the claim names its agent. */
  public static Optional<Finding> check(String claim, String passage) {
    Matcher c = PASSIVE.matcher(claim);
    if (!c.find()) {
      return Optional.empty();
    }
    String deed = DEEDS.get(c.group("verb"));
    String thing = c.group("thing").toLowerCase(Locale.ROOT);
    Set<String> agent = names(cut(c.group("agent")));
    if (deed == null || agent.isEmpty()) {
      return Optional.empty();
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      if (!words(sentence).contains(thing)) {
        continue;
      }
      Set<String> doer = null;
      Matcher by = BY.matcher(sentence);
      while (doer == null && by.find()) {
        if (deed.equals(DEEDS.get(by.group("verb")))) {
          doer = names(cut(by.group("agent")));
        }
      }
      Matcher who = WHO.matcher(sentence);
      while (doer == null && who.find()) {
        if (deed.equals(DEEDS.get(who.group("verb"))) && words(who.group("what")).contains(thing)) {
          doer = names(who.group("agent"));
        }
      }
      if (doer == null || doer.isEmpty()) {
        continue;
      }
      boolean same = doer.stream().anyMatch(agent::contains);
      return Optional.of(
          new Finding(
              "event",
              same ? "agrees" : "disagrees",
              (same
                      ? "The evidence gives the deed (" + c.group("verb") + ") to the claim's "
                      : "The evidence gives the deed ("
                          + c.group("verb")
                          + ") to "
                          + String.join(" ", doer)
                          + ", not the claim's ")
                  + String.join(" ", agent)
                  + ": \""
                  + sentence.strip()
                  + "\""));
    }
    return Optional.empty();
  }

  /**
   * An agent phrase up to its first comma ("the critic Hal Ostrem, who ..."), or its second when
   * the name stands after it ("by the youngest singer, Ada Vik, ..."), and before a phrase of time
   * or place ("Hal Ostrem in 2019").
   */
  private static String cut(String agent) {
    String[] parts = agent.split(",", 3);
    String out = parts[0];
    if (names(out).isEmpty() && parts.length > 1) {
      out = out + "," + parts[1];
    }
    return out.split("\\s+(?:on|in|at|after|before|for|during|since|and|with)\\s", 2)[0];
  }

  private static Set<String> names(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.split("[^\\p{L}'’-]+")) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        out.add(w.replaceAll("['’]s$", "").toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<String> words(String text) {
    return new TreeSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
  }
}
