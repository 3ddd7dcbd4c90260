package org.factdesk.verify.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.CalendarWords;
import org.factdesk.nlp.CauseWords;
import org.factdesk.nlp.Causes;
import org.factdesk.nlp.Negation;
import org.factdesk.nlp.TimeExpression;
import org.factdesk.nlp.TimeExtractor;
import org.factdesk.report.Finding;

/**
 * Causes ({@link Causes}): a claim that gives a cause ("the burst was caused by frost", "the
 * airline blamed the outage on a power cut") against a passage sentence that gives the same cause
 * (agrees), rules it out (a {@link QuantityCheck#DISPUTE} note: someone said it, someone else says
 * otherwise, so "X blamed E on C" is CONFLICTING) or, said by the claim's own speaker, gives
 * another cause for the same effect (disagrees). A cause is ruled out by "not (to) C", "C played no
 * part", "detected no C", "ruled out C"; a cause written in other words ("a tremor" for "an
 * earthquake", "no interruption of supply" for "a power cut") counts as the same.
 */
public final class CauseCheck {
  /** The finding's check name. */
  public static final String NAME = "cause";

  private static final String WORD = "[\\p{L}\\p{N}'’-]+";

  /** Words that end what a negation covers: "no warning before the earthquake struck". */
  private static final String STOP = "(?!(?:before|after|when|that|from)\\b)";

  /** "not to frost", "not drainage", "not by leaking seals": group {@code w} what is ruled out. */
  private static final Pattern NOT =
      Pattern.compile(
          "\\b"
              + Negation.NOT
              + "\\s+(?:(?:to|by|from|because\\s+of|due\\s+to|the|a|an|any)\\s+)*(?<w>"
              + STOP
              + WORD
              + "(?:\\s+"
              + STOP
              + WORD
              + ")?)",
          Pattern.CASE_INSENSITIVE);

