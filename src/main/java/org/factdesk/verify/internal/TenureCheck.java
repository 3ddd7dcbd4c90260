package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.EventVerbs;
import org.factdesk.nlp.Lemmas;
import org.factdesk.nlp.NumberWords;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;
import org.factdesk.nlp.Token;
import org.factdesk.report.Finding;

/**
 * How long someone has held something, counted from the date it began: "Holm has run the company
 * for eight years" against "Holm became chief executive in 2018" (in an article of 2026: seven or
 * eight whole years, agrees), "the foundation has owned the tower for 20 years" against "bought the
 * tower in 2014" (disagrees); and how long something lasted against a passage that dates both ends
 * ("ran the chain for 14 years" against "led Brevik Foods from 2004 to 2018"). The start must be
 * the claim's subject's ({@link EventSubject}, named in both): a rival's appointment is no
 * evidence.
 */
public final class TenureCheck {
  /** Verbs whose date starts a tenure: appointed, became, took over, joined, bought, founded. */
  private static final Set<String> STARTS = Set.of("appoint", "begin", "buy", "found", "open");

  private static final Set<String> START_LEMMAS =
      Set.of("become", "join", "take", "arrive", "sign", "hire", "recruit", "succeed");

  private static final Pattern FOR = Pattern.compile("(?i)\\bfor\\s+$");

  private static final Pattern PERFECT =
      Pattern.compile("(?i)\\b(?:has|have|had)\\s+(?:\\p{L}+ly\\s+)?(?:been\\s+)?\\p{L}+");

  private static final Pattern FROM_TO =
      Pattern.compile(
          "(?i)\\b(?:from|between)\\s+((?:19|20)\\d\\d)\\s+(?:to|and|until)\\s+((?:19|20)\\d\\d)\\b");

  private TenureCheck() {}

