package org.factdesk.verify.internal;

import static java.util.Collections.unmodifiableSortedSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.Finds;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.EventVerbs;
import org.factdesk.nlp.Negation;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;
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
  /** Parts of a day: "on Tuesday evening" says when, not what the event is about. */
  private static final Set<String> DAY_PARTS =
      Set.of("morning", "afternoon", "evening", "night", "dawn", "midnight", "noon", "hour");

  private static final Map<String, String> NOUNS =
      Map.of(
          "blaze", "fire",
          "negotiation", "talk",
          "talks", "talk",
          "work", "construction",
          "building", "construction",
          "repair", "repair",
          "repairs", "repair");

  /** Nouns of an event whose following phrase says what it is about. */
  private static final Set<String> TOPIC_NOUNS =
      Set.of("talk", "strike", "dispute", "construction", "repair", "meeting", "trial", "vote");

  private static final Set<String> ABOUT =
      Set.of("between", "with", "in", "over", "on", "about", "of", "for");

  /** Parts of speech that keep a topic phrase going ("the port authority and the dock workers"). */
  private static final Set<String> KEEP_TOPIC = Set.of("DET", "ADJ", "CCONJ", "PART", "NUM");

  private static final Set<String> NOT_ACTIONS =
      FunctionWords.with(FunctionWords.NOT_ACTIONS, Set.of(), "plan", "expect");

  private static final Pattern TIME =
      Pattern.compile(
          "\\b(?:(?:next|last|this) (?:week|month|year|spring|summer|autumn|fall|winter|weekend)"
              + "|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday"
              + "|January|February|March|April|May|June|July|August|September|October|November"
              + "|December|tomorrow|today|yesterday|(?:19|20)\\d\\d)\\b");

  private static final Pattern CANCELLED =
      Pattern.compile(
          "\\b(?:not|no longer|never|postpon\\w*|delay\\w*|cancel\\w*|call(?:ed)? off|suspend\\w*"
              + "|refus\\w* to|declin\\w* to|fail\\w* to|yet to|short of)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NEGATED_ANYWHERE =
      Pattern.compile(Negation.BEFORE_VERB, Pattern.CASE_INSENSITIVE);

  /**
   * A negation or a refusal that ends just before a verb ("refused to", "has yet to", "did not").
   */
  private static final Pattern NEGATED_VERB =
      Pattern.compile(
          Negation.BEFORE_VERB + "\\s+(?:(?:\\p{L}+ly|even|yet|again)\\s+)?$",
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
  static final Pattern DAY_DATE =
      Pattern.compile(
          "\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTHS
              + "|"
              + MONTHS
              + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d))\\b");

  /** Where one sentence of a passage ends and the next begins (a capital after the stop). */
  static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

  private EventCheck() {}

  /**
   * A verb's action class ({@link EventVerbs}, which the dates of events read too), the tagger's
   * lemma read with its final "e" when it lost one ("collaps" is "collapse"); a verb of no class is
   * its own.
   */
  static String action(String lemma) {
    return EventVerbs.of(lemma).orElse(lemma);
  }

  /**
   * A lemma as the event comparison reads it: "start" is "begin", "negotiation" is "talk" (for
   * {@link FactRelevance}, which compares a claim's fact with a passage's the same way).
   */
  static String normal(String lemma) {
    return EventVerbs.of(lemma).orElse(NOUNS.getOrDefault(lemma, lemma));
  }

  /** What the events of the claim has in common with a sentence of the passage, if anything. */
  public static Optional<Finding> check(String claim, String passage) {
    return check(claim, passage, Set.of());
  }

  /**
   * What the events of the claim has in common with a sentence of the passage, if anything; a claim
   * that names no one is about the story's subject ({@code story}, lower-case names, see {@link
   * Subject#story}), so a sentence that names others and not the story's subject ("a fire at a
   * Lenvik warehouse" in a story about Brenna) reports another event.
   */
  public static Optional<Finding> check(String claim, String passage, Set<String> story) {
    if (!QuantityParser.parse(claim).isEmpty() || Finds.in(CANCELLED, claim)) {
      return Optional.empty();
    }
    Event c = Event.of(claim);
    if (c.actions.isEmpty()
        || c.nouns.isEmpty()
        || c.times.stream().allMatch(t -> t.matches("\\d+"))
        || Finds.in(BOUND, claim)
        || Finds.in(DAY_DATE, claim)) {
      return Optional.empty();
    }
    Finding other = null;
    Set<String> heads = new TreeSet<>(c.nouns);
    heads.addAll(c.actions); // "said talks": the tagger may read "talks" as a verb
    heads.retainAll(TOPIC_NOUNS);
    boolean mentioned = false;
    for (String sentence : SENTENCE_END.split(passage)) {
      Event p = Event.of(sentence);
      mentioned |= heads.stream().anyMatch(h -> p.nouns.contains(h) || p.actions.contains(h));
      if (Finds.in(CANCELLED, sentence)
          || !p.times.containsAll(c.times)
          || c.actions.stream().noneMatch(p.actions::contains)) {
        continue;
      }
      long shared = c.nouns.stream().filter(p.nouns::contains).count();
      Set<String> missing = new TreeSet<>(c.names);
      missing.removeAll(p.names);
      // a capitalised first word the tagger took for a name ("Construction is due to begin")
      // that the passage writes as a common noun is no other subject
      missing.removeIf(n -> p.nouns.contains(n));
      if (c.names.isEmpty()
          && !story.isEmpty()
          && !p.names.isEmpty()
          && p.names.stream().noneMatch(story::contains)) {
        missing.addAll(story); // the claim's implicit subject is the story's
      }
      // "Restoration work began" in a story about Skarn, "work on the Skarn tower started": the
      // passage's topic is the story's subject
      boolean otherTopic =
          otherTopic(c, p) && !(c.topics.isEmpty() && p.topics.stream().anyMatch(story::contains));
      boolean sameKind =
          shared > 0
              || c.actions.stream().anyMatch(a -> TOPIC_NOUNS.contains(a) && p.actions.contains(a));
      if (sameKind && (otherTopic || !missing.isEmpty()) && other == null) {
        other =
            new Finding(
                "event",
                "note",
                "The evidence reports the same kind of event about "
                    + (otherTopic
                        ? String.join(" ", p.topics)
                        : "others than " + String.join(", ", missing))
                    + ", not the claim's: \""
                    + sentence.strip()
                    + "\"");
        continue;
      }
      if (!missing.isEmpty() || otherTopic) {
        continue;
      }
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
    if (other == null && !mentioned && !c.topics.isEmpty() && !heads.isEmpty()) {
      // "talks between Nordrail and the union will resume": a passage that never mentions talks
      // says nothing of them, whatever it says of Nordrail
      other =
          new Finding(
              "event",
              "note",
              "The evidence does not mention the claim's "
                  + String.join(", ", heads)
                  + " ("
                  + String.join(" ", c.topics)
                  + ").");
    }
    return Optional.ofNullable(other);
  }

  /**
   * A passage sentence that says the claim's event did not happen: the same subject (every name of
   * the claim), at the claim's time (when it gives one), about the same things (half its nouns),
   * with the claim's action negated or refused ("X conceded defeat" against "X refused to concede",
   * "declined to", "failed to", "did not", "has yet to", "stopped short of conceding"). The claim
   * must report the event plainly (no negation, no figure). "Did not meet the staff union" says
   * nothing of a meeting with student leaders (other nouns).
   */
  public static Optional<Finding> refused(String claim, String passage) {
    if (!QuantityParser.parse(claim).isEmpty() || Finds.in(CANCELLED, claim)) {
      return Optional.empty();
    }
    Event c = Event.of(claim);
    Set<String> common = new TreeSet<>(c.nouns);
    common.removeAll(c.names);
    Set<String> stems = new TreeSet<>();
    c.actions.forEach(a -> stems.add(stem(a)));
    if (c.actions.isEmpty() || common.isEmpty()) {
      return Optional.empty();
    }
    for (String sentence : SENTENCE_END.split(passage)) {
      if (!Finds.in(NEGATED_ANYWHERE, sentence)) {
        continue;
      }
      Event p = Event.of(sentence);
      Set<String> words =
          new TreeSet<>(List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
      if (!p.times.containsAll(c.times) || !words.containsAll(c.names)) {
        continue;
      }
      long shared = common.stream().filter(p.nouns::contains).count();
      if (shared == 0 || shared * 2 < common.size()) {
        continue;
      }
      for (Token t : Tagger.shared().tag(sentence)) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (!t.pos().equals("VERB") || !stems.contains(stem(action(lemma)))) {
          continue;
        }
        String before = sentence.substring(Math.max(0, t.start() - 40), t.start());
        if (NEGATED_VERB.matcher(before).find()) {
          return Optional.of(
              new Finding(
                  "event",
                  "disagrees",
                  "The evidence says the claim's event ("
                      + lemma
                      + ") did not happen: \""
                      + sentence.strip()
                      + "\""));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A passage sentence that reports the claim's event (the same action, every name of the claim,
   * two thirds of its nouns, not about another topic) on another day: the claim's weekday resolved
   * against the article's date ("gave way on Monday morning" in an article of Friday 4 December is
   * 30 November), the passage's against its own publication day or written out ("on Tuesday, 1
   * December"). Each text must give exactly one day.
   *
   * @param articleDate the article's day, or null (then nothing is said)
   * @param published the passage's day of publication, or null (then nothing is said)
   */
  public static Optional<Finding> otherDay(
      String claim, String passage, LocalDate articleDate, LocalDate published) {
    if (articleDate == null
        || published == null
        || Finds.in(CANCELLED, claim)
        || Finds.in(BOUND, claim)) {
      return Optional.empty();
    }
    LocalDate day = oneDay(claim, articleDate);
    Event c = Event.of(claim);
    if (day == null || c.actions.isEmpty() || c.nouns.isEmpty()) {
      return Optional.empty();
    }
    for (String sentence : SENTENCE_END.split(passage)) {
      if (Finds.in(CANCELLED, sentence) || Finds.in(BOUND, sentence)) {
        continue;
      }
      Event p = Event.of(sentence);
      long shared = c.nouns.stream().filter(p.nouns::contains).count();
      if (c.actions.stream().noneMatch(p.actions::contains)
          || !p.nouns.containsAll(c.names) // "Rocks and mud": a capital at the start, no name
          || otherTopic(c, p)
          || shared == 0
          || shared * 3 < c.nouns.size() * 2) {
        continue;
      }
      LocalDate other = oneDay(sentence, published);
      if (other != null && !other.equals(day)) {
        return Optional.of(
            new Finding(
                "event",
                "disagrees",
                "The claim puts the event ("
                    + String.join(", ", c.actions)
                    + ") on "
                    + day
                    + ", but the evidence reports it on "
                    + other
                    + ": \""
                    + sentence.strip()
                    + "\""));
      }
    }
    return Optional.empty();
  }

  /**
   * A day of a month the claim gives its event ("will publish its full-year results on 18
   * February") against a passage sentence that gives a day of a month to the same things (two
   * thirds of the claim's nouns other than names): for another subject ({@link EventSubject}:
   * "Norma is due to report its annual results on 18 February" in a story about Brevik) a note that
   * it is another's event; for the claim's, the days agree or disagree.
   *
   * @param articleDate the article's day, or null (then nothing is said)
   * @param published the passage's day of publication, or null (then nothing is said)
   * @param story the story's subject, a claim that names no one is about
   */
  public static Optional<Finding> dueDay(
      String claim, String passage, LocalDate articleDate, LocalDate published, Set<String> story) {
    Matcher dm = DAY_DATE.matcher(claim);
    if (articleDate == null || published == null || !dm.find() || Finds.in(CANCELLED, claim)) {
      return Optional.empty();
    }
    LocalDate day = oneDay(claim, articleDate);
    Event c = Event.of(claim);
    Set<String> common = new TreeSet<>(c.nouns);
    common.removeAll(c.names);
    if (day == null || common.isEmpty()) {
      return Optional.empty();
    }
    EventSubject subject = EventSubject.ofClaim(claim, dm.start(), story);
    for (String sentence : SENTENCE_END.split(passage)) {
      Matcher pm = DAY_DATE.matcher(sentence);
      if (!pm.find() || Finds.in(CANCELLED, sentence)) {
        continue;
      }
      Event p = Event.of(sentence);
      long shared = common.stream().filter(p.nouns::contains).count();
      if (shared * 3 < common.size() * 2 || otherKinds(c.actions, p.actions)) {
        continue; // "opened on 5 March" is not dated by "tickets went on sale on 5 October"
      }
      String other = subject.differsFrom(EventSubject.at(sentence, pm.start()), claim);
      if (other != null) {
        return Optional.of(
            new Finding(
                "event",
                "note",
                "The evidence dates the same kind of event for another subject: "
                    + other
                    + ": \""
                    + sentence.strip()
                    + "\""));
      }
      LocalDate theirs = oneDay(sentence, published);
      if (theirs == null) {
        continue;
      }
      boolean same =
          theirs.getMonth() == day.getMonth() && theirs.getDayOfMonth() == day.getDayOfMonth();
      return Optional.of(
          new Finding(
              "event",
              same ? "agrees" : "disagrees",
              "The claim dates the event ("
                  + String.join(", ", common)
                  + ") "
                  + dm.group()
                  + ", the evidence "
                  + (same
                      ? "too"
                      : theirs.getDayOfMonth()
                          + " "
                          + theirs
                              .getMonth()
                              .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                  + ": \""
                  + sentence.strip()
                  + "\""));
    }
    return Optional.empty();
  }

  /**
   * True when both texts name an event of {@link EventVerbs}'s classes and no class of one is the
   * other's: the day of another kind of event of the same things. An opening is the first day of an
   * event, so "opened" and "began" are one kind here.
   */
  static boolean otherKinds(Set<String> claimActions, Set<String> passageActions) {
    Set<String> c = kinds(claimActions);
    Set<String> p = kinds(passageActions);
    return !c.isEmpty() && !p.isEmpty() && c.stream().noneMatch(p::contains);
  }

  /** The event classes among {@code actions}, an opening read as a beginning. */
  private static Set<String> kinds(Set<String> actions) {
    Set<String> out = new TreeSet<>();
    for (String a : actions) {
      EventVerbs.of(a).ifPresent(k -> out.add(k.equals("open") ? "begin" : k));
    }
    return out;
  }

  /**
   * The one day a text dates (a weekday resolved against {@code ref}, or a day of a month), or null
   * when it dates none or several.
   */
  static LocalDate oneDay(String text, LocalDate ref) {
    LocalDate out = null;
    for (TimeExpression t : TimeExtractor.extract(text, ref)) {
      if (t.kind() != TimeExpression.Kind.DATE
          || t.from() == null
          || !t.from().equals(t.to())
          || t.anchor() != null) {
        continue;
      }
      if (out != null && !out.equals(t.from())) {
        return null;
      }
      out = t.from();
    }
    return out;
  }

  /** A verb's lemma without a final "e": "apologis" (as tagged) is "apologise". */
  private static String stem(String lemma) {
    return lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
  }

  /**
   * Whether the passage sentence's event is about another topic: when both name a topic ("talks
   * between the Dorn bus company and its drivers" against "... between the education office and the
   * teachers' union"), fewer than half the claim's topic words are the passage's; when only the
   * passage names one, none of its words is the claim's.
   */
  static boolean otherTopic(Event c, Event p) {
    if (p.topics.isEmpty()) {
      return false;
    }
    if (c.topics.isEmpty()) {
      return p.topics.stream().noneMatch(c.nouns::contains);
    }
    long shared = c.topics.stream().filter(p.topics::contains).count();
    return shared * 2 < c.topics.size();
  }

  /**
   * The actions (verb classes), times, nouns and names of a sentence, and its topics: the nouns and
   * names of a phrase that tells what a noun of the event is about ("talks between the port
   * authority and the dock workers", "work on the Dalen dam").
   */
  record Event(
      Set<String> actions,
      Set<String> times,
      Set<String> nouns,
      Set<String> names,
      Set<String> topics) {
    /**
     * The event of {@code text}, remembered: each check reads the claim's event again for every
     * passage, and a passage's sentences again for every claim and check.
     */
    static Event of(String text) {
      return RECENT_EVENTS.get(text);
    }

    private static final TextMemo<String, Event> RECENT_EVENTS =
        new TextMemo<>("events", 4_096, String::length, Event::ofAnew);

    private static Event ofAnew(String text) {
      TreeSet<String> actions = new TreeSet<>();
      TreeSet<String> nouns = new TreeSet<>();
      TreeSet<String> names = new TreeSet<>();
      TreeSet<String> times = new TreeSet<>();
      Matcher m = TIME.matcher(text);
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        times.add(m.group().toLowerCase(Locale.ROOT));
        spans.add(new int[] {m.start(), m.end()});
      }
      List<Token> tokens = Tagger.shared().tag(text);
      TreeSet<String> topics = new TreeSet<>();
      boolean inTopic = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (spans.stream().anyMatch(x -> t.start() >= x[0] && t.end() <= x[1])) {
          inTopic = false; // "talks on Thursday": a time, not a topic
          continue;
        }
        if (i > 0
            && TOPIC_NOUNS.contains(
                NOUNS.getOrDefault(
                    tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT),
                    tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT)))
            && ABOUT.contains(w)) {
          inTopic = true;
          continue;
        }
        if (inTopic) {
          if (w.equals("'s") || w.equals("’s") || w.equals("'")) {
            continue; // "work on Brenton's new town hall"
          }
          if (t.pos().equals("NOUN") || t.pos().equals("PROPN")) {
            String lemma =
                t.capitalised() ? w.replaceAll("['’]s$", "") : t.lemma().toLowerCase(Locale.ROOT);
            topics.add(NOUNS.getOrDefault(lemma, lemma));
          } else if (!KEEP_TOPIC.contains(t.pos())) {
            inTopic = false;
          }
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        boolean inTime = spans.stream().anyMatch(s -> t.start() >= s[0] && t.end() <= s[1]);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (inTime) {
          continue;
        }
        Optional<EventVerbs.Phrasal> phrasal =
            t.pos().equals("VERB")
                ? EventVerbs.phrasal(tokens, i, tokens.size(), lemma)
                : Optional.empty();
        if (phrasal.isPresent()) {
          actions.add(phrasal.get().name());
          i += phrasal.get().words(); // the particle ("way" in "gave way") is no noun of the event
        } else if (t.pos().equals("VERB") && !NOT_ACTIONS.contains(lemma)) {
          actions.add(action(lemma));
        } else if ((t.pos().equals("NOUN") || t.pos().equals("PROPN")) && !t.capitalised()) {
          // a lower-case word the tagger calls a proper noun is a noun: "the Varno boat"
          String noun = NOUNS.getOrDefault(lemma, lemma);
          if (!DAY_PARTS.contains(TextSignals.stem(noun))) {
            nouns.add(noun);
          }
        } else if (t.capitalised() && (t.pos().equals("PROPN") || t.start() > 0)) {
          String w = t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
          names.add(w);
          nouns.add(w);
        }
      }
      return new Event(
          unmodifiableSortedSet(actions),
          unmodifiableSortedSet(times),
          unmodifiableSortedSet(nouns),
          unmodifiableSortedSet(names),
          unmodifiableSortedSet(topics));
    }
  }
}
