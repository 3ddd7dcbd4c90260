package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.report.Finding;

/**
 * Records and firsts: "the tusk is the largest ever found in the Lunde valley", "Hauge's margin was
 * the largest in the rally's history", "the first woman to win the Fjell Rally", "the first time a
 * court in the country has ruled that ...", "the first time ... since 1998".
 *
 * <p>A passage sentence that gives the same superlative of the same kind of thing in the same scope
 * decides: the record held by something else (the superlative opens the sentence as its subject and
 * the sentence names a year before the article's, or a name the claim and the story do not give:
 * "The largest tusk ever found in the Lunde valley ... was dug up near Hamre in 1998"), or a second
 * place for the claim's subject ("the new tusk is the second-largest found in the valley"),
 * disagrees; the record given to the claim's subject agrees. A scope or an object named otherwise
 * ("in Vestmark county", "the Vestfjord Rally") is another record and says nothing. For a first
 * time, "not the first" about the claim's thing, the same thing done in an earlier year, or its
 * last time after the claim's since-year, disagrees.
 */
public final class RecordCheck {
  /** The finding's check name. */
  public static final String NAME = "record";

  /** A superlative phrase: group {@code ord} "second" of "second-largest", {@code sup}, rest. */
  private static final Pattern SUPERLATIVE =
      Pattern.compile(
          "\\b[Tt]he\\s+(?:(?<ord>second|third|fourth|fifth)[- ])?(?<sup>(?!(?:best|latest|west"
              + "|rest|interest|test|forest|guest|nest|chest|honest|modest|request|protest|contest"
              + "|harvest|conquest|arrest|suggest|manifest)\\b)\\p{Ll}{2,}est|first|most\\s+\\p{Ll}+)"
              + "\\b(?<rest>(?:(?!\\b(?:is|was|were|are|remains|remain|remained|became|becomes"
              + "|stands|stood|has|had|have|came|measured|measures|weighed|weighs|went|goes)\\b)"
              + "[^,;:.])*)");

  /** "not the first", "is not the first of its kind". */
  private static final Pattern NOT_FIRST =
      Pattern.compile("(?i)\\b(?:not|never)\\s+(?:been\\s+)?the\\s+first\\b");

  private static final String DAY =
      "(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  /** "took the lead for the first time on Friday". */
  private static final Pattern FIRST_ON_DAY =
      Pattern.compile("\\bfor\\s+the\\s+first\\s+time\\s+(?:on|last)\\s+" + DAY + "\\b");

  /**
   * In a passage: "first went ahead on Wednesday's opening stage", "took the lead for the first
   * time on Thursday", "who had never led the rally before, moved to the front on Thursday"; group
   * {@code ev} the event's words.
   */
  private static final Pattern FIRST_DONE =
      Pattern.compile(
          "\\bfirst\\s+(?<ev>[^,;.]{0,60}?)\\s(?:on|last)\\s+"
              + DAY
              + "|(?<ev2>[^,;.]{0,60}?)\\s+for\\s+the\\s+first\\s+time\\s+(?:on|last)\\s+"
              + DAY.replace("day>", "day2>")
              + "|\\bnever\\s+(?<ev3>[^,;.]{0,40}?)\\s+before\\b[^;.]{0,40}?\\s(?:on|last)\\s+"
              + DAY.replace("day>", "day3>"));

  /** Words of one event: taking the lead. */
  private static final Set<String> LEAD = Set.of("lead", "led", "ahead", "front", "leader", "top");

  /** A year. */
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  /** "since 1998". */
  private static final Pattern SINCE_YEAR =
      Pattern.compile("(?i)\\bsince\\s+(1[89]\\d\\d|20\\d\\d)\\b");

  /** "The last mammoth tusk found in the valley ... in 2012". */
  private static final Pattern LAST = Pattern.compile("(?i)\\b(?:the|its|their)\\s+last\\b");

  /** Words of the same sense for a superlative. */
  private static final Set<Set<String>> SAME =
      Set.of(Set.of("largest", "biggest"), Set.of("smallest", "tiniest"));

