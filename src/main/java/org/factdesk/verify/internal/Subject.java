package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;

/**
 * Whose figure a figure is and when: the names (runs of proper nouns: "Harwick Rovers", "Kessa"),
 * the wider scope ("national", "across the country", "the state") and the months and years of the
 * clause that holds it. Two figures for the same counted noun belong to different subjects when
 * both clauses name someone and no name is shared ("Brenton" against "Kelby"), when the evidence's
 * clause widens the scope the claim's does not name ("national unemployment" against "unemployment
 * in Carrow"), or when both name months or years and none is shared ("in August" against "in
 * September").
 *
 * @param names the proper-noun runs, lower case, possessive "'s" dropped
 * @param scopes the scope words of the clause ("national", "country", "state")
 * @param times the months and four-digit years of the clause
 * @param actions the lemmas of the clause's verbs other than be, have, do and verbs of saying
 */
public record Subject(
    List<Set<String>> names, Set<String> scopes, Set<String> times, Set<String> actions) {
  private static final Pattern CLAUSE_END = Pattern.compile(";|\\.(?=\\s+\\p{Lu})|\\?|!");

  private static final Pattern SCOPE =
      Pattern.compile(
          "\\b(?:national(?:ly)?|nationwide|countrywide|worldwide|global(?:ly)?|federal"
              + "|neighbou?ring|(?:across|in) the (?:country|region|state|county|province|nation)"
              + "|the (?:state|country|region|county|province|nation)(?=\\s+(?:as a whole|has|had"
              + "|hired|will|spent|spends|counted|recorded|reported|saw|treated)))\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TIME =
      Pattern.compile(
          "\\b(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December|(?:19|20)\\d\\d)\\b");

  /** Capitalised words that are not names of a subject: titles, months, days, units. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "minister",
          "mayor",
          "president",
          "director",
          "chancellor",
          "secretary",
          "governor",
          "chief",
          "deputy",
          "vice",
          "acting",
          "former",
          "shadow",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "euros",
          "euro",
          "dollars",
          "the",
          "mr",
          "mrs",
          "ms",
          "dr",
          "covid-19",
          "covid",
          "coronavirus",
          "sars-cov-2");

  /** Verbs that say nothing about what a count of people counts. */
  private static final Set<String> NOT_ACTIONS =
      Set.of(
          "be",
          "have",
          "do",
          "say",
          "tell",
          "report",
          "announce",
          "add",
          "according",
          "accord",
          "state",
          "estimate",
          "count",
          "put",
          "show",
          "claim",
          "dispute",
          "confirm",
          "publish",
          "give",
          "make",
          "get",
          "include",
          "reach",
          "total",
          "number");

  /**
   * Counted nouns that say little of what is counted ("300 people" died or were evacuated): for
   * these the clauses' actions must match too.
   */
  static final Set<String> GENERIC_COUNTS =
      Set.of(
          "people",
          "person",
          "patient",
          "resident",
          "individual",
          "citizen",
          "adult",
          "child",
          "children",
          "men",
          "women",
          "inhabitant");

  public Subject {
    names = List.copyOf(names);
    scopes = Set.copyOf(scopes);
    times = Set.copyOf(times);
    actions = Set.copyOf(actions);
  }

  /** The subject of the clause of {@code text} that holds {@code figure} (its first occurrence). */
  public static Subject of(String text, String figure) {
    int at = figure.isEmpty() ? -1 : text.indexOf(figure);
    if (at < 0 && figure.contains(" ")) {
      at = text.indexOf(figure.substring(0, figure.lastIndexOf(' '))); // "120" of "120 teachers"
    }
    String clause = at < 0 ? text : clause(text, at);
    return ofClause(clause);
  }

  /** The clause (between semicolons or sentence ends) around offset {@code at}. */
  static String clause(String text, int at) {
    int start = 0;
    int end = text.length();
    Matcher m = CLAUSE_END.matcher(text);
    while (m.find()) {
      if (m.end() <= at) {
        start = m.end();
      } else if (m.start() >= at) {
        end = m.start();
        break;
      }
    }
    return text.substring(start, end);
  }

  static Subject ofClause(String clause) {
    List<Set<String>> names = new ArrayList<>();
    Set<String> actions = new TreeSet<>();
    Set<String> run = new TreeSet<>();
    for (Token t : Tagger.shared().tag(clause)) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().equals("VERB") && !NOT_ACTIONS.contains(lemma)) {
        actions.add(lemma);
      }
      String w = t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      boolean name = t.isProper() && t.capitalised() && !NOT_NAMES.contains(w);
      if (name) {
        run.add(w);
      } else if (!run.isEmpty() && !t.text().matches("['’]s?")) {
        names.add(run);
        run = new TreeSet<>();
      }
    }
    if (!run.isEmpty()) {
      names.add(run);
    }
    Set<String> scopes = new TreeSet<>();
    Matcher m = SCOPE.matcher(clause);
    while (m.find()) {
      String s = m.group().toLowerCase(Locale.ROOT);
      scopes.add(s.substring(s.lastIndexOf(' ') + 1).replace("nationally", "national"));
    }
    Set<String> times = new TreeSet<>();
    m = TIME.matcher(clause);
    while (m.find()) {
      times.add(m.group().toLowerCase(Locale.ROOT));
    }
    return new Subject(names, scopes, times, actions);
  }

  /**
   * Why the evidence's figure ({@code evidence}'s subject) is not about this claim's subject, or
   * null when it may be.
   */
  public String differsFrom(Subject evidence) {
    if (!names.isEmpty() && !evidence.names.isEmpty() && !shareName(evidence)) {
      return "it is about " + String.join(" ", evidence.names.get(0));
    }
    for (String s : evidence.scopes) {
      if (!scopes.contains(s)) {
        return "it is a " + s + " figure";
      }
    }
    if (!times.isEmpty() && !evidence.times.isEmpty()) {
      boolean shared = times.stream().anyMatch(evidence.times::contains);
      if (!shared) {
        return "it is for " + String.join(", ", evidence.times);
      }
    }
    return null;
  }

  /**
   * Why a count of {@code thing} in the evidence counts another event than the claim's ("300 people
   * died" against "12,000 people were forced from their homes"), or null: only for generic counted
   * nouns, when both clauses have verbs of action and share none.
   */
  public String actsOtherwise(String thing, Subject evidence) {
    if (!GENERIC_COUNTS.contains(thing) || actions.isEmpty() || evidence.actions.isEmpty()) {
      return null;
    }
    boolean shared = actions.stream().anyMatch(evidence.actions::contains);
    return shared ? null : "it counts people who " + String.join(", ", evidence.actions);
  }

  private boolean shareName(Subject other) {
    for (Set<String> a : names) {
      for (Set<String> b : other.names) {
        if (a.containsAll(b) || b.containsAll(a)) {
          return true;
        }
      }
    }
    return false;
  }
}
