package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.report.Finding;

/**
 * Reported events and plans without a figure ("Talks will resume next week", "Construction of the
 * town hall began in June"): a passage sentence agrees when it reports the same kind of action
 * ("began" and "started" are one), at the claim's time (every month, weekday, year or "next week"
 * of the claim is in it; a claim dated by a year alone or by a bound such as "before 1998" is left
 * to the date check), about the same things (at least half of the claim's nouns, "talks" meeting
 * "negotiations", and every name of the claim), without a negation or a postponement. It never
 * disagrees: a different date is the date check's to judge, and a plan reported for another subject
 * is no evidence.
 */
public final class EventCheck {
  private static final Map<String, String> ACTIONS =
      Map.ofEntries(
          Map.entry("start", "begin"),
          Map.entry("launch", "begin"),
          Map.entry("commence", "begin"),
          Map.entry("restart", "resume"),
          Map.entry("inaugurate", "open"),
          Map.entry("unveil", "open"),
          Map.entry("shut", "close"),
          Map.entry("finish", "end"),
          Map.entry("complete", "end"),
          Map.entry("conclude", "end"),
          Map.entry("construct", "build"),
          Map.entry("tour", "visit"),
          Map.entry("scrap", "cancel"),
          Map.entry("name", "appoint"));

  private static final Map<String, String> NOUNS =
      Map.of(
          "negotiation", "talk",
          "talks", "talk",
          "work", "construction",
          "building", "construction",
          "repair", "repair",
          "repairs", "repair");

  private static final Set<String> NOT_ACTIONS =
      Set.of("be", "have", "do", "say", "tell", "report", "announce", "add", "plan", "expect");

  private static final Pattern TIME =
      Pattern.compile(
          "\\b(?:(?:next|last|this) (?:week|month|year|spring|summer|autumn|fall|winter|weekend)"
              + "|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday"
              + "|January|February|March|April|May|June|July|August|September|October|November"
              + "|December|tomorrow|today|yesterday|(?:19|20)\\d\\d)\\b");

  private static final Pattern CANCELLED =
      Pattern.compile(
          "\\b(?:not|no longer|never|postpon\\w*|delay\\w*|cancel\\w*|call(?:ed)? off|suspend\\w*)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A time the claim gives as a bound ("before 1998", "by June"), not as the event's time. */
  private static final Pattern BOUND =
      Pattern.compile(
          "\\b(?:[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Nn]o later than)\\s+"
              + "(?:the\\s+)?(?:end of\\s+|early\\s+|late\\s+|mid-)?"
              + "(?:next|last|this|(?:19|20)\\d\\d|January|February|March|April|May|June|July"
              + "|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday"
              + "|Friday|Saturday|Sunday)\\b");

  private static final String MONTHS =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

  /**
   * A day of the month ("February 18", "22nd November"): a full date, the date check's to judge.
   */
  private static final Pattern DAY_DATE =
      Pattern.compile(
          "\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTHS
              + "|"
              + MONTHS
              + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d))\\b");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

  private EventCheck() {}

  /** What the events of the claim has in common with a sentence of the passage, if anything. */
  public static Optional<Finding> check(String claim, String passage) {
    if (!QuantityParser.parse(claim).isEmpty() || CANCELLED.matcher(claim).find()) {
      return Optional.empty();
    }
    Event c = Event.of(claim);
    if (c.actions.isEmpty()
        || c.nouns.isEmpty()
        || c.times.stream().allMatch(t -> t.matches("\\d+"))
        || BOUND.matcher(claim).find()
        || DAY_DATE.matcher(claim).find()) {
      return Optional.empty();
    }
    for (String sentence : SENTENCE_END.split(passage)) {
      Event p = Event.of(sentence);
      if (CANCELLED.matcher(sentence).find()
          || !p.times.containsAll(c.times)
          || !p.names.containsAll(c.names)
          || c.actions.stream().noneMatch(p.actions::contains)) {
        continue;
      }
      long shared = c.nouns.stream().filter(p.nouns::contains).count();
      if (shared * 2 >= c.nouns.size()) {
        return Optional.of(
            new Finding(
                "event",
                "agrees",
                "The evidence reports the same event ("
                    + String.join(", ", c.actions)
                    + "; "
                    + String.join(", ", c.times)
                    + "): \""
                    + sentence.strip()
                    + "\""));
      }
    }
    return Optional.empty();
  }

  /** The actions (verb classes), times, nouns and names of a sentence. */
  record Event(Set<String> actions, Set<String> times, Set<String> nouns, Set<String> names) {
    static Event of(String text) {
      Set<String> actions = new TreeSet<>();
      Set<String> nouns = new TreeSet<>();
      Set<String> names = new TreeSet<>();
      Set<String> times = new TreeSet<>();
      Matcher m = TIME.matcher(text);
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        times.add(m.group().toLowerCase(Locale.ROOT));
        spans.add(new int[] {m.start(), m.end()});
      }
      for (Token t : Tagger.shared().tag(text)) {
        boolean inTime = spans.stream().anyMatch(s -> t.start() >= s[0] && t.end() <= s[1]);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (inTime) {
          continue;
        }
        if (t.pos().equals("VERB") && !NOT_ACTIONS.contains(lemma)) {
          actions.add(ACTIONS.getOrDefault(lemma, lemma));
        } else if (t.pos().equals("NOUN") && !t.capitalised()) {
          nouns.add(NOUNS.getOrDefault(lemma, lemma));
        } else if (t.capitalised() && (t.pos().equals("PROPN") || t.start() > 0)) {
          String w = t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
          names.add(w);
          nouns.add(w);
        }
      }
      return new Event(actions, times, nouns, names);
    }
  }
}
