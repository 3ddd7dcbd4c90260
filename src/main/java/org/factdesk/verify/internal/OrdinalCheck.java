package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.NumberWords;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.report.Finding;

/**
 * Ordinals of an owner's events: "Brevik issued its third profit warning this year" against "its
 * second profit warning this year" (the same owner, the same counted noun: disagrees) or against
 * "rival grocer Norma issued its third profit warning" (another owner: a note that the passage
 * reports another's event). The owner is the name just before the ordinal with a possessive ("the
 * Arden Bank's third cut"), else the subject of the ordinal's clause ({@link EventSubject}); the
 * counted noun is the last noun of the phrase after the ordinal. A time since something last
 * happened ("the first ... in 40 years") is the time check's.
 */
public final class OrdinalCheck {
  private static final Pattern DIGITS = Pattern.compile("(?i)^(\\d{1,4})(?:st|nd|rd|th)$");

  /** Nouns after an ordinal that make it a date or a rank of time, not a count of events. */
  private static final Set<String> NOT_COUNTED =
      Set.of("time", "half", "quarter", "century", "day", "week", "month", "year", "place");

  private OrdinalCheck() {}

  /** An ordinal of a text: its value, counted noun, owner and where it stands. */
  record Ordinal(int value, String noun, int start, String text) {}

  /** What the passage's ordinals of the claim's counted noun say, if anything. */
  public static Optional<Finding> check(String claim, String passage, Set<String> story) {
    if (TimeCheck.hasSince(claim)) {
      return Optional.empty();
    }
    List<Ordinal> cs = ordinals(claim);
    if (cs.isEmpty()) {
      return Optional.empty();
    }
    Finding other = null;
    for (Ordinal c : cs) {
      EventSubject owner = owner(claim, c, story);
      for (Ordinal p : ordinals(passage)) {
        if (!p.noun().equals(c.noun())) {
          continue;
        }
        String differs = owner.differsFrom(owner(passage, p, Set.of()));
        if (differs != null) {
          if (other == null) {
            other =
                new Finding(
                    "event",
                    "note",
                    "The evidence counts the same kind of event (\""
                        + p.text()
                        + "\") for another subject: "
                        + differs
                        + ".");
          }
          continue;
        }
        boolean same = p.value() == c.value();
        return Optional.of(
            new Finding(
                "ordinal",
                same ? "agrees" : "disagrees",
                "The claim's \""
                    + c.text()
                    + "\" "
                    + (same ? "agrees with" : "differs from")
                    + " \""
                    + p.text()
                    + "\" in the evidence."));
      }
    }
    return Optional.ofNullable(other);
  }

  /** Who owns an ordinal: a possessive name just before it, else its clause's subject. */
  private static EventSubject owner(String text, Ordinal o, Set<String> story) {
    String before = text.substring(0, o.start()).stripTrailing();
    Matcher m = POSSESSOR.matcher(before);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      return new EventSubject(
          List.of(Set.of(name.split("\\s+"))),
          EventSubject.RELATION.stream().anyMatch(name::contains),
          m.group(1),
          true,
          false);
    }
    return EventSubject.ofClaim(text, o.start(), story);
  }

  /** A figure and a hyphen just before a word: "48-" of "48-second". */
  private static final Pattern UNIT_COMPOUND = Pattern.compile("\\d\\s*-\\s*$");

  /** A name with a possessive just before an ordinal: "the Arden Bank's". */
  private static final Pattern POSSESSOR =
      Pattern.compile("((?:\\p{Lu}[\\p{L}-]+\\s+)*\\p{Lu}[\\p{L}-]+)['’]s$");

  /** The ordinals of a text that count something: "its third profit warning", "his 100th goal". */
  static List<Ordinal> ordinals(String text) {
    List<Token> tokens = Tagger.shared().tag(text);
    List<Ordinal> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      Integer value = NumberWords.ordinal(w);
      Matcher d = DIGITS.matcher(w);
      if (value == null && d.matches()) {
        value = Integer.parseInt(d.group(1));
      }
      if (value == null || UNIT_COMPOUND.matcher(text.substring(0, t.start())).find()) {
        continue; // "a 48-second margin" counts seconds, not a second margin
      }
      String noun = null;
      int end = i;
      for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
        Token n = tokens.get(j);
        if (n.pos().equals("NOUN") && !n.capitalised()) {
          noun = TextSignals.stem(n.text().toLowerCase(Locale.ROOT));
          end = j;
        } else if (noun != null || !n.pos().matches("ADJ|NOUN|PUNCT")) {
          break;
        }
      }
      if (noun == null || NOT_COUNTED.contains(noun)) {
        continue;
      }
      out.add(
          new Ordinal(value, noun, t.start(), text.substring(t.start(), tokens.get(end).end())));
    }
    return out;
  }
}
