package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.claims.ClaimStructure;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.Gazetteer;
import org.factdesk.nlp.TimeExpression;

/**
 * What earlier sentences of an article named, for making later claims stand alone: "He/She" becomes
 * the last named person, "the country" the last country, "the countries" / "the two sides" the last
 * two countries, "the ministry" / "the agency" / ... the last organisation of that kind, "the
 * president" the last person with that title, a sentence-opening "They" the plural source the
 * previous sentence attributed to, "the talks" the last named talks, "that month" the month named
 * before. The time and place in force are tracked by {@link ClaimSettings}.
 */
public final class ArticleContext {
  private static final Pattern PRONOUN = Pattern.compile("\\b(He|She|he|she)\\b(?!['’])");
  private static final Pattern THE_COUNTRY = Pattern.compile("\\b[Tt]he country\\b(?!['’])");
  private static final Pattern THE_COUNTRIES =
      Pattern.compile(
          "\\b(?:[Tt]he (?:two )?(?:countries|nations|sides)|[Bb]oth (?:countries|nations|sides))\\b"
              + "(?!['’])");
  private static final Pattern THE_ORG =
      Pattern.compile(
          "\\b[Tt]he (?<kind>ministry|agency|commission|council|committee|bank|court|mission"
              + "|department|office|alliance)\\b(?!['’]| of\\b)");
  private static final Pattern THE_TITLE =
      Pattern.compile(
          "\\b[Tt]he (?<title>president|prime minister|chancellor|mayor|governor|ombudsman|envoy"
              + "|foreign minister|defen[cs]e minister)\\b(?!['’])");
  private static final Pattern THEY = Pattern.compile("^(They|they)\\b(?!['’])");
  private static final Pattern THE_TALKS = Pattern.compile("\\b[Tt]he talks\\b");
  private static final Pattern NAMED_TALKS =
      Pattern.compile("\\b((?:\\p{Lu}[\\p{L}.]*\\s){1,4})talks\\b");

  private final List<Actor> persons = new ArrayList<>();
  private List<String> previousCountries = List.of();
  private final List<String> orgs = new ArrayList<>();
  private String lastCountry;
  private String lastTalks;
  private TimeExpression lastPeriod;
  private String lastPluralSource;