  /** "the age of the main played no part": group {@code w} what played none. */
  private static final Pattern NO_PART =
      Pattern.compile(
          "(?<w>[^,;]+?)\\s+(?:played|plays|had|has|have)\\s+no\\s+(?:part|role|bearing)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "detected no earthquake", "recorded no interruption of supply", "ruled out a leak". */
  private static final Pattern NONE_FOUND =
      Pattern.compile(
          "\\b(?:(?:detected|recorded|found|registered|observed|measured|saw|logged|noted)\\s+no"
              + "|rul(?:e|es|ed|ing)\\s+out|there\\s+(?:was|were)\\s+no)\\s+(?<w>(?:"
              + STOP
              + "[^,;.])+)",
          Pattern.CASE_INSENSITIVE);

  private CauseCheck() {}

  /** What the passage says of the claim's cause, if the claim gives one and the passage does. */
  public static Optional<Finding> check(String claim, String passage) {
    return check(claim, passage, null, null);
  }

  /**
   * As {@link #check(String, String)}. A passage published before the day the claim dates its event
   * to cannot report that event's cause ("Rud retired from another rally after a crash caused by a
   * burst tyre", published months before the claim's Thursday): it says nothing. When the claim
   * gives the cause in the writer's own words (no one blames), a passage sentence that names the
   * claim's person or body and gives another cause of the same effect on no other weekday disagrees
   * ("Rud's team said a brake failure caused his crash on Thursday").
   *
   * @param articleDate the article's day, or null
   * @param published the passage's day of publication, or null
   */
  public static Optional<Finding> check(
      String claim, String passage, LocalDate articleDate, LocalDate published) {
    Optional<Causes.Cause> cc = Causes.find(claim);
    if (cc.isEmpty()) {
      return Optional.empty();
    }
    if (articleDate != null && published != null) {
      for (TimeExpression t : TimeExtractor.extract(claim, articleDate)) {
        LocalDate day = t.kind() == TimeExpression.Kind.DATE ? day(t) : null;
        if (day != null && published.isBefore(day)) {
          return Optional.empty(); // the passage was written before the claim's event
        }
      }
    }
    Set<String> cause = Causes.stems(cc.get().cause());
    if (cause.isEmpty()) {
      return Optional.empty();
    }
    Set<String> context = new TreeSet<>(Causes.stems(claim));
    context.removeAll(cause);
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      if (rulesOut(cause, context, sentence)) {
        return Optional.of(
            new Finding(
                QuantityCheck.DISPUTE,
                "note",
                "The evidence rules out the claim's cause, "
                    + cc.get().cause()
                    + " (\""
                    + sentence.strip()
                    + "\")"));
      }
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      Optional<Causes.Cause> pc = Causes.find(sentence);
      if (pc.isEmpty() || !shares(context, Causes.stems(sentence))) {
        continue;
      }
      Set<String> given = Causes.stems(pc.get().cause());
      boolean bySpeaker =
          !shares(cause, given) && otherCauseBySpeaker(claim, cc.get(), sentence, pc.get());
      if (bySpeaker
          || (!shares(cause, given)
              && writersOwn(claim)
              && otherCauseOfSameEvent(claim, cc.get(), sentence, pc.get()))) {
        return Optional.of(
            new Finding(
                NAME,
                "disagrees",
                "The claim gives "
                    + cc.get().cause()
                    + " as the cause, but the evidence "
                    + (bySpeaker ? "has the same speaker give " : "gives ")
                    + pc.get().cause()
                    + " (\""
                    + sentence.strip()
                    + "\")."));
      }
      if (!shares(cause, given)
          && !writersOwn(claim)
          && !bySpeaker
          && otherSourcesCause(claim, cc.get(), sentence, pc.get())) {
        return Optional.of(
            new Finding(
                QuantityCheck.DISPUTE,
                "note",
                "The claim's source gives "
                    + cc.get().cause()
                    + " as the cause, but the evidence has another source give "
                    + pc.get().cause()
                    + " (\""
                    + sentence.strip()
                    + "\")"));
      }
      if (shares(cause, given)
          && shares(Causes.stems(cc.get().effect()), Causes.stems(pc.get().effect()))) {
        return Optional.of(
            new Finding(
                NAME,
                "agrees",
                "The evidence also gives "
                    + pc.get().cause()
                    + " as the cause of "
                    + pc.get().effect()
                    + "."));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a sentence rules out the cause: the words it negates share half the cause's stems (at
   * least one), or its kind. "Not C" and "C played no part" set the cause against an effect, so the
   * sentence must share a word of the claim's context ({@code context}: the claim's stems but the
   * cause's), as a sentence that gives a cause must; a record of no C ("detected no earthquake")
   * need not. A negated ruling out ("have not ruled out a leak") is none.
   */
  static boolean rulesOut(Set<String> cause, Set<String> context, String sentence) {
    boolean inContext = shares(context, Causes.stems(sentence));
    for (Pattern p : List.of(NOT, NO_PART, NONE_FOUND)) {
      if (p != NONE_FOUND && !inContext) {
        continue;
      }
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        if (p != NOT && Negation.endsNegated(sentence.substring(0, m.start()), 4)) {
          continue;
        }
        Set<String> negated = Causes.stems(m.group("w"));
        long shared = negated.stream().filter(cause::contains).count();
        boolean sameKind =
            negated.stream().anyMatch(w -> CauseWords.isClass(w) && cause.contains(w));
        if (sameKind || shared > 0 && shared * 2 >= Math.min(cause.size(), negated.size())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Who gives the cause: "X blamed ...", "X put ... down to", "..., X said". */
  private static final Pattern SPEAKER =
      Pattern.compile(
          "^(?<s>.+?)\\s+(?:blam|put|attribut|ascrib)\\p{L}*\\s|,\\s*(?<t>[^,]+?)\\s+(?:said|says"
              + "|found|concluded|argued|claimed)\\.?$");

  /** A cause marked as the only or the real one, or set against another ("not drainage"). */
  private static final Pattern SOLE =
      Pattern.compile(
          "\\b(?:real|main|only|sole|chief|true)\\s+(?:cause|reason|trigger)\\b|,\\s*not\\s+",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the passage sentence has the claim's speaker (all the words of its name) give another
   * cause of the same effect, as the real or only one or set against another: "the union said foxes
   * were the real cause of the decline" against "the union blamed the decline on wind turbines".
   */
  static boolean otherCauseBySpeaker(
      String claim, Causes.Cause cc, String sentence, Causes.Cause pc) {
    Matcher m = SPEAKER.matcher(claim.strip());
    if (!m.find()) {
      return false;
    }
    String speaker = m.group("s") != null ? m.group("s") : m.group("t");
    Set<String> who = Causes.stems(speaker);
    Set<String> in = Causes.stems(sentence);
    return !who.isEmpty()
        && in.containsAll(who)
        && shares(Causes.stems(cc.effect()), Causes.stems(pc.effect()))
        && SOLE.matcher(sentence).find();
  }

  /**
   * Whether the passage sentence has someone other than the claim's speaker give another cause of
   * the same effect: "the building inspector said poor maintenance had caused the collapse" against
   * "the operator blamed the collapse on faulty beams". The claim's speaker did say it, but the
   * cause itself is disputed. The effects must share their head noun, the sentence must name every
   * name of the claim (there are often none: "the hall's operator") and date it to no other
   * weekday, and its speaker, when it names one, must share no word with the claim's.
   */
  static boolean otherSourcesCause(
      String claim, Causes.Cause cc, String sentence, Causes.Cause pc) {
    String head = head(cc.effect());
    if (head == null
        || List.of(pc.effect().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).stream()
            .noneMatch(w -> w.startsWith(head))) {
      return false;
    }
    Matcher m = SPEAKER.matcher(claim.strip());
    Set<String> who =
        m.find() ? Causes.stems(m.group("s") != null ? m.group("s") : m.group("t")) : Set.of();
    Matcher p = SPEAKER.matcher(sentence.strip());
    if (p.find()) {
      Set<String> theirs = Causes.stems(p.group("s") != null ? p.group("s") : p.group("t"));
      if (shares(who, theirs)) {
        return false; // the same speaker: otherCauseBySpeaker's
      }
    } else if (!who.isEmpty() && Causes.stems(sentence).containsAll(who)) {
      return false;
    }
    List<String> names = new java.util.ArrayList<>();
    Matcher first = FIRST_WORD.matcher(claim);
    if (first.lookingAt()
        && !NOT_HEAD.contains(first.group(1).toLowerCase(java.util.Locale.ROOT))) {
      names.add(first.group(1)); // "Nordlink blamed ...": a name at the start
    }
    Matcher n = NAMED.matcher(claim);
    while (n.find()) {
      names.add(n.group());
    }
    for (String name : names) {
      String bare = name.replaceAll("['’]s$", "");
      if (!CalendarWords.isWeekdayWord(bare)
          && !CalendarWords.isMonthWord(bare)
          && !sentence.contains(bare)) {
        return false;
      }
    }
    Set<String> cd = days(claim);
    Set<String> pd = days(sentence);
    return cd.isEmpty() || pd.isEmpty() || cd.equals(pd);
  }

  /** Whether the claim gives a cause in the writer's own words ("after a crash caused by C"). */
  public static boolean writersCause(String claim) {
    return Causes.find(claim).isPresent() && writersOwn(claim);
  }

  /**
   * Whether a sentence of the passage gives a cause of something, or names the claim's cause ("when
   * its front tyre burst" for the claim's "caused by a puncture").
   */
  public static boolean givesACause(String claim, String passage) {
    Set<String> cause = Causes.find(claim).map(c -> Causes.stems(c.cause())).orElse(Set.of());
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      if (Causes.find(sentence).isPresent() || shares(cause, Causes.stems(sentence))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the claim gives its cause in the writer's words: no one blames, says or finds it. */
  static boolean writersOwn(String claim) {
    return !SPEAKER.matcher(claim.strip()).find() && !ATTRIBUTED.matcher(claim).find();
  }

  /** "according to", "said", "blamed": a cause someone gives. */
  private static final Pattern ATTRIBUTED =
      Pattern.compile(
          "(?i)\\b(?:according\\s+to|said|says|told|claimed|claims|blam\\p{L}*|believ\\p{L}*"
              + "|suspect\\p{L}*|think|thinks|thought)\\b");

  /** The first word of a text, when capitalised. */
  private static final Pattern FIRST_WORD = Pattern.compile("\\s*(\\p{Lu}[\\p{L}-]+)");

  /** A capitalised word not at the start of a text: "Rud" of "Defending champion Ola Rud". */
  private static final Pattern NAMED = Pattern.compile("(?<=[\\s(])\\p{Lu}[\\p{L}-]+");

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /**
   * Whether the passage sentence gives a cause of the claim's event: it names a name of the claim
   * (not a weekday or a month), the passage's effect holds the head noun of the claim's ("crash" of
   * "a crash"), and it dates it to no other weekday.
   */
  static boolean otherCauseOfSameEvent(
      String claim, Causes.Cause cc, String sentence, Causes.Cause pc) {
    // the effect's head: its first noun ("the worst delays on the network"), or its last word
    // when a participle ties the cause to it ("retired on Thursday after a crash caused by")
    Set<String> heads = new TreeSet<>();
    String first = head(cc.effect());
    if (first != null) {
      heads.add(first);
    }
    String[] words = cc.effect().strip().split("[^\\p{L}]+");
    String last = words.length == 0 ? null : head(words[words.length - 1]);
    if (last != null) {
      heads.add(last);
    }
    List<String> theirs =
        List.of(pc.effect().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"));
    if (heads.stream().noneMatch(h -> theirs.stream().anyMatch(w -> w.startsWith(h)))) {
      return false; // "the worst delays" is not "cancelled night tram services"
    }
    Set<String> names = new TreeSet<>();
    Matcher m = NAMED.matcher(claim);
    while (m.find()) {
      if (!CalendarWords.isWeekdayWord(m.group()) && !CalendarWords.isMonthWord(m.group())) {
        names.add(m.group().replaceAll("['’]s$", ""));
      }
    }
    boolean named = false;
    Matcher n = Pattern.compile("\\p{Lu}[\\p{L}-]+").matcher(sentence);
    while (n.find()) {
      named |= names.contains(n.group().replaceAll("['’]s$", ""));
    }
    Set<String> cd = days(claim);
    Set<String> pd = days(sentence);
    return named && (cd.isEmpty() || pd.isEmpty() || cd.equals(pd));
  }

  /** Words before an effect's head noun: "the worst delays", "his crash", "a sudden fall". */
  private static final Set<String> NOT_HEAD =
      Set.of(
          "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
          "first", "last", "new", "sudden", "major", "minor", "serious", "big", "small", "fatal",
          "heavy", "long", "short", "recent", "latest", "early", "late", "second", "third");

  /**
   * The first five letters of an effect's head noun (its first lower-case word that is no
   * determiner, adjective of degree or superlative): "crash" of "a crash", "delay" of "the worst
   * delays on the network"; null when there is none.
   */
  static String head(String effect) {
    for (String w : effect.split("[^\\p{L}'’]+")) {
      if (w.isEmpty() || Character.isUpperCase(w.charAt(0)) || w.contains("'") || w.contains("’")) {
        continue;
      }
      String lw = w.toLowerCase(java.util.Locale.ROOT);
      if (NOT_HEAD.contains(lw) || lw.endsWith("est") || lw.length() < 3) {
        continue;
      }
      return lw.substring(0, Math.min(5, lw.length()));
    }
    return null;
  }

  private static Set<String> days(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static LocalDate day(TimeExpression t) {
    try {
      return t.resolved() == null ? null : LocalDate.parse(t.resolved());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static boolean shares(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }
}
