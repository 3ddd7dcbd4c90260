package org.factdesk.verify.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.report.Finding;

/**
 * Plans and announced events without a figure ("The council plans to build a new flood wall", "The
 * club will appoint a new coach"): a passage is evidence only when one of its sentences reports the
 * claim's action (a verb class of {@link EventCheck}) and names the claim's subject (a noun or name
 * before the claim's action). Another town's plan to build a flood wall, or a passage about
 * something else the same company does, is no evidence: a {@code plan} note, which makes the
 * passage neutral (see {@link org.factdesk.verify.StructuredChecks#adjust}). A passage that reports
 * the plan called off still names the subject and the action, and is left to the model.
 */
public final class PlanCheck {
  /** The check name of the note. */
  public static final String NAME = "plan";

  private static final Pattern PLAN =
      Pattern.compile(
          "\\b(?:plans? to|planned to|planning to|intends? to|aims? to|(?:is|are) (?:set )?to)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WILL = Pattern.compile("\\bwill\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Who announces plans in the news: "will" counts as a plan only for these subjects ("The club
   * will appoint"), not for "Vitamin C will protect you", a health claim.
   */
  private static final Set<String> PLANNERS =
      Set.of(
          "council",
          "club",
          "company",
          "government",
          "ministry",
          "office",
          "union",
          "hospital",
          "city",
          "town",
          "firm",
          "board",
          "school",
          "university",
          "authority",
          "agency",
          "party",
          "court",
          "state",
          "region",
          "county",
          "bank",
          "group",
          "team",
          "mayor",
          "minister");

  private static final Set<String> NOT_ACTIONS =
      FunctionWords.with(
          FunctionWords.NOT_ACTIONS,
          Set.of(),
          "plan",
          "expect",
          "intend",
          "aim",
          "want",
          "hope",
          "set");

  private PlanCheck() {}

  /** A note when the passage reports neither the claim's plan nor its subject's action. */
  public static Optional<Finding> check(String claim, String passage) {
    return check(claim, passage, Set.of());
  }

  /**
   * As {@link #check(String, String)}; a claim whose subject names no one ("The council plans to
   * reopen the night bus lines") is the story's subject's ({@code story}, see {@link
   * Subject#story}), so a sentence whose subject names another ("Solberg's council plans to ...")
   * is not its plan.
   */
  public static Optional<Finding> check(String claim, String passage, Set<String> story) {
    boolean plan = PLAN.matcher(claim).find();
    if (!(plan || WILL.matcher(claim).find()) || !QuantityParser.parse(claim).isEmpty()) {
      return Optional.empty();
    }
    Set<String> subject = new TreeSet<>();
    String action = null;
    boolean named = false;
    for (Token t : Tagger.shared().tag(claim)) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().equals("VERB") && !NOT_ACTIONS.contains(lemma)) {
        action = lemma;
        break;
      }
      named |= t.isProper() && t.capitalised() && t.start() > 0;
      if ((t.pos().equals("NOUN") || t.pos().equals("PROPN"))
          && !NOT_ACTIONS.contains(word(t).replaceAll("s$", ""))) {
        subject.add(word(t)); // "plans" may be tagged a noun
      }
    }
    if (action == null || subject.isEmpty()) {
      return Optional.empty();
    }
    if (!plan && subject.stream().noneMatch(PLANNERS::contains)) {
      return Optional.empty();
    }
    EventCheck.Event c = EventCheck.Event.of(claim);
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      EventCheck.Event p = EventCheck.Event.of(sentence);
      boolean sameAction = c.actions().stream().anyMatch(p.actions()::contains);
      Set<String> words = new TreeSet<>();
      for (Token t : Tagger.shared().tag(sentence)) {
        words.add(word(t));
      }
      if (sameAction
          && subject.stream().anyMatch(words::contains)
          && (named || story == null || story.isEmpty() || !ownedByOther(sentence, story))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new Finding(
            NAME,
            "note",
            "The evidence does not report that "
                + String.join(" ", subject)
                + " will "
                + action
                + ": no evidence for the plan."));
  }

  /**
   * True when the sentence's subject (its words before the first verb) names someone other than the
   * story's subject ("Solberg's council plans to ...").
   */
  private static boolean ownedByOther(String sentence, Set<String> story) {
    boolean other = false;
    for (Token t : Tagger.shared().tag(sentence)) {
      if (t.pos().equals("VERB") || t.pos().equals("AUX")) {
        break;
      }
      if (t.isProper() && t.capitalised()) {
        String w = word(t);
        if (story.contains(w)) {
          return false;
        }
        other = true;
      }
    }
    return other;
  }

  private static String word(Token t) {
    return t.capitalised()
        ? t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "")
        : t.lemma().toLowerCase(Locale.ROOT);
  }
}
