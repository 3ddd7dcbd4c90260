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
              + "|aims? to|agreed to|promised to)\\s+(?:not\\s+)?(?:\\p{L}+ly\\s+)?"
              // "will go on show", "will be shown at the museum": a short verb, or a passive
              + "(?:go\\b|be\\s+\\p{Ll}{2,}(?:ed|en|wn|ld|lt|ut)\\b|\\p{Ll}{3,})",
          Pattern.CASE_INSENSITIVE);

  /**
   * A record or a first: "the first woman to win the race", "the largest tusk ever found", "the
   * biggest margin in the rally's history", "the oldest find on record".
   */
  static final Pattern RECORD =
      Pattern.compile(
          "\\bthe\\s+(?:first|last|only)\\s+(?:[\\p{Ll}-]+\\s+){1,3}?to\\s+\\p{Ll}{2,}"
              + "|\\bthe\\s+(?:(?:first|second|third)[- ])?(?:\\p{Ll}{2,}est|most\\s+\\p{Ll}+|first"
              + "|last|only)\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:ever\\b|on\\s+record\\b"
              + "|since\\s+records\\s+began|in\\s+(?:its|the|their|his|her)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}"
              + "history\\b)");

  /** A placing: "finished second", "came third", "placed 12th", "was runner-up". */
  static final Pattern PLACING =
      Pattern.compile(
          "\\b(?:finished|finishes|came|comes|placed|ended|ranked|was|is)\\s+(?:a\\s+|an\\s+)?"
              + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
              + "|runner-up|\\d{1,3}(?:st|nd|rd|th))\\b(?!\\s+(?:time|of|to|and|half|day|week|year)\\b)");

  /**
   * A size measured: "measures 2.4 metres", "weighed 80 kilograms", "is 300 metres long", "is about
   * 52,000 years old".
   */
  private static final Pattern MEASURED =
      Pattern.compile(
          "\\b(?:measures|measured|weighs|weighed|spans|spanned|stretches|stretched)\\s+"
              + "(?:about\\s+|some\\s+|almost\\s+|nearly\\s+|more\\s+than\\s+|just\\s+(?:over|under)\\s+)?"
              + "[\\d\\p{Ll}]"
              + "|\\b(?:is|was|are|were)\\s+(?:about\\s+|some\\s+|almost\\s+|nearly\\s+|more\\s+than\\s+)?"
              + "\\d[\\d.,]*\\s+\\p{L}+\\s+(?:long|tall|high|deep|wide|thick|heavy|old)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A verb whose complement ("ruled on Monday that the company must pay", "said that prices should
   * fall") holds someone else's words: a modal or an opinion word after it is not the writer's.
   */
  private static final Pattern COMPLEMENT =
      Pattern.compile(
          "\\b(?:ruled|rules|decided|decides|found|finds|held|holds|concluded|concludes|declared"
              + "|declares|determined|judged|ordered|orders|said|says|told|announced|confirmed)\\b"
              + "[^,;.]{0,60}?\\bthat\\b");

  /** The words the tagger may tag AUX that are auxiliaries indeed; "won" tagged AUX is a verb. */
  private static final java.util.Set<String> AUXILIARY =
      java.util.Set.of(
          "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
          "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
          "must", "ought", "'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "get",
          "got", "gets", "need", "dare", "to");

  /**
   * A quotation given by a named subject's verb of naming: "Mayor Ove Strand called the ruling “a
   * gift to speculators”", "Hauge described the win as “the best day of my life”".
   */
  private static final Pattern NAMING =
      Pattern.compile(
          "^(?<s>.+?)\\s+(?:called|calls|described|describes|dubbed|dubs|branded|brands|labelled"
              + "|labeled|termed)\\s");

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

  /**
   * A sentence that opens on a name or a definite noun phrase: "Hauge", "Tomas Eik", "The tusk",
   * "Sandvik's ban" (not a pronoun, which {@link #PRONOUN_START} has already turned away, nor an
   * indefinite "A record").
   */
  private static final Pattern NAMED_OR_DEFINITE =
      Pattern.compile("\\s*(?:[Tt]he\\s+|(?!(?:A|An)\\s)\\p{Lu}[\\p{L}'’-]*\\s)");

  /** A capitalised word after the first word of the sentence. */
  private static final Pattern NAMED = Pattern.compile("^\\S+\\s.*\\b\\p{Lu}\\p{Ll}");

  private ReportedEvents() {}

  /** True when {@code s} reports a dated event or a plan (see the class comment). */
  public static boolean reports(ClaimStructure s) {
    if (namedQuote(s)) {
      return true;
    }
    int own = ownWordsEnd(s.text());
    if (s.modality().question()
        || s.modality().imperative()
        || s.modality().opinionCues().stream()
            .anyMatch(c -> !Reactions.VERB.matcher(c).matches() && writers(s.text(), c, own))
        || s.modality().hedgeCues().stream().anyMatch(c -> writers(s.text(), c, own))
        || s.text().strip().split("\\s+").length < 5) {
      return false;
    }
    if (NAMED_OR_DEFINITE.matcher(s.text()).lookingAt()
        && !PRONOUN_START.matcher(s.text()).lookingAt()
        && !s.quantities().isEmpty()
        && MEASURED.matcher(s.text()).find()) {
      return true; // "The tusk measures 2.4 metres", "The bridge is 300 metres long"
    }
    boolean action = s.tokens().stream().anyMatch(ReportedEvents::action);
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
    if (NAMED_OR_DEFINITE.matcher(s.text()).lookingAt()
        && (RECORD.matcher(s.text()).find() || PLACING.matcher(s.text()).find())) {
      return true; // "Hauge is the first woman to win the rally", "Tomas Eik finished second"
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

  /**
   * A verb other than be, have or do: a word tagged VERB, or one tagged AUX that is no auxiliary
   * (the tagger tags "won" in "Lena Hauge won the rally" AUX).
   */
  private static boolean action(org.factdesk.nlp.Token t) {
    String lemma = t.lemma();
    if (lemma.equals("be") || lemma.equals("have") || lemma.equals("do")) {
      return false;
    }
    if (t.pos().equals("VERB")) {
      return true;
    }
    String word = t.text().toLowerCase(java.util.Locale.ROOT);
    return t.pos().equals("AUX") && word.length() > 2 && !AUXILIARY.contains(word);
  }

  /**
   * Where the writer's own words end: at the complement of a verb of ruling or saying ("ruled on
   * Monday that"), else at the end of the text.
   */
  static int ownWordsEnd(String text) {
    Matcher m = COMPLEMENT.matcher(text);
    return m.find() ? m.end() : text.length();
  }

  /** Whether the cue {@code cue} stands in the writer's own words (before {@code own}). */
  private static boolean writers(String text, String cue, int own) {
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}])" + Pattern.quote(cue) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)
            .matcher(text);
    return !m.find() || m.start() < own;
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
    if (!m.find() || m.group(1).strip().split("\\s+").length < 4) {
      return false;
    }
    if (s.attributions().isEmpty()) {
      // "Mayor Ove Strand called the ruling “a gift to speculators”": a verb of naming whose
      // subject holds a capitalised word that is no pronoun or article
      Matcher n = NAMING.matcher(s.text().substring(0, m.start()));
      return n.find()
          && !PRONOUN_START.matcher(n.group("s")).lookingAt()
          && !Quotes.names(" " + n.group("s") + " ").isEmpty();
    }
    // the names the quote check reads: "He said" before it gives it to no one named
    return !Quotes.names(Quotes.outside(s.text(), m)).isEmpty();
  }
}
