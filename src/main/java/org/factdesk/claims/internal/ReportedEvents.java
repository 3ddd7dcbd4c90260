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
 * given to a named speaker. So are a few statements that carry no action verb or that the models
 * score low for their names (session 14): a measurable superlative with its scope ("The hall is the
 * largest indoor pool in the country", "It is the oldest prize of its kind"), a passive role or
 * agent ("The jury was chaired by the critic Hal Ostrem", "The inquiry is led by a retired judge"),
 * the state of a decision ("The jury's decision was unanimous", "The vote was 7 to 2"), a selection
 * from a count ("The judges chose the book from a shortlist of six novels"), what a named speaker
 * said in a setting ("Lunde said in her speech that ...", "Odd Berg told the hearing that ..."),
 * and an action of a person named in full ("The choir's founder, Hans Moe, accepted the trophy").
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
          "\\bthe\\s+(?:first|last|only)\\s+(?:[\\p{Ll}-]+\\s+){1,5}?to\\s+\\p{Ll}{2,}"
              + "|\\bthe\\s+(?:(?:first|second|third)[- ])?(?:\\p{Ll}{2,}est|most\\s+\\p{Ll}+|first"
              + "|last|only)\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:ever\\b|on\\s+record\\b"
              + "|since\\s+records\\s+began|in\\s+(?:its|the|their|his|her)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}"
              + "history\\b)");

  /** Superlatives of things one can measure or count (not "best" or "most beautiful"). */
  private static final String MEASURABLE =
      "(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|smallest|oldest|youngest|newest"
          + "|longest|shortest|tallest|highest|lowest|deepest|busiest|widest|heaviest|fastest"
          + "|slowest|earliest|deadliest|costliest|wettest|driest|hottest|coldest|warmest|richest"
          + "|poorest|cheapest|steepest|first|only|most\\s+(?:expensive|populous|visited|common"
          + "|successful|decorated|densely\\s+populated))";

  /**
   * A measurable superlative with its scope, said of the subject or set beside it: "is the largest
   * data centre in the country", "remains the oldest prize of its kind", ", the busiest port on the
   * coast,". The scope (in, of, on, among) is what makes it checkable.
   */
  static final Pattern SUPERLATIVE_FACT =
      Pattern.compile(
          "(?:\\b(?:is|was|are|were|remains|remained|became|becomes|has\\s+become|had\\s+become)"
              + "\\s+(?:now\\s+|still\\s+|also\\s+|already\\s+)?|,\\s*)(?:the|its|their)\\s+"
              + MEASURABLE
              + "\\b[^,;:.]{0,60}?\\b(?:in|of|on|among|at)\\s+(?:the\\s+|its\\s+|their\\s+)?"
              + "[\\p{L}\\d]");

  /**
   * A passive with its agent: "was chaired by the critic Hal Ostrem", "is led by a retired judge",
   * "was carried out by the contractor Brekk Bygg". Group {@code v} the participle; the agent is a
   * name or a noun phrase with an article or a possessive.
   */
  static final Pattern PASSIVE_AGENT =
      Pattern.compile(
          "\\b(?:is|was|are|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|is\\s+being"
              + "|was\\s+being)\\s+(?:\\p{Ll}+ly\\s+)?(?<v>\\p{Ll}{3,})(?:\\s+(?:out|up|over|off|down|on))?"
              + "\\s+by\\s+(?:(?:the|a|an|its|their|his|her)\\s+\\p{L}|\\p{Lu})");

  /**
   * The state of a decision or a vote: "the jury's decision was unanimous", "the vote was 7 to 2",
   * "the panel was split", "the council was divided 5-4".
   */
  static final Pattern DECISION_STATE =
      Pattern.compile(
          "\\b(?:decision|verdict|vote|voting|choice|ruling|ballot|jury|panel|judges|jurors"
              + "|council|board|committee|court|bench|members)\\b[^.;:]{0,60}?\\b(?:was|were|is"
              + "|are)\\s+(?:not\\s+)?(?:unanimous|split|divided|deadlocked|tied|evenly\\s+split"
              + "|\\d{1,3}\\s*(?:-|–|to)\\s*\\d{1,3}\\b|(?:one|two|three|four|five|six|seven"
              + "|eight|nine|ten|eleven|twelve)\\s+(?:votes\\s+)?to\\s+(?:nil|none|zero|one|two"
              + "|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)"
              + "|\\bunanimously\\b");

  /**
   * A choice made from a counted set: "chose the book from a shortlist of six novels", "was picked
   * out of 40 applicants", "selected her from among 12 candidates".
   */
  static final Pattern SELECTION =
      Pattern.compile(
          "\\b(?:picked|chose|chosen|selected|named|elected|appointed|shortlisted|hired|awarded)"
              + "\\b[^.;:]{0,60}?\\b(?:from|out\\s+of|among)\\s+(?:among\\s+)?(?:a\\s+|the\\s+)?"
              + "(?:(?:short)?list\\s+of\\s+|field\\s+of\\s+|pool\\s+of\\s+|total\\s+of\\s+)?"
              + "(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
              + "|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * What someone said in a setting: "said in her speech that", "told the hearing that", "told the
   * inquiry on Tuesday he had", "said at the meeting that", "wrote in a letter that". Group {@code
   * s} the speaker.
   */
  static final Pattern SPEECH_IN_SETTING =
      Pattern.compile(
          "^(?<s>[^,;:]+?|[^,;:]+,[^,;:]+,)\\s+(?:said|says|told|tells|testified|testifies|wrote"
              + "|writes|admitted|admits|confirmed|confirms|insisted|insists|stressed|explained"
              + "|warned|argued|claimed|recalled|added)\\s+(?:(?:in|at|during|before|on|to"
              + "|in\\s+front\\s+of)\\s+(?:the|her|his|their|its|a|an|this|last|Monday|Tuesday"
              + "|Wednesday|Thursday|Friday|Saturday|Sunday)\\b[^,;:.]{0,50}?\\bthat\\b|(?:the|a"
              + "|an|his|her|their|its)\\s+[^,;:.]{2,50}?\\s(?:that\\s+)?(?:he|she|it|they|the"
              + "|a|an|his|her|its|their|\\p{Lu}\\p{L}+)\\s)");

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
    if (statedWithoutAction(s)) {
      return true;
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
    if (NAMED_OR_DEFINITE.matcher(s.text()).lookingAt()
        && (passiveAgent(s) || SELECTION.matcher(s.text()).find())) {
      return true; // "The jury was chaired by Hal Ostrem", "The judges chose it from six novels"
    }
    if (spokenInSetting(s) || namedPersonActs(s.tokens())) {
      return true; // "Lunde said in her speech that ...", "Founder Hans Moe accepted the trophy"
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
   * Statements with no verb of action that still state a checkable fact of a named or definite
   * subject (or "It"): a measurable superlative with its scope, or the state of a decision.
   */
  private static boolean statedWithoutAction(ClaimStructure s) {
    String text = s.text();
    boolean subject =
        NAMED_OR_DEFINITE.matcher(text).lookingAt() && !PRONOUN_START.matcher(text).lookingAt();
    if ((subject || IT_IS.matcher(text).lookingAt())
        && SUPERLATIVE_FACT.matcher(text).find()
        && !OPINION_BEFORE.matcher(text).find()) {
      return true; // "The hall is the largest indoor pool in the country"
    }
    return subject && DECISION_STATE.matcher(text).find(); // "The vote was 7 to 2"
  }

  /** "It is the oldest ...", "It was the busiest ...": a superlative said of "it". */
  private static final Pattern IT_IS =
      Pattern.compile(
          "\\s*It\\s+(?:is|was|remains|remained|became)\\s+(?:now\\s+|still\\s+)?the\\s");

  /** A writer's view framing the superlative: "I think", "arguably", "perhaps". */
  private static final Pattern OPINION_BEFORE =
      Pattern.compile("(?i)\\b(?:arguably|perhaps|probably|surely|I\\s+think|we\\s+think)\\b");

  /** A passive with its agent ({@link #PASSIVE_AGENT}) whose participle the tagger tags VERB. */
  static boolean passiveAgent(ClaimStructure s) {
    Matcher m = PASSIVE_AGENT.matcher(s.text());
    while (m.find()) {
      int at = m.start("v");
      if (s.tokens().stream().anyMatch(t -> t.start() == at && t.pos().equals("VERB"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a speaker named in the sentence said in a setting ({@link #SPEECH_IN_SETTING}): the
   * speaker holds a proper noun and is no pronoun.
   */
  static boolean spokenInSetting(ClaimStructure s) {
    Matcher m = SPEECH_IN_SETTING.matcher(s.text());
    if (!m.find() || PRONOUN_START.matcher(m.group("s")).lookingAt()) {
      return false;
    }
    int end = m.end("s");
    if (s.tokens().stream().anyMatch(t -> t.end() <= end && t.pos().equals("PROPN"))) {
      return true;
    }
    // a surname alone, which the tagger may tag NOUN ("Lunde said ..."): one capitalised word in
    // the singular ("Residents said ..." is no one named)
    String speaker = m.group("s").strip();
    return speaker.matches("\\p{Lu}\\p{Ll}+") && !speaker.endsWith("s");
  }

  /**
   * An action of a person named in full: the subject before the first verb holds two proper nouns
   * in a row ("Hans Moe", "Transport minister Kari Holt", "The choir's founder, Hans Moe,") and the
   * verb is in a past or present form of its own ("accepted", "visited"; not "will", not a plain
   * form after a plural body, which {@link #namedBodyActs} reads), followed by its object or a
   * preposition.
   */
  private static final java.util.Set<String> OBJECT_START =
      java.util.Set.of("DET", "PROPN", "NOUN", "PRON", "ADP");

  static boolean namedPersonActs(java.util.List<org.factdesk.nlp.Token> tokens) {
    int verb = -1;
    for (int i = 0; i < tokens.size(); i++) {
      org.factdesk.nlp.Token t = tokens.get(i);
      if (t.pos().equals("VERB") || t.pos().equals("AUX")) {
        verb = i;
        break;
      }
    }
    if (verb < 2 || verb >= tokens.size() - 1 || !action(tokens.get(verb))) {
      return false;
    }
    org.factdesk.nlp.Token v = tokens.get(verb);
    String word = v.text().toLowerCase(java.util.Locale.ROOT);
    if (word.equals(v.lemma()) || !v.text().chars().allMatch(Character::isLetter)) {
      return false;
    }
    boolean fullName = false;
    for (int i = 0; i + 1 < verb; i++) {
      if ((tokens.get(i).pos().equals("PROPN") || tokens.get(i + 1).pos().equals("PROPN"))
          && tokens.get(i).text().chars().allMatch(Character::isLetter)
          && tokens.get(i + 1).text().chars().allMatch(Character::isLetter)
          && Character.isUpperCase(tokens.get(i).text().charAt(0))
          && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))) {
        fullName = true;
        break;
      }
    }
    // its object or a preposition: "accepted the trophy", "visited Kelmar", "spoke at the rally"
    return fullName && OBJECT_START.contains(tokens.get(verb + 1).pos());
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