  /** Words of a phrase that say nothing of what the record is of. */
  private static final Set<String> NOT_KIND =
      Set.of(
          "ever",
          "found",
          "made",
          "recorded",
          "seen",
          "built",
          "held",
          "time",
          "history",
          "since",
          "has",
          "have",
          "had",
          "been",
          "was",
          "were",
          "the",
          "a",
          "an",
          "in",
          "of",
          "to",
          "its",
          "their",
          "his",
          "her",
          "that",
          "this",
          "on",
          "at",
          "by",
          "for",
          "and",
          "new",
          "one",
          "record",
          "is",
          "are",
          "country",
          "region",
          "county",
          "world",
          "valley",
          "city",
          "town");

  private RecordCheck() {}

  /** A superlative phrase of a text. */
  private record Phrase(String ord, String sup, String rest, int start, int end) {}

  /**
   * What the passage says of the claim's record, if the claim states one.
   *
   * @param articleDate the article's day, or null
   * @param story the story's subject words (lower case)
   */
  public static Optional<Finding> check(
      String claim, String passage, LocalDate articleDate, Set<String> story) {
    Matcher onDay = FIRST_ON_DAY.matcher(claim);
    if (onDay.find()) {
      return firstOnDay(claim, onDay, passage);
    }
    Phrase c = phrase(claim);
    if (c == null || c.ord() != null || TimeCheck.hasSince(claim)) {
      return Optional.empty(); // "the first ... in 12 years" is the time check's
    }
    Set<String> kind = kind(claim, c);
    String head = claim.substring(0, c.start());
    Set<String> names = names(head);
    Set<String> subject = words(head);
    subject.removeAll(NOT_KIND);
    subject.removeAll(names);
    boolean firstTime = c.sup().equals("first") && c.rest().matches("(?s)\\s*time\\b.*");
    if (!firstTime && SINCE_YEAR.matcher(claim.substring(c.start())).find()) {
      return Optional.empty(); // "the largest since 1999": the time check's
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      Optional<Finding> f =
          firstTime
              ? firstTime(claim.substring(c.start()), sentence, articleDate)
              : record(claim, c, kind, names, subject, sentence, articleDate, story);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  private static Optional<Finding> record(
      String claim,
      Phrase c,
      Set<String> kind,
      Set<String> names,
      Set<String> subject,
      String sentence,
      LocalDate articleDate,
      Set<String> story) {
    Matcher m = SUPERLATIVE.matcher(sentence);
    String other = null;
    while (m.find()) {
      Phrase p = new Phrase(m.group("ord"), m.group("sup"), m.group("rest"), m.start(), m.end());
      if (!same(c.sup(), p.sup())
          || p.sup().equals("first") && !FIRST_RECORD.matcher(p.rest()).find()) {
        continue;
      }
      Set<String> pKind = kind(sentence, p);
      if (!kind.isEmpty() && pKind.stream().noneMatch(kind::contains)) {
        continue;
      }
      Set<String> feat = feat(c.rest());
      if (!feat.isEmpty() && !shares(feat, feat(p.rest()))) {
        continue; // "the first woman to close the festival" for "... to run the hospital"
      }
      Boolean scope = sameScope(claim, c, p, story);
      if (scope == null) {
        continue; // can't tell: "Moravik Hospital" may be the claim's "the hospital"
      }
      if (!scope) {
        other = other != null ? other : sentence;
        continue;
      }
      String before = sentence.substring(0, p.start());
      String after = sentence.substring(p.end());
      // the claim's subject: its names when it has any ("Hauge's margin"), else its nouns ("the
      // tusk")
      boolean claimsSubject =
          names.isEmpty() ? shares(words(before), subject) : namesAny(before, names);
      if (p.ord() != null) {
        if (claimsSubject) {
          return Optional.of(finding("disagrees", "puts the claim's subject " + p.ord(), sentence));
        }
        continue;
      }
      if (before.isBlank() || before.strip().matches("(?i)(?:but|and|yet|so)")) {
        // "The largest tusk ever found in the valley ... was dug up near Hamre in 1998": who holds
        // the record is after the phrase
        if (!names.isEmpty() && namesAny(after, names)) {
          return Optional.of(
              finding("agrees", "gives the record to the claim's subject", sentence));
        }
        String holder = otherHolder(after, claim, story, articleDate);
        if (holder != null) {
          return Optional.of(finding("disagrees", "gives the record to " + holder, sentence));
        }
        continue;
      }
      if (claimsSubject) {
        return Optional.of(finding("agrees", "gives the record to the claim's subject", sentence));
      }
      String holder = otherName(before, claim, story);
      if (holder != null) {
        return Optional.of(finding("disagrees", "gives the record to " + holder, sentence));
      }
    }
    if (other != null) {
      return Optional.of(
          new Finding(
              "event",
              "note",
              "The evidence gives the same kind of record for another place or thing: \""
                  + other.strip()
                  + "\""));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code other} (an earlier fact-check's claim) states the claim's record for another
   * scope or object: "the oldest mammoth find ever made in Norway" for the claim's "... in the
   * county", "the first woman to win a rally in the country" for "... to win the Fjell Rally".
   */
  public static boolean otherRecord(String claim, String other, Set<String> story) {
    Phrase c = phrase(claim);
    Phrase p = phrase(other);
    return c != null
        && p != null
        && c.ord() == null
        && same(c.sup(), p.sup())
        && Boolean.FALSE.equals(sameScope(claim, c, p, story));
  }

  /**
   * "The first time a court ... has ruled that P": "not the first", the same done in an earlier
   * year, or (after "since YEAR") its last time after that year. When the claim's phrase names a
   * place or a body ("in the Lunde valley"), the sentence must name one of them.
   */
  private static Optional<Finding> firstTime(
      String phrase, String sentence, LocalDate articleDate) {
    Set<String> what = words(phrase);
    what.removeAll(NOT_KIND);
    Set<String> named = names(" " + phrase);
    what.removeAll(named);
    what.removeIf(w -> w.matches("\\d+"));
    Set<String> in = names(sentence);
    if (what.size() < 2 || !named.isEmpty() && named.stream().noneMatch(in::contains)) {
      return Optional.empty();
    }
    long shared = what.stream().filter(words(sentence)::contains).count();
    if (NOT_FIRST.matcher(sentence).find() && shared * 2 >= what.size()) {
      return Optional.of(finding("disagrees", "says it was not the first", sentence));
    }
    if (shared * 3 < what.size() * 2) {
      return Optional.empty();
    }
    Matcher since = SINCE_YEAR.matcher(phrase);
    Integer sinceYear = since.find() ? Integer.valueOf(since.group(1)) : null;
    Matcher y = YEAR.matcher(sentence);
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (sinceYear != null) {
        if (LAST.matcher(sentence).find() && year > sinceYear) {
          return Optional.of(
              finding(
                  "disagrees",
                  "dates the last time to " + year + ", after " + sinceYear,
                  sentence));
        }
      } else if (articleDate != null && year < articleDate.getYear()) {
        return Optional.of(finding("disagrees", "dates the same to " + year, sentence));
      }
    }
    return Optional.empty();
  }

  /**
   * "X took the lead for the first time on Friday" against a passage sentence in which X (the
   * nearest name before it) first did the same on a day: another day disagrees, the same agrees.
   */
  private static Optional<Finding> firstOnDay(String claim, Matcher onDay, String passage) {
    String head = claim.substring(0, onDay.start());
    Set<String> names = names(head);
    Set<String> event = words(head);
    event.removeAll(NOT_KIND);
    event.removeAll(names);
    if (names.isEmpty() || event.isEmpty()) {
      return Optional.empty();
    }
    String day = onDay.group("day");
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      Matcher m = FIRST_DONE.matcher(sentence);
      while (m.find()) {
        String ev =
            m.group("ev") != null
                ? m.group("ev")
                : m.group("ev2") != null ? m.group("ev2") : m.group("ev3");
        String when =
            m.group("day") != null
                ? m.group("day")
                : m.group("day2") != null ? m.group("day2") : m.group("day3");
        Set<String> done = words(ev);
        boolean same =
            done.stream().anyMatch(event::contains)
                || done.stream().anyMatch(LEAD::contains)
                    && event.stream().anyMatch(LEAD::contains);
        // who did it: the nearest name before "first" (or in the event words of "X took ... for
        // the first time")
        String before = sentence.substring(0, m.start());
        Set<String> who = names(m.group("ev2") != null ? m.group("ev2") : before);
        String nearest = nearestName(m.group("ev2") != null ? m.group("ev2") : before);
        if (!same || nearest == null || !names.contains(nearest) || who.isEmpty()) {
          continue;
        }
        boolean agrees = when.equals(day);
        return Optional.of(
            finding(
                agrees ? "agrees" : "disagrees",
                agrees
                    ? "dates the first time to " + when + " too"
                    : "dates the first time to " + when,
                sentence));
      }
    }
    return Optional.empty();
  }

  /** The last capitalised name of a text, lower case, or null. */
  private static String nearestName(String text) {
    Matcher m = Pattern.compile("(?:^|(?<=[\\s(]))(\\p{Lu}[\\p{L}'’-]+)").matcher(text);
    String last = null;
    while (m.find()) {
      String w = m.group(1).replaceAll("['’]s$", "");
      if (!org.factdesk.nlp.CalendarWords.isWeekdayWord(w)
          && !org.factdesk.nlp.CalendarWords.isMonthWord(w)
          && !Set.of("The", "A", "An", "It", "He", "She", "They", "In", "On").contains(w)) {
        last = w.toLowerCase(Locale.ROOT);
      }
    }
    return last;
  }

  /**
   * Whether the two phrases' scopes agree: the passage's phrase gives every name of the claim's
   * ("the Fjell Rally", "the Lunde valley") and no other, and a scope noun of the claim ("valley",
   * "county", "history") is in the passage's. False when they differ; null when the claim's phrase
   * names nothing and the passage's names what neither the claim nor the story names ("Moravik
   * Hospital" for the claim's "the hospital" may be the same, or another).
   */
  private static Boolean sameScope(String claim, Phrase c, Phrase p, Set<String> story) {
    String lowerClaim = claim.toLowerCase(Locale.ROOT);
    Set<String> theirs = names(p.rest());
    Set<String> ours = names(c.rest());
    if (!theirs.containsAll(ours)) {
      return false; // "the first woman to win a rally in the country" for "... the Fjell Rally"
    }
    Matcher scope = Pattern.compile("(?i)\\b(?:in|on|at)\\s+(.+)$").matcher(c.rest());
    if (scope.find()) {
      // "in the county" against "in Norway"; a history ("in its 60-year history") is the
      // thing's own and need not be repeated
      Set<String> wanted = words(scope.group(1));
      wanted.removeAll(Set.of("the", "a", "an", "its", "their", "history", "year"));
      wanted.removeIf(w -> w.matches("\\d+"));
      Set<String> have = words(p.rest());
      if (!wanted.isEmpty() && wanted.stream().noneMatch(have::contains)) {
        return false;
      }
    }
    for (String n : theirs) {
      if (!lowerClaim.contains(n) && !story.contains(n)) {
        return ours.isEmpty() ? null : Boolean.FALSE; // "the Vestfjord Rally" for "the Fjell Rally"
      }
    }
    return true;
  }

  /** Who else holds the record, after the phrase: an earlier year or an unknown name. */
  private static String otherHolder(
      String after, String claim, Set<String> story, LocalDate articleDate) {
    Matcher y = YEAR.matcher(after);
    while (y.find()) {
      if (articleDate != null && Integer.parseInt(y.group(1)) < articleDate.getYear()) {
        return "something of " + y.group(1);
      }
    }
    return otherName(after, claim, story);
  }

  /** A capitalised name of the text that the claim and the story do not give, or null. */
  private static String otherName(String text, String claim, Set<String> story) {
    String lowerClaim = claim.toLowerCase(Locale.ROOT);
    for (String n : names(text)) {
      if (!lowerClaim.contains(n) && !story.contains(n)) {
        return n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
      }
    }
    return null;
  }

  /**
   * The first superlative phrase of a text, or null. "The first" is a record only as a first time,
   * a first to do something, or with "ever", "since" or "history" ("the first eight months" is
   * none).
   */
  private static Phrase phrase(String text) {
    Matcher m = SUPERLATIVE.matcher(text);
    while (m.find()) {
      if (!m.group("sup").equals("first") || FIRST_RECORD.matcher(m.group("rest")).find()) {
        return new Phrase(m.group("ord"), m.group("sup"), m.group("rest"), m.start(), m.end());
      }
    }
    return null;
  }

  /** What makes "the first" a record: "time", "to win", "ever", "since", "history". */
  private static final Pattern FIRST_RECORD =
      Pattern.compile("^\\s*time\\b|\\bto\\s+\\p{Ll}{2,}|\\bever\\b|\\bsince\\b|\\bhistory\\b");

  /**
   * What the record is of: the content words of the phrase before its scope, and of the subject
   * before the phrase when the phrase names no noun ("The tusk is the largest ever found").
   */
  private static Set<String> kind(String text, Phrase p) {
    String rest = p.rest().split("(?i)\\b(?:in|since|ever|to|on|at)\\b", 2)[0];
    Set<String> out = words(rest);
    out.removeAll(NOT_KIND);
    out.removeAll(names(rest));
    if (out.isEmpty()) {
      out = words(text.substring(0, p.start()));
      out.removeAll(NOT_KIND);
      out.removeAll(names(text.substring(0, p.start())));
    }
    return out;
  }

  /**
   * What a first did: the words after "to" ("run the hospital" of "the first woman to run ...").
   */
  private static Set<String> feat(String rest) {
    Matcher m = Pattern.compile("\\bto\\s+(.+)$").matcher(rest);
    if (!m.find()) {
      return Set.of();
    }
    Set<String> out = words(m.group(1).split("\\b(?:in|since|ever)\\b", 2)[0]);
    out.removeAll(NOT_KIND);
    return out;
  }

  private static boolean same(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return x.equals(y) || SAME.stream().anyMatch(s -> s.contains(x) && s.contains(y));
  }

  /** Lower-case words of a text, possessives and plurals stemmed. */
  private static Set<String> words(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
      if (!w.isEmpty() && !w.equals("s")) {
        out.add(TextSignals.stem(w));
      }
    }
    return out;
  }

  /** Capitalised words of a text but its first, lower case ("Hauge", "Vestmark"). */
  private static Set<String> names(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("(?<=[\\s(])\\p{Lu}[\\p{L}'’-]+").matcher(text);
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
      if (!Set.of("the", "a", "an", "it", "this", "that", "he", "she", "they").contains(w)
          && !org.factdesk.nlp.CalendarWords.isMonthWord(m.group())
          && !org.factdesk.nlp.CalendarWords.isWeekdayWord(m.group())) {
        out.add(w);
      }
    }
    Matcher first = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'’-]+)").matcher(text);
    if (first.find()) {
      String w = first.group(1).replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
      if (!FIRST_WORDS.contains(w) && !org.factdesk.nlp.CalendarWords.isMonthWord(first.group(1))) {
        out.add(w);
      }
    }
    return out;
  }

  /** Words that open a sentence without naming anyone. */
  private static final Set<String> FIRST_WORDS =
      Set.of(
          "the",
          "a",
          "an",
          "it",
          "this",
          "that",
          "these",
          "those",
          "he",
          "she",
          "they",
          "we",
          "there",
          "in",
          "on",
          "at",
          "some",
          "many",
          "most",
          "more",
          "about",
          "nearly",
          "around",
          "only",
          "all",
          "no",
          "after",
          "before",
          "when",
          "while",
          "since",
          "during",
          "last",
          "its",
          "their",
          "his",
          "her",
          "our",
          "experts",
          "officials",
          "dating",
          "lawyers",
          "workers",
          "organisers",
          "organizers",
          "police",
          "but",
          "and",
          "yet",
          "so",
          "with");

  private static boolean namesAny(String text, Set<String> names) {
    Set<String> in = names(text);
    return names.stream().anyMatch(in::contains);
  }

  private static boolean shares(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  private static Finding finding(String outcome, String what, String sentence) {
    return new Finding(NAME, outcome, "The evidence " + what + ": \"" + sentence.strip() + "\"");
  }
}