  /** One-word untyped names that end a person named before ("Zelenskyy") become persons. */
  public List<Actor> resolvePersons(List<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      if (a.type() == Actor.Type.UNKNOWN && !a.name().contains(" ")) {
        boolean known = persons.stream().anyMatch(p -> p.name().endsWith(" " + a.name()));
        out.add(known ? a.withType(Actor.Type.PERSON) : a);
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** "that month" takes the period named before. */
  public List<TimeExpression> resolveThat(List<TimeExpression> times) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.from() == null
          && t.to() == null
          && t.anchor() == null
          && t.kind() == TimeExpression.Kind.INTERVAL
          && lastPeriod != null
          && t.text().toLowerCase(Locale.ROOT).startsWith("that")) {
        out.add(
            new TimeExpression(
                t.text(),
                t.start(),
                t.end(),
                t.kind(),
                lastPeriod.from(),
                lastPeriod.to(),
                null,
                t.approx(),
                null));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** {@code text} with references to earlier sentences replaced by what they name. */
  public String standAlone(String text, List<Actor> current) {
    return standAlone(text, current, text);
  }

  /**
   * {@code text} (one part of {@code sentence}) with references to earlier sentences replaced;
   * names earlier in the whole sentence count ("Poland ..., and the countries ...").
   */
  public String standAlone(String text, List<Actor> current, String sentence) {
    String out = text;
    Matcher m = PRONOUN.matcher(out);
    boolean personHere =
        current.stream()
            .anyMatch(
                a ->
                    a.type() == Actor.Type.PERSON
                        && text.indexOf(a.name()) >= 0
                        && text.indexOf(a.name()) < Math.max(0, pronounAt(text)));
    if (m.find() && !persons.isEmpty() && !personHere && !hasPersonBefore(out, m.start())) {
      out =
          out.substring(0, m.start())
              + persons.get(persons.size() - 1).name()
              + out.substring(m.end());
    }
    if (lastCountry != null) {
      out = THE_COUNTRY.matcher(out).replaceFirst(Matcher.quoteReplacement(lastCountry));
    }
    out = replaceCountries(out, current, sentence);
    out = replaceOrg(out);
    out = replaceTitle(out);
    Matcher they = THEY.matcher(out);
    if (they.find() && lastPluralSource != null) {
      out = capitalise(lastPluralSource) + out.substring(they.end());
    }
    if (lastTalks != null) {
      out =
          THE_TALKS
              .matcher(out)
              .replaceFirst(Matcher.quoteReplacement("the " + lastTalks + " talks"));
    }
    return out;
  }

  /**
   * "the countries" -> "Poland and Ukraine": only when exactly two countries (capitals count for
   * their country) are named before it in this sentence, or else in the previous sentence.
   */
  private String replaceCountries(String text, List<Actor> current, String sentence) {
    Matcher m = THE_COUNTRIES.matcher(text);
    if (!m.find()) {
      return text;
    }
    List<String> here = new ArrayList<>();
    int mention = sentence.indexOf(m.group());
    for (Actor a : current) {
      String c = a.type() == Actor.Type.PLACE ? Gazetteer.country(a.name()) : null;
      if (c != null && mention >= 0 && a.start() < mention && !sameCountry(here, c)) {
        here.add(c);
      }
    }
    List<String> pair = here.size() == 2 ? here : here.isEmpty() ? previousCountries : List.of();
    if (pair.size() != 2) {
      return text;
    }
    return text.substring(0, m.start())
        + pair.get(0)
        + " and "
        + pair.get(1)
        + text.substring(m.end());
  }

  private static boolean sameCountry(List<String> list, String c) {
    String k = Gazetteer.key(c).replace(".", "");
    for (String x : list) {
      String y = Gazetteer.key(x).replace(".", "");
      if (y.equals(k)
          || (y.equals("us") || y.equals("united states"))
              && (k.equals("us") || k.equals("united states"))) {
        return true;
      }
    }
    return false;
  }

  private String replaceOrg(String text) {
    Matcher m = THE_ORG.matcher(text);
    if (!m.find()) {
      return text;
    }
    String kind = m.group("kind").toLowerCase(Locale.ROOT);
    for (int i = orgs.size() - 1; i >= 0; i--) {
      String name = orgs.get(i);
      if (name.toLowerCase(Locale.ROOT).contains(kind)) {
        String the = name.contains("'") || name.contains("’") ? "" : "the ";
        String rep = m.start() == 0 ? capitalise(the + name) : the + name;
        return text.substring(0, m.start()) + rep + text.substring(m.end());
      }
    }
    return text;
  }

  private String replaceTitle(String text) {
    Matcher m = THE_TITLE.matcher(text);
    if (!m.find()) {
      return text;
    }
    String title = m.group("title").toLowerCase(Locale.ROOT);
    for (int i = persons.size() - 1; i >= 0; i--) {
      Actor p = persons.get(i);
      if (p.title() != null && p.title().toLowerCase(Locale.ROOT).endsWith(title)) {
        return text.substring(0, m.start()) + p.title() + " " + p.name() + text.substring(m.end());
      }
    }
    return text;
  }

  private static int pronounAt(String text) {
    Matcher m = PRONOUN.matcher(text);
    return m.find() ? m.start() : -1;
  }

  private boolean hasPersonBefore(String text, int pos) {
    for (Actor p : persons) {
      int i = text.indexOf(p.name());
      if (i >= 0 && i < pos) {
        return true;
      }
    }
    return false;
  }

  /** Records what sentence {@code sentence} named, for later sentences. */
  public void remember(
      String sentence, List<Actor> actors, List<TimeExpression> times, ClaimStructure st) {
    List<String> named = new ArrayList<>();
    for (Actor a : actors) {
      String c = a.type() == Actor.Type.PLACE ? Gazetteer.country(a.name()) : null;
      if (c != null && !sameCountry(named, c)) {
        named.add(c);
      }
      if (a.type() == Actor.Type.PERSON) {
        continue; // below, the sentence's first person last
      } else if (a.type() == Actor.Type.PLACE
          && Gazetteer.isPlace(a.name())
          && !a.name().contains(" Sea")) {
        lastCountry = a.name();
      } else if (a.type() == Actor.Type.ORG) {
        String name = a.affiliation() == null ? a.name() : a.affiliation() + " " + a.name();
        orgs.remove(name);
        orgs.add(name);
      }
    }
    // the sentence's first person, as a rule its subject, is the likeliest "he" of the next
    // sentence: after "Varga, 23, has signed with Brask", "He scored 19 goals" is Varga's record
    List<Actor> people = actors.stream().filter(a -> a.type() == Actor.Type.PERSON).toList();
    for (Actor a : people.reversed()) {
      Actor full = a;
      for (Actor p : persons) {
        if (p.name().endsWith(" " + a.name())) {
          full = p;
        }
      }
      persons.remove(full);
      persons.add(full);
    }
    previousCountries = List.copyOf(named);
    Matcher m = NAMED_TALKS.matcher(sentence);
    while (m.find()) {
      String name = m.group(1).strip();
      if (name.startsWith("The ")) {
        name = name.substring(4);
      }
      if (!name.isBlank() && !name.equals("The")) {
        lastTalks = name;
      }
    }
    for (TimeExpression t : times) {
      if (t.from() != null && t.to() != null && t.anchor() == null) {
        lastPeriod = t;
      }
    }
    lastPluralSource = null;
    for (Attribution a : st.attributions()) {
      String src = a.source();
      String last = src.substring(src.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      if (last.endsWith("s") && !last.endsWith("'s") && !last.endsWith("’s") && !src.isBlank()) {
        lastPluralSource = src;
      }
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
