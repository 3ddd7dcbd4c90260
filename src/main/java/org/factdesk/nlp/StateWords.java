package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;

/**
 * States and outcomes that have an opposite: open / closed, resumed / suspended, lifted / in place,
 * released / detained, won / lost, approved / rejected, resigned / in office. "The road remains
 * closed" has the term "closed" (a continuing {@link Kind#STATE}); "the road reopened on Monday"
 * the term "open" (a {@link Kind#CHANGE}); "the council rejected the licence" a {@link
 * Kind#DECISION}. A negation flips the term ("refused to resign" is in office, "no longer in place"
 * is lifted). Terms of a plan or a purpose ("will reopen", "a motion to suspend") are left out:
 * they say nothing of the state now, and neither do negated ones ("won't reopen").
 */
public final class StateWords {
  /** How a term says the state holds. */
  public enum Kind {
    /** The state holds (and has for some time): "remains closed", "in custody", "is open". */
    STATE,
    /** The state began then: "reopened on Monday", "was detained", "has been lifted". */
    CHANGE,
    /** A one-off outcome: "won its appeal", "rejected the licence". */
    DECISION
  }

  /**
   * One term.
   *
   * @param state the state it says (one of {@link #opposite}'s keys)
   * @param kind how it says it
   * @param start where its words start in the sentence
   * @param end where they end
   */
  public record Term(String state, Kind kind, int start, int end) {
    public Term {
      if (!OPPOSITE.containsKey(state)) {
        throw new IllegalArgumentException("unknown state '" + state + "'");
      }
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("span must satisfy 0 <= start < end, got " + start);
      }
    }

