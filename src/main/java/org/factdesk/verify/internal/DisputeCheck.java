package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.Finds;
import org.factdesk.internal.Prefilter;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.AttributionExtractor;
import org.factdesk.nlp.Tagger;
import org.factdesk.report.Finding;

/**
 * Disputes phrased before what they dispute: "prosecutors disputed Orr's claim that he lost 3
 * million euros", "the city rejected the claim that ...", "X denied that ...", "contested the
 * figure of 4,000", "called the office's claim that 80% of teachers were at work false". When the
 * disputed words are the claim's (at least half its content words, and its figure when it has one)
 * the passage gives a {@link QuantityCheck#DISPUTE} note: both sides at once, so "X said Y" stays
 * CONFLICTING. A claim that itself reports a denial or a dispute ("X denied that he took money") is
 * confirmed, not disputed, by the same words. A claimed record that the passage says was none is
 * {@link RecordDenied}'s.
 */
public final class DisputeCheck {
  private static final String VERB =
      "(?:disput(?:e|es|ed)|contest(?:s|ed)?|reject(?:s|ed)?|den(?:y|ies|ied)|dismiss(?:es|ed)?"
          + "|challeng(?:e|es|ed)|questioned)";
  private static final String CLAIM_NOUN =
      "(?:claims?|assertions?|allegations?|statements?|suggestions?|figures?|estimates?)";

  /** "disputed Moor's claim that C", "rejected the figure of C", "denied that C". */
  private static final Pattern DISPUTED =
      Pattern.compile(
          "\\b"
              + VERB
              + "\\s+(?:(?:[\\p{L}'’-]+\\s+){0,3}?"
              + CLAIM_NOUN
              + "\\s+(?:that|of)\\s+|that\\s+)(?<c>[^;]+)",
          Pattern.CASE_INSENSITIVE);

