package org.factdesk.verify.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdesk.nlp.EventVerbs;
import org.factdesk.nlp.Negation;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.report.Finding;

/**
 * Someone else did the claim's deed: "Mayor Jon Tveit cut the ribbon" against "Mayor Jon Tveit did
 * not attend; deputy mayor Siri Vang cut the ribbon instead", or "The founder, Hans Moe, accepted
 * the trophy" against "Moe stayed at home; the trophy was accepted by the singer Ada Vik". The
 * passage sentence names the claim's person, says that person was absent or did not act (a
 * negation, or a stand-in word such as "instead", "in place of", "was ill"), and gives the claim's
 * action on the claim's object (the first noun after its verb) to another named doer: the subject
 * of the same verb, or the agent after "by" of its passive. The claim's event had one doer, so the
 * passage disagrees. Without the claim's person or the absence in the sentence it says nothing: "X
 * cut prices" is no evidence against "Y cut prices".
 */
public final class OtherDoer {
  /** Words that say the claim's person was absent or stood in for. */
  private static final Pattern ABSENT =
      Pattern.compile(
          "(?i)"
              + Negation.BEFORE_VERB
              + "|\\b(?:instead|in\\s+(?:his|her|their)\\s+place|in\\s+place\\s+of|on\\s+behalf\\s+of"
              + "|stand(?:ing|s)?\\s+in\\s+for|stood\\s+in\\s+for|absent|(?:was|were|is|fell)\\s+ill"
              + "|unable\\s+to|stayed\\s+(?:at\\s+)?home)\\b");

  /** Where a clause of a passage sentence ends. */
  private static final Pattern CLAUSE_END = Pattern.compile(";|:|\\s+(?:but|while|whereas)\\s+");

  /** Capitalised words that open a sentence or clause and are no names. */
  private static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "as", "in", "on", "at", "but", "and", "it", "he", "she", "they");

  private OtherDoer() {}

  /** Whether the passage gives the claim's deed to someone else, with why. */
  public static Optional<Finding> check(String claim, String passage) {
    List<Token> ct = Tagger.shared().tag(claim);
    int v = firstVerb(ct);
    if (v < 1) {
      return Optional.empty();
    }
    String action = key(ct.get(v));
    Set<String> who = names(ct.subList(0, v));
    String object = null;
    for (int i = v + 1; i < ct.size() && object == null; i++) {
      if (ct.get(i).pos().equals("NOUN")) {
        object = ct.get(i).lemma().toLowerCase(Locale.ROOT);
      } else if (!Set.of("DET", "ADJ", "NUM").contains(ct.get(i).pos())) {
        break;
      }
    }
    boolean person = ct.subList(0, v).stream().anyMatch(t -> t.pos().equals("PROPN"));
    if (object == null || who.isEmpty() || !person) {
      return Optional.empty();
    }
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (!absent(sentence, lower, who)) {
        continue;
      }
      Optional<Finding> f = doneByAnother(sentence, action, object, who);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the sentence says one of the claim's names was absent: an absence word within {@link
   * #NEAR} characters after it ("Tveit did not attend", "Moe, who stayed at home", "as Tveit was
   * ill").
   */
  private static boolean absent(String sentence, String lower, Set<String> who) {
    for (String n : who) {
      java.util.regex.Matcher m = Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(lower);
      while (m.find()) {
        String next = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + NEAR));
        if (ABSENT.matcher(next).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** How far after the claim's person's name an absence word may stand. */
  private static final int NEAR = 60;

  /** Where an agent's phrase ends: ", as ...", ", who ...". */
  private static final Pattern SUBORDINATE =
      Pattern.compile("(?i),\\s*(?:as|because|since|while|who|which|after|before|when|though)\\b");

  private static Optional<Finding> doneByAnother(
      String sentence, String action, String object, Set<String> who) {
    List<Token> pt = Tagger.shared().tag(sentence);
    for (int i = 0; i < pt.size(); i++) {
      Token t = pt.get(i);
      if (!t.pos().equals("VERB") || !key(t).equals(action)) {
        continue;
      }
      int from = clauseStart(sentence, t.start());
      int to = clauseEnd(sentence, t.end());
      String before = sentence.substring(from, t.start());
      String after = sentence.substring(t.end(), to);
      if (Negation.endsNegated(before, 3)) {
        continue; // "Vang did not cut the ribbon"
      }
      boolean passive = before.matches("(?is).*\\b(?:was|were|is|are|been)\\s+(?:\\p{L}+ly\\s+)?$");
      String doer;
      int doerStart;
      boolean hasObject;
      if (passive) {
        int by = after.toLowerCase(Locale.ROOT).indexOf(" by ");
        if (by < 0) {
          continue;
        }
        doer = after.substring(by + 4);
        java.util.regex.Matcher sub = SUBORDINATE.matcher(doer);
        if (sub.find()) {
          doer = doer.substring(0, sub.start()); // "by Eli Moe, as coach Tor Lind was ill"
        }
        doerStart = t.end() + by + 4;
        hasObject = words(before).contains(object);
      } else {
        doer = before;
        doerStart = from;
        hasObject = words(after).contains(object) || words(after).contains(object + "s");
      }
      Set<String> doers = names(pt, doerStart, doer);
      if (!hasObject || doers.isEmpty() || doers.stream().anyMatch(who::contains)) {
        continue;
      }
      return Optional.of(
          new Finding(
              "event",
              "disagrees",
              "The evidence says someone else did it ("
                  + t.lemma()
                  + " the "
                  + object
                  + ": "
                  + String.join(" ", doers)
                  + "), not the claim's "
                  + String.join(" ", who)
                  + ": \""
                  + sentence.strip()
                  + "\""));
    }
    return Optional.empty();
  }

  /** The first verb of a claim's tokens (not be, have or do), or -1. */
  private static int firstVerb(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().equals("VERB") && !Set.of("be", "have", "do").contains(lemma)) {
        return i;
      }
      if (t.pos().equals("AUX")) {
        return -1; // "will cut", "was cut": a plan or a passive, not a plain deed
      }
    }
    return -1;
  }

  /** The kind of action of a verb ("began" and "started" are one). */
  private static String key(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return EventVerbs.of(lemma).orElse(lemma);
  }

  /** Capitalised words of these tokens, lower case, without articles and pronouns. */
  private static Set<String> names(List<Token> tokens) {
    Set<String> out = new TreeSet<>();
    for (Token t : tokens) {
      String w = t.text();
      if (Character.isUpperCase(w.charAt(0))
          && w.chars().allMatch(Character::isLetter)
          && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The names of the passage's tokens that lie inside {@code text}, which starts at {@code at}. */
  private static Set<String> names(List<Token> tokens, int at, String text) {
    int end = at + text.length();
    return names(tokens.stream().filter(t -> t.start() >= at && t.end() <= end).toList());
  }

  private static int clauseStart(String sentence, int at) {
    java.util.regex.Matcher m = CLAUSE_END.matcher(sentence.substring(0, at));
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return start;
  }

  private static int clauseEnd(String sentence, int at) {
    java.util.regex.Matcher m = CLAUSE_END.matcher(sentence);
    return m.find(at) ? m.start() : sentence.length();
  }

  private static Set<String> words(String text) {
    return new TreeSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
  }
}
