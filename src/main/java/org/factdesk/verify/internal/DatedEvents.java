package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.nlp.EventVerbs;
import org.factdesk.nlp.Lemmas;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;

/**
 * Which kind of event a date in a text belongs to: the event verb nearest to it in its clause
 * ("construction began in 1908" is a start, "the line opened in 1912" an opening, "bought it in
 * 2017" a purchase). A thing's dates are many ("began in 1908 and opened in 1912"): a claim's
 * opening date is compared only with the passage's opening date. The classes are {@link
 * EventVerbs}'s, which the event check reads too: a word counts when the tagger reads it as a verb
 * or it is an inflected form of one ("opened", "bought"), so "the end of 2019" dates no end.
 */
final class DatedEvents {
  /** What ends a clause: a stop, a semicolon, a colon, a comma, a dash. */
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?,–—]|\\s-\\s");

  /** "since 2015, when Korva bought it": the year is the time of the when-clause's event. */
  private static final Pattern WHEN_AFTER = Pattern.compile("^\\s*,?\\s*when\\b");

  private DatedEvents() {}

  /**
   * The event class of the date at {@code start..end} of {@code text}: the last event word between
   * the clause's start and the date, or else the first one after the date before the clause ends
   * ("In 2018, four workers died": the comma right after a leading date does not end its clause);
   * empty when the clause names none of the classes.
   */
  static Optional<String> of(String text, int start, int end) {
    String lower = text.toLowerCase(Locale.ROOT);
    int from = 0;
    Matcher e = CLAUSE_END.matcher(lower);
    while (e.find() && e.end() <= start) {
      from = e.end();
    }
    String found = null;
    for (Found f : events(text, from, start)) {
      found = f.name();
    }
    if (found != null) {
      return Optional.of(found);
    }
    String rest = lower.substring(end);
    Matcher w = WHEN_AFTER.matcher(rest);
    int skip = w.find() ? w.end() : 0;
    if (skip == 0) {
      Matcher lead = LEADING_COMMA.matcher(rest);
      skip = lead.find() ? lead.end() : 0;
    }
    Matcher stop = CLAUSE_END.matcher(rest);
    stop.region(skip, rest.length());
    int to = end + (stop.find() ? stop.start() : rest.length());
    List<Found> after = events(text, end + skip, to);
    return after.isEmpty() ? Optional.empty() : Optional.of(after.get(0).name());
  }

  private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*,");

  /** An event verb of {@link EventVerbs} in a text, by its class. */
  private record Found(String name, int start) {}

  /**
   * The event verbs wholly inside {@code from..to} of {@code text}, in order: a verb (as tagged, or
   * an inflected form), or a phrasal verb whose words all lie inside.
   */
  private static List<Found> events(String text, int from, int to) {
    List<Token> tokens = Tagger.shared().tag(text);
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() < from || t.end() > to) {
        continue;
      }
      String lemma = Lemmas.of(t.text(), "VERB");
      String w = t.text().toLowerCase(Locale.ROOT);
      // a past form counts whatever its tag ("opened", "bought"), a form in -s only as a verb; one
      // in -ing never: the tagger calls "the terminal building" a verb
      boolean verb =
          !w.endsWith("ing") && (t.pos().equals("VERB") || !lemma.equals(w) && !w.endsWith("s"));
      if (!verb) {
        continue;
      }
      int last = i + 1;
      while (last < tokens.size() && tokens.get(last).end() <= to) {
        last++;
      }
      Optional<EventVerbs.Phrasal> p = EventVerbs.phrasal(tokens, i, last, lemma);
      if (p.isPresent()) {
        out.add(new Found(p.get().name(), t.start()));
        i += p.get().words();
        continue;
      }
      EventVerbs.of(lemma).ifPresent(c -> out.add(new Found(c, t.start())));
    }
    return out;
  }

  /** True when the text right after a "since" date is a when-clause that dates an event. */
  static boolean whenClause(String text, int end) {
    return WHEN_AFTER.matcher(text.substring(end).toLowerCase(Locale.ROOT)).find();
  }
}
