package org.factdesk.claims.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.claims.ClaimStructure;
import org.factdesk.nlp.Causes;
import org.factdesk.nlp.Quotes;
import org.factdesk.nlp.Reactions;
import org.factdesk.nlp.StateWords;
import org.factdesk.nlp.TimeExpression;

/**
 * Reported events and plans that the check-worthiness models score low because they carry no
 * figure: "Construction of the town hall began in June", "Talks will resume next week", "Carrow
 * Motors will build a battery plant". A plain statement (no question, command, opinion or hedge) of
 * five words or more is one when it dates an action (a date or period and a verb other than be,
 * have or do) or announces a plan ("will", "plans to", "is to") of a subject that is not a bare
 * pronoun. A statement about a named subject (a capitalised word after the first) is one too when
 * it gives a state that has an opposite ({@link StateWords}: "Schools in Dorn remain closed", "Lena
 * Voss remains in custody", "Bus services to Velden have resumed") or someone's reaction ("Tom
 * Weiss welcomed the inquiry"; the reaction verb is then no opinion of the writer's). So is a
 * finding reported with a quantity word ("Observers reported no serious irregularities"), and so is
 * a cause ({@link Causes}: "The company blamed the collapse on a small earthquake"), and a quote
 * given to a named speaker.
 */
public final class ReportedEvents {
  private static final Pattern PLAN =
      Pattern.compile(
          "\\b(?:will|plans? to|planned to|intends? to|is to|are to|(?:is|are) (?:set|due) to"
              + "|aims? to|agreed to|promised to)\\s+(?:not\\s+)?(?:\\p{L}+ly\\s+)?\\p{Ll}{3,}",
          Pattern.CASE_INSENSITIVE);

  /**
   * A finding reported with a quantity word: "reported no serious irregularities", "found no
   * faults", "recorded only two cases", "detected several leaks".
   */
  private static final Pattern FINDING =
      Pattern.compile(
          "\\b(?:reported|found|recorded|observed|detected|noted|saw|uncovered|identified"
              + "|registered|counted)\\s+(?:no|few|only|several|many|dozens|hundreds|thousands"
              + "|fewer|more)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PRONOUN_START =
      Pattern.compile(
          "\\s*(?:it|this|that|these|those|they|we|i|you|he|she|there)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A subject named by its age ("An eight-year-old", "A 72-year-old man", "The 15-year-old
   * goalkeeper"): someone the sentence reports about, though it names no one.
   */
  private static final Pattern AGED_SUBJECT =
      Pattern.compile(
          "\\s*(?:an?|the)\\s+(?:[\\p{L}\\d]+-){1,3}years?-old\\b", Pattern.CASE_INSENSITIVE);

  /** A capitalised word after the first word of the sentence. */
  private static final Pattern NAMED = Pattern.compile("^\\S+\\s.*\\b\\p{Lu}\\p{Ll}");

  private ReportedEvents() {}

  /** True when {@code s} reports a dated event or a plan (see the class comment). */
  public static boolean reports(ClaimStructure s) {
    if (namedQuote(s)) {
      return true;
    }
    if (s.modality().question()
        || s.modality().imperative()
        || s.modality().opinionCues().stream().anyMatch(c -> !Reactions.VERB.matcher(c).matches())
        || !s.modality().hedgeCues().isEmpty()
        || s.text().strip().split("\\s+").length < 5) {
      return false;
    }
    boolean action =
        s.tokens().stream()
            .anyMatch(
                t ->
                    t.pos().equals("VERB")
                        && !t.lemma().equals("be")
                        && !t.lemma().equals("have")
                        && !t.lemma().equals("do"));
    if (!action) {
      return false;
    }
    if (namedBodyActs(s.tokens())) {
      return true; // "Harbor City lead the table", "Norsk Rail say the line reopens"
    }
    if (AGED_SUBJECT.matcher(s.text()).lookingAt()) {
      return true; // "An eight-year-old, the youngest player in the field, beat a grandmaster"
    }
    boolean dated =
        s.times().stream()
            .anyMatch(
                t ->
                    t.kind() == TimeExpression.Kind.DATE
                        || t.kind() == TimeExpression.Kind.INTERVAL);
    if (dated) {
      return true;
    }
    if (PRONOUN_START.matcher(s.text()).lookingAt()) {
      return false;
    }
    if (NAMED.matcher(s.text()).find()
        && (!StateWords.find(s.text()).isEmpty() || Reactions.VERB.matcher(s.text()).find())) {
      return true;
    }
    if (Causes.find(s.text()).isPresent()) {
      return true; // "The company blamed the collapse on a small earthquake"
    }
    if (FINDING.matcher(s.text()).find()) {
      return true; // "Observers from the Civic Watch group reported no serious irregularities"
    }
    return PLAN.matcher(s.text()).find();
  }

  /**
   * A team or a company named by two words or more at the start of the sentence and followed at
   * once by a verb in its plain present form, as British news writes a body's action ("Harbor City
   * lead the table by four points", "Norsk Rail say the line reopens on Monday", "Tolsby United
   * face Varn on Sunday"): a checkable statement of what the body does or says, which the models
   * score low for its shortness and its names. The verb must not be be, have or do (auxiliaries and
   * states).
   */
  static boolean namedBodyActs(java.util.List<org.factdesk.nlp.Token> tokens) {
    int i = 0;
    while (i < tokens.size()
        && !tokens.get(i).pos().equals("VERB")
        && !tokens.get(i).text().isEmpty()
        && Character.isUpperCase(tokens.get(i).text().charAt(0))
        && tokens.get(i).text().chars().allMatch(Character::isLetter)) {
      i++;
    }
    if (i < 2 || i >= tokens.size() - 1) {
      return false;
    }
    org.factdesk.nlp.Token verb = tokens.get(i);
    String word = verb.text().toLowerCase(java.util.Locale.ROOT);
    return verb.pos().equals("VERB")
        && word.equals(verb.lemma())
        && !BARE_AUXILIARY.contains(word)
        && Character.isLetter(tokens.get(i + 1).text().charAt(0));
  }

  private static final java.util.Set<String> BARE_AUXILIARY =
      java.util.Set.of(
          "be", "have", "do", "can", "could", "will", "would", "may", "might", "must", "shall",
          "should");

  /**
   * A quotation of four words or more that the sentence gives to a named speaker ("“We were lucky
   * nobody was hurt,” said the mayor, Petra Lund"): who said it can be checked, whatever the
   * quote's own tone (its opinion words are the speaker's). A quote given to a bare pronoun is not,
   * before it or after it ({@link Quotes#names}: "He said: “...”").
   */
  static boolean namedQuote(ClaimStructure s) {
    Matcher m = Quotes.QUOTE.matcher(s.text());
    if (!m.find() || m.group(1).strip().split("\\s+").length < 4 || s.attributions().isEmpty()) {
      return false;
    }
    // the names the quote check reads: "He said" before it gives it to no one named
    return !Quotes.names(Quotes.outside(s.text(), m)).isEmpty();
  }
}