  /**
   * What the passage's dates say of the claim's "for N years", if anything.
   *
   * @param articleDate the article's day, or null (then only a passage dating both ends counts)
   */
  public static Optional<Finding> check(
      String claim, String passage, LocalDate articleDate, Set<String> story) {
    TimeExpression duration = null;
    for (TimeExpression t : TimeExtractor.extract(claim, articleDate)) {
      if (t.kind() == TimeExpression.Kind.DURATION
          && t.duration() != null
          && t.duration().getYears() > 0
          && t.duration().getMonths() == 0
          && t.duration().getDays() == 0
          && (t.approx() == Approx.EXACT || t.approx() == Approx.ABOUT)
          && FOR.matcher(claim.substring(Math.max(0, t.start() - 6), t.start())).find()
          && !TimeCheck.since(claim, t.start())) {
        duration = t;
        break;
      }
    }
    if (duration == null) {
      return history(claim, passage, articleDate, story);
    }
    int years = duration.duration().getYears();
    boolean ongoing = PERFECT.matcher(claim.substring(0, duration.start())).find();
    EventSubject subject = EventSubject.ofClaim(claim, duration.start(), story);
    if (subject.names().isEmpty()) {
      return Optional.empty();
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      var m = FROM_TO.matcher(sentence);
      if (!ongoing && m.find() && same(subject, EventSubject.at(sentence, m.start()))) {
        int gap = Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1));
        boolean agrees = Math.abs(gap - years) <= 1;
        return Optional.of(
            finding(
                agrees,
                "The claim says \""
                    + duration.text()
                    + "\"; the evidence dates it from "
                    + m.group(1)
                    + " to "
                    + m.group(2)
                    + ", "
                    + gap
                    + " years: \""
                    + sentence.strip()
                    + "\""));
      }
      if (!ongoing || articleDate == null) {
        continue;
      }
      for (TimeExpression t : TimeExtractor.extract(sentence, articleDate)) {
        if (!pastYear(t, articleDate)
            || !startsAt(sentence, t)
            || !same(subject, EventSubject.at(sentence, t.start()))) {
          continue;
        }
        return Optional.of(
            yearsSince(
                years, "\"" + duration.text() + "\" until", t, articleDate, sentence.strip()));
      }
    }
    return Optional.empty();
  }

  /** "its 52-year history", "the club's 60-year existence": the years since a founding. */
  private static final Pattern HISTORY =
      Pattern.compile(
          "(?i)\\b(\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)-year(?:-long)?\\s+(?:history|existence)\\b");

  /** The definite noun a history belongs to: "the festival ... in its 48-year history". */
  private static final Pattern THE_NOUN = Pattern.compile("(?i)\\bthe\\s+(\\p{Ll}{3,})\\b");

  /** A start of a thing's history right before its year: "first held in", "founded in". */
  private static final Pattern FOUNDED_IN =
      Pattern.compile(
          "(?i)\\b(?:first\\s+(?:held|run|staged|played|organi[sz]ed|awarded|published|broadcast"
              + "|opened)|founded|established|set\\s+up|opened|inaugurated|launched)\\s+in\\s+$");

  /**
   * The length of a thing's history against the year the passage gives its founding: "the first
   * woman in its 52-year history" against "first held in 1981" (in an article of 2026: 44 or 45
   * whole years, disagrees). The passage's sentence must name the thing by the claim's noun
   * ("festival"), and not as another named one ("the Lillefjell race" for a story on Halla).
   */
  static Optional<Finding> history(
      String claim, String passage, LocalDate articleDate, Set<String> story) {
    Matcher h = HISTORY.matcher(claim);
    if (articleDate == null || !h.find()) {
      return Optional.empty();
    }
    String n = h.group(1);
    double parsed = n.matches("\\d+") ? Double.parseDouble(n) : NumberWords.parse(n);
    if (parsed < 1) {
      return Optional.empty();
    }
    int years = (int) parsed;
    String owner = owner(claim, h.start());
    if (owner == null) {
      return Optional.empty();
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (!lower.matches("(?s).*\\b" + Pattern.quote(owner) + "\\b.*")
          || OtherThing.named(claim, sentence, story) != null) {
        continue;
      }
      for (TimeExpression t : TimeExtractor.extract(sentence, articleDate)) {
        if (!pastYear(t, articleDate)
            || !FOUNDED_IN.matcher(sentence.substring(0, t.start())).find()) {
          continue;
        }
        return Optional.of(
            yearsSince(
                years, "a \"" + h.group().strip() + "\" by", t, articleDate, sentence.strip()));
      }
    }
    return Optional.empty();
  }

  /** The noun whose history it is: the last "the N" before the history, else the first after. */
  private static String owner(String claim, int at) {
    String before = null;
    String after = null;
    Matcher m = THE_NOUN.matcher(claim);
    while (m.find()) {
      if (m.start() < at) {
        before = m.group(1).toLowerCase(Locale.ROOT);
      } else if (after == null) {
        after = m.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return before != null ? before : after;
  }

  /** A date with a year, not a duration, not after the article's day. */
  private static boolean pastYear(TimeExpression t, LocalDate articleDate) {
    return t.from() != null
        && t.to() != null
        && t.anchor() == null
        && t.kind() != TimeExpression.Kind.DURATION
        && t.text().matches("(?s).*\\b(?:1[89]|20)\\d\\d\\b.*")
        && !t.from().isAfter(articleDate);
  }

  /**
   * The claim's {@code years} against the whole years from any day of the start {@code t} to the
   * article's day; {@code claimed} says what the claim gives ("\"eight years\" until").
   */
  private static Finding yearsSince(
      int years, String claimed, TimeExpression t, LocalDate articleDate, String sentence) {
    int most = wholeYears(t.from(), articleDate);
    int least = wholeYears(t.to(), articleDate);
    boolean agrees = years >= least && years <= Math.max(most, least);
    return finding(
        agrees,
        "The claim says "
            + claimed
            + " the article's date "
            + articleDate
            + "; the evidence dates the start \""
            + t.text()
            + "\", "
            + (least == most ? least : least + " to " + most)
            + " whole years before: \""
            + sentence
            + "\"");
  }

  private static Finding finding(boolean agrees, String detail) {
    return new Finding("time", agrees ? "agrees" : "disagrees", detail);
  }

  private static int wholeYears(LocalDate from, LocalDate to) {
    return java.time.Period.between(from, to).getYears();
  }

  /** Both subjects name someone and the passage's is the claim's. */
  private static boolean same(EventSubject claim, EventSubject passage) {
    return !passage.names().isEmpty() && claim.differsFrom(passage) == null;
  }

  /**
   * Whether the date {@code t} of {@code sentence} starts something: "since 2014", or the last verb
   * before it in its clause is a start (appointed, became, took over, joined, bought).
   */
  private static boolean startsAt(String sentence, TimeExpression t) {
    if (t.text().toLowerCase(Locale.ROOT).startsWith("since ")) {
      return true;
    }
    List<Token> tokens = Tagger.shared().tag(sentence);
    String last = null;
    for (Token k : tokens) {
      if (k.start() >= t.start()) {
        break;
      }
      if (k.text().matches("[,;]")) {
        last = null;
      } else if (k.pos().equals("VERB")) {
        String lemma = Lemmas.of(k.text(), "VERB");
        String c = EventVerbs.of(lemma).orElse(lemma);
        last = STARTS.contains(c) || START_LEMMAS.contains(lemma) ? "start" : "other";
      }
    }
    return "start".equals(last);
  }
}