  /** "called the office's claim that C false". */
  private static final Pattern CALLED_FALSE =
      Pattern.compile(
          "\\bcall(?:s|ed)?\\s+(?:[\\p{L}'’-]+\\s+){0,3}?"
              + CLAIM_NOUN
              + "\\s+(?:that\\s+)?(?<c>.+?)\\s+(?:false|untrue|wrong|baseless|misleading"
              + "|exaggerated|a lie)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CLAIM_DISPUTES =
      Pattern.compile("\\b" + VERB + "\\b|\\bcall(?:s|ed)? .* false\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Words that set a figure against another one: "31 animals died, not 9", "rather than 9", "put
   * the number at 800 instead", "well below the 6,100 the club has claimed" (group {@code
   * claimed}), "far fewer than claimed", "disputed the company's estimate, saying about 40,000".
   * Group {@code not} holds the figure set aside, when the sentence names it.
   */
  static final Pattern COUNTER =
      Pattern.compile(
          "(?:,\\s*not|\\brather than)\\s+(?<not>\\d[\\d.,]*)\\b|\\binstead\\b(?! of)"
              + "|\\b(?:below|above|short of|against|far from)\\s+the\\s+(?<claimed>\\d[\\d.,]*)\\s+"
              + "(?:that\\s+)?(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){1,3}?(?:has\\s+|had\\s+|have\\s+)?"
              + "(?:claimed|reported|stated|announced|given|published)\\b"
              + "|\\bthan (?:(?:was|were|had been|has been|it|they|he|she|the [\\p{L}'’-]+)\\s+)?"
              + "(?:claimed|reported|stated|announced|suggested|estimated|said)\\b"
              + "|\\b"
              + VERB
              + "\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:"
              + CLAIM_NOUN
              + "|counts?|numbers?|tall(?:y|ies))\\s*(?:,\\s*(?:saying|adding|arguing)|and (?:said|put))\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words of which {@link #COUNTER} needs one: "not", "than", "instead", a verb of {@link #VERB} or
   * a verb of reporting (case-insensitive in ASCII only, so the lower-case text holds one wherever
   * it matches; see {@link Prefilter}).
   */
  private static final String[] COUNTER_WORDS = {
    "not",
    "than",
    "instead",
    "disput",
    "contest",
    "reject",
    "deny",
    "denie",
    "dismiss",
    "challeng",
    "questioned",
    "claimed",
    "reported",
    "stated",
    "announced",
    "given",
    "published"
  };

  /** Whether {@link #COUNTER} may match {@code sentence}. */
  static boolean mayCounter(String sentence) {
    return Prefilter.containsAny(sentence.toLowerCase(Locale.ROOT), COUNTER_WORDS);
  }

  /** What a speaker gave that another may dispute: "the coach's claim", "the agency's account". */
  private static final String ACCOUNT =
      "(?:claims?|accounts?|explanations?|versions?|figures?|estimates?|findings?|reports?"
          + "|statements?|assessments?|numbers?)";

  /** "rejected the coach's claim", "disputed the road agency's account": whose account (who). */
  private static final Pattern ACCOUNT_DISPUTED =
      Pattern.compile(
          "\\b"
              + VERB
              + "\\s+(?:the\\s+)?(?<who>(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)(?:['’]s|s['’])\\s+"
              + "(?:[\\p{L}-]+\\s+)?"
              + ACCOUNT
              + "\\b",
          Pattern.CASE_INSENSITIVE);

  /** "the office's figure was far too high", "the agency's account is wrong": whose (who). */
  private static final Pattern ACCOUNT_WRONG =
      Pattern.compile(
          "\\b(?<who>[\\p{L}-]+)(?:['’]s|s['’])\\s+"
              + ACCOUNT
              + "\\s+(?:was|were|is|are|had been|has been)\\s+(?:(?:far|much|way|simply|plainly|greatly)"
              + "\\s+)?(?:too\\s+(?:high|low)|wrong|false|untrue|mistaken|exaggerated|inflated"
              + "|overstated|understated|incorrect)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The (up to two) words right after a leading figure. */
  private static final Pattern COUNTED =
      Pattern.compile("^[\\d.,]+\\s+((?:[\\p{L}'’-]+\\s*){1,2})");

  private DisputeCheck() {}

  /** A dispute note when a passage sentence disputes the claim's words, if any. */
  public static Optional<Finding> check(String claim, String passage) {
    Optional<Finding> record = RecordDenied.check(claim, passage);
    if (record.isPresent()) {
      return record;
    }
    if (Finds.in(CLAIM_DISPUTES, claim)) {
      return Optional.empty();
    }
    String said = content(claim);
    Set<String> cw = StatementCheck.words(said);
    List<Double> figures = TextSignals.numbersIn(said);
    if (cw.isEmpty()) {
      return Optional.empty();
    }
    String speaker = speaker(claim);
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      Optional<String> rejected = accountRejected(speaker, cw, sentence);
      if (rejected.isPresent()) {
        return Optional.of(
            new Finding(
                QuantityCheck.DISPUTE,
                "note",
                "The evidence disputes "
                    + rejected.get()
                    + ", the claim's source (\""
                    + sentence.strip()
                    + "\")"));
      }
      if (countered(figures, cw, sentence)) {
        return Optional.of(
            new Finding(
                QuantityCheck.DISPUTE,
                "note",
                "The evidence sets another figure against the claim's (\""
                    + sentence.strip()
                    + "\")"));
      }
      for (Pattern p : List.of(CALLED_FALSE, DISPUTED)) {
        if (!Finds.in(p, sentence)) {
          continue;
        }
        Matcher m = p.matcher(sentence);
        if (!m.find()) {
          continue;
        }
        String disputed = m.group("c");
        List<Double> df = TextSignals.numbersIn(disputed);
        boolean figureOnly = disputed.strip().matches("^[\\d.,]+\\b.*") && !figures.isEmpty();
        boolean sameFigure =
            !figures.isEmpty()
                && !df.isEmpty()
                && figures.stream().anyMatch(f -> TextSignals.sameFigure(f, df.get(0)));
        if (!figures.isEmpty() && !sameFigure) {
          continue;
        }
        Set<String> dw = StatementCheck.words(disputed);
        long shared = cw.stream().filter(dw::contains).count();
        if (figureOnly && shared == 0 && countsSomething(disputed)) {
          continue; // "the figure of 4,000 strikers" is not "4,000 homes"
        }
        if (!(figureOnly && sameFigure) && (shared == 0 || shared * 2 < cw.size())) {
          continue;
        }
        return Optional.of(
            new Finding(
                QuantityCheck.DISPUTE,
                "note",
                "The evidence disputes what the claim says (\"" + sentence.strip() + "\")"));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a passage sentence about the claim's thing (half its content words) sets another figure
   * against one ({@link #COUNTER}): the claim's figure is the one set aside ("not 9"), or not among
   * the sentence's figures at all. The sentence that gives the claim's figure as its own ("31 died,
   * not 9" for "31 died") does not dispute it.
   */
  static boolean countered(List<Double> figures, Set<String> cw, String sentence) {
    if (figures.isEmpty()) {
      return false;
    }
    if (Prefilter.enabled() && !mayCounter(sentence)) {
      return false;
    }
    Matcher m = COUNTER.matcher(sentence);
    if (!m.find()) {
      return false;
    }
    List<Double> sf = TextSignals.numbersIn(DATE_NUMBER.matcher(sentence).replaceAll(" "));
    if (sf.isEmpty()) {
      return false;
    }
    Set<String> sw = StatementCheck.words(sentence);
    long shared = cw.stream().filter(sw::contains).count();
    if (shared == 0 || shared * 2 < cw.size()) {
      return false;
    }
    if (m.group("claimed") != null) {
      // "well below the 6,100 the club has claimed": the claim's figure is the one set aside
      List<Double> set = TextSignals.numbersIn(m.group("claimed"));
      return !set.isEmpty()
          && figures.stream().anyMatch(f -> TextSignals.sameFigure(f, set.get(0)));
    }
    if (m.group("not") != null) {
      List<Double> set = TextSignals.numbersIn(m.group("not"));
      return !set.isEmpty() && figures.stream().anyMatch(f -> TextSignals.sameFigure(f, set.get(0)))
          || figures.stream()
              .noneMatch(f -> sf.stream().anyMatch(x -> TextSignals.sameFigure(f, x)));
    }
    return figures.stream().noneMatch(f -> sf.stream().anyMatch(x -> TextSignals.sameFigure(f, x)));
  }

  /**
   * A passage sentence that rejects what the claim's source said ("the rink's operator rejected the
   * coach's claim", "the guild said the environment office's figure was far too high") and is about
   * the claim's matter (shares a content word of what the claim says, beyond the speaker's name):
   * the words of whose account it disputes, when the claim's source is that speaker.
   */
  static Optional<String> accountRejected(String speaker, Set<String> said, String sentence) {
    if (speaker == null) {
      return Optional.empty();
    }
    for (Pattern p : List.of(ACCOUNT_DISPUTED, ACCOUNT_WRONG)) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        if (EXPLICIT.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
          continue; // "disputed Moor's claim that he lost 4 million": DISPUTED reads what
        }
        if (rejectsOtherWords(said, sentence.substring(m.end()))) {
          continue; // "rejected the institute's account, saying A, not B": B is another account
        }
        String who = m.group("who").toLowerCase(Locale.ROOT);
        String head = who.substring(who.lastIndexOf(' ') + 1);
        Set<String> speakerWords = Set.of(speaker.split("[^\\p{L}-]+"));
        // "the organisers' account" reads as the organiser + s'
        if (!speakerWords.contains(head) && !speakerWords.contains(head + "s")) {
          continue;
        }
        Set<String> sw = StatementCheck.words(sentence);
        Set<String> own = StatementCheck.words(speaker);
        if (said.stream().anyMatch(w -> sw.contains(w) && !own.contains(w))) {
          return Optional.of("the " + who + "'s account");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "..., not B", "rather than B", "instead of B" after a rejected account: B names the account
   * rejected. When B holds fewer than half of its content words among what the claim says, the
   * sentence rejects another account of the same source ("saying warm water, not imported
   * seedlings, spread the blight" rejects what the source said of the blight's origin, not what it
   * said of its harm to people).
   */
  static boolean rejectsOtherWords(Set<String> said, String after) {
    Matcher b = SET_ASIDE.matcher(after);
    if (!b.find()) {
      return false;
    }
    Set<String> words = StatementCheck.words(b.group("b"));
    if (words.isEmpty()) {
      return false;
    }
    long shared = words.stream().filter(said::contains).count();
    return shared * 2 < words.size();
  }

  /** What a rejection sets aside: ", not B", "rather than B", "instead of B" (group b). */
  private static final Pattern SET_ASIDE =
      Pattern.compile(
          "(?:,\\s*not|\\brather\\s+than|\\binstead\\s+of)\\s+(?<b>[^,;.]+)",
          Pattern.CASE_INSENSITIVE);

  /** What follows an account that says what it was: "claim that ...", "figure of 4,000". */
  private static final Pattern EXPLICIT = Pattern.compile("\\s+(?:that|of)\\b");

  /** The lower-case source of the claim's attribution ("head coach pekka lind"), or null. */
  private static String speaker(String claim) {
    return SPEAKERS.get(claim).orElse(null);
  }

  /** Speakers of lately checked claims: a claim is checked against each of its passages. */
  private static final TextMemo<String, Optional<String>> SPEAKERS =
      new TextMemo<>(
          "claim speakers", 1_024, String::length, c -> Optional.ofNullable(speakerAnew(c)));

  private static String speakerAnew(String claim) {
    for (Attribution a : AttributionExtractor.extract(claim, Tagger.shared().tag(claim))) {
      return a.source().toLowerCase(Locale.ROOT);
    }
    Matcher m = BLAMER.matcher(claim);
    return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /**
   * Who gives a cause at the start of a claim ("Organisers blamed the delay on ...", "The nurses'
   * union attributed the cancellations to ..."): the source whose account another may dispute.
   */
  private static final Pattern BLAMER =
      Pattern.compile(
          "\\s*((?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+)\\s+(?:blamed|blames|attributed|attributes"
              + "|put|puts)\\s+\\S.*?\\s+(?:on|to|down to)\\s+\\S");

  /**
   * Numbers of a date, not figures: a year ("in 2027"), a day of a month ("on 3 March", "March 3";
   * {@link EventCheck#DAY_DATE}).
   */
  private static final Pattern DATE_NUMBER =
      Pattern.compile("\\b(?:19|20)\\d\\d\\b|" + EventCheck.DAY_DATE.pattern());

  /** Whether a disputed figure names what it counts ("4,000 strikers", not "4,000, saying"). */
  private static boolean countsSomething(String disputed) {
    Matcher m = COUNTED.matcher(disputed.strip());
    return m.find() && !StatementCheck.words(m.group(1)).isEmpty();
  }

  /** What a claim says, without its "X said" (the whole claim when it attributes nothing). */
  static String content(String claim) {
    return CONTENT.get(claim);
  }

  /** What lately checked claims say: each claim is read once per passage. */
  private static final TextMemo<String, String> CONTENT =
      new TextMemo<>("said content", 1_024, String::length, DisputeCheck::contentAnew);

  private static String contentAnew(String claim) {
    for (Attribution a : AttributionExtractor.extract(claim, Tagger.shared().tag(claim))) {
      if (!a.content().isBlank() && !a.verb().equalsIgnoreCase("according to")) {
        return a.content();
      }
    }
    return claim;
  }
}