    /** The opposite state. */
    public String opposite() {
      return OPPOSITE.get(state);
    }
  }

  private static final Map<String, String> OPPOSITE =
      Map.ofEntries(
          Map.entry("open", "closed"),
          Map.entry("closed", "open"),
          Map.entry("resumed", "suspended"),
          Map.entry("suspended", "resumed"),
          Map.entry("lifted", "imposed"),
          Map.entry("imposed", "lifted"),
          Map.entry("released", "detained"),
          Map.entry("detained", "released"),
          Map.entry("won", "lost"),
          Map.entry("lost", "won"),
          Map.entry("approved", "rejected"),
          Map.entry("rejected", "approved"),
          Map.entry("resigned", "in office"),
          Map.entry("in office", "resigned"),
          Map.entry("cancelled", "held"),
          Map.entry("postponed", "held"),
          Map.entry("held", "cancelled"));

  /**
   * Outcomes of a planned event of which at most one holds: called off, put off to a later date, or
   * held (as planned). Any two of them rule each other out, as a state and its opposite do.
   */
  private static final Set<String> ONE_OUTCOME = Set.of("cancelled", "postponed", "held");

  /**
   * Objects that make "opened" or "closed" no state of a place: "opened an investigation", "closed
   * the case", "a closed-door meeting".
   */
  private static final String NOT_A_STATE =
      "(?!-door|(?: (?:an?|the|its|their|his|her|new|fresh|formal|criminal|peace))*"
          + " (?:investigations?|inquir(?:y|ies)|probes?|cases?|talks|accounts?|fire)\\b)";

  /** A vote, perhaps with its count: "voted", "voted 31 to 14", "voted unanimously". */
  private static final String VOTED = "vot(?:es|ed) (?:\\d+ ?(?:to|-|–) ?\\d+ |unanimously )?";

  /** Term patterns per state; a group named {@code s} marks a state phrase (never a change). */
  private static final List<Map.Entry<String, Pattern>> TERMS =
      List.of(
          term(
              "open",
              "(?:reopen(?:s|ed|ing)?|(?<=(?:remains?|remained|stays?|stayed|is|are|still|back|fully) )open"
                  + "|opened)"
                  + NOT_A_STATE),
          term("closed", "(?:closed|closes|shut(?:s)?(?: down)?|blocked)" + NOT_A_STATE),
          term("resumed", "resum(?:e|es|ed)|restart(?:s|ed)?"),
          term("suspended", "suspend(?:s|ed)?|halt(?:s|ed)"),
          term("lifted", "lifted"),
          term("imposed", "(?:re)?impos(?:e|es|ed)|(?<s>in place|in force)"),
          term("released", "releas(?:e|es|ed) (?=from|on bail|without)|freed|set free"),
          term(
              "detained",
              "detain(?:s|ed)?|arrest(?:s|ed)?|jailed|remanded|(?<s>in custody|in detention)"),
          term("won", "won(?!['’]t)|wins"),
          term("lost", "lost|loses"),
          term(
              "approved",
              "approv(?:e|es|ed)|granted|(?<![-‐])backed(?! (?:down|off|away|out)\\b)|endorsed|"
                  + VOTED
                  + "(?:for|in favou?r of)"),
          term(
              "rejected",
              "reject(?:s|ed)?(?! (?:\\S+ ){0,2}(?:claims?|allegations?|accusations?|figures?|"
                  + "suggestions?|reports?|charges?)\\b)|turn(?:s|ed) down|vot(?:es|ed) down|"
                  + VOTED
                  + "against"),
          term(
              "resigned",
              "resign(?:s|ed)?|stepp?(?:ed|s)? down|quit(?:s)?"
                  + "|(?:left|leaves|quits?) (?:his|her|their|the) (?:post|job|role)"),
          term(
              "in office",
              "(?<s>in office|(?<=(?:remains?|remained|stays?|stayed|still) )(?:a member|in (?:post|charge))"
                  + "|stay(?:s|ed)? on"
                  // a contract extended or renewed: the holder stays
                  + "|(?:extend|renew)(?:s|ed)?(?= (?:\\S+ ){0,4}?contract\\b)"
                  + "|(?<=\\bcontract\\b.{0,60})(?:extended|renewed)"
                  + "|(?:signed|agreed) a new contract)"),
          term("cancelled", "cancel(?:s|led|ed)|call(?:s|ed)? off|scrap(?:s|ped)|axed"),
          term(
              "postponed",
              "postpon(?:e|es|ed)|put off|pushed back|deferred|rescheduled"
                  + "|delayed (?=until|till|to (?:next|a later|\\p{Lu}))"),
          term(
              "held",
              "went ahead|goes ahead|took place|takes place" + "|as (?:planned|scheduled)"));

  /** A verb in the past before "as planned": "opened on Monday as planned" (not "will open"). */
  private static final Pattern DONE_BEFORE =
      Pattern.compile("\\b(?:\\p{L}+ed|went|took|began|ran|held|met)\\b(?:\\s+\\S+){0,3}\\s+$");

  private static final Pattern NEGATION =
      Pattern.compile(Negation.BEFORE_VERB + "\\s+(?:\\p{L}+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);

  /** Words just before a term that make it a plan or a purpose ("will reopen", "motion to"). */
  private static final Pattern NOT_NOW =
      Pattern.compile(
          "\\b(?:will|would|could|may|might|should|to|plans? to|wants? to|hopes? to|expected to)"
              + "\\s+(?:be\\s+)?(?:\\p{L}+ly\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern STAYS =
      Pattern.compile(
          "\\b(?:remains?|remained|stays?|stayed|still|continues? to be|(?<!was |were )is|are)"
              + "\\s+(?:\\p{L}+ly\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> DECISIONS =
      Set.of("won", "lost", "approved", "rejected", "cancelled", "postponed", "held");

  private StateWords() {}

  private static Map.Entry<String, Pattern> term(String state, String regex) {
    return Map.entry(state, Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE));
  }

  /**
   * Whether two states rule each other out: a state and its opposite, or two outcomes of a planned
   * event ("cancelled" and "postponed", "postponed" and "held as planned").
   */
  public static boolean incompatible(String a, String b) {
    return !a.equals(b)
        && (b.equals(OPPOSITE.get(a))
            || a.equals(OPPOSITE.get(b))
            || ONE_OUTCOME.contains(a) && ONE_OUTCOME.contains(b));
  }

  /** The opposite of {@code state}, or null when it has none. */
  public static String opposite(String state) {
    return OPPOSITE.get(state);
  }

  /** The terms of one sentence, in order. */
  public static List<Term> find(String sentence) {
    return FOUND.get(sentence);
  }

  /**
   * Terms of lately read texts: the state check reads a claim once per passage, and a passage again
   * when reports of a changed state are set aside.
   */
  private static final TextMemo<String, List<Term>> FOUND =
      new TextMemo<>("state terms", 4_096, String::length, StateWords::findAnew);

  private static List<Term> findAnew(String sentence) {
    List<Term> out = new ArrayList<>();
    for (Map.Entry<String, Pattern> e : TERMS) {
      Matcher m = e.getValue().matcher(sentence);
      while (m.find()) {
        if (out.stream().anyMatch(t -> t.start() < m.end() && m.start() < t.end())) {
          continue;
        }
        String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
        if (m.group().regionMatches(true, 0, "as ", 0, 3) && !DONE_BEFORE.matcher(before).find()) {
          continue; // "will go ahead as planned": a plan, no outcome yet
        }
        if (Negation.negatedFuture(before)) {
          continue; // "won't reopen": a negated plan, no state now
        }
        boolean negated = NEGATION.matcher(before).find();
        if (!negated && NOT_NOW.matcher(before).find() && !STAYS.matcher(before).find()) {
          continue;
        }
        String state = negated ? OPPOSITE.get(e.getKey()) : e.getKey();
        boolean decision = DECISIONS.contains(e.getKey());
        boolean phrase = hasState(m);
        Kind kind =
            decision
                ? Kind.DECISION
                : negated || phrase || STAYS.matcher(before).find() || since(sentence, m.end())
                    ? Kind.STATE
                    : Kind.CHANGE;
        out.add(new Term(state, kind, m.start(), m.end()));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(out);
  }

  private static boolean hasState(Matcher m) {
    try {
      return m.group("s") != null;
    } catch (IllegalArgumentException e) {
      return false; // this term's pattern has no state phrase
    }
  }

  /** "closed since October": a state that has held since then. */
  private static boolean since(String sentence, int end) {
    String after = sentence.substring(end).toLowerCase(Locale.ROOT);
    return after.startsWith(" since ") || after.startsWith(" for the rest of");
  }
}
