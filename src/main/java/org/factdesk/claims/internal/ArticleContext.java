package org.factdesk.claims.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.claims.ClaimSetting;
import org.factdesk.claims.ClaimStructure;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.Gazetteer;
import org.factdesk.nlp.TimeExpression;

/**
 * What earlier sentences of an article named, for making later claims stand alone: "He/She" becomes
 * the last named person, "the country" the last country, "the countries" / "the two sides" the last
 * two countries, "the ministry" / "the agency" / ... the last organisation of that kind, "the
 * president" the last person with that title, a sentence-opening "They" the plural source the
 * previous sentence attributed to, "the talks" the last named talks, "that month" the month named
 * before. It also tracks the time and place in force in the current paragraph, for {@link
 * ClaimSetting}.
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
  private static final Pattern LOCATION_PREPOSITION =
      Pattern.compile("(?i)\\b(?:in|near|outside)\\s+(?:the\\s+)?$");

  private final List<Actor> persons = new ArrayList<>();
  private List<String> previousCountries = List.of();
  private final List<String> orgs = new ArrayList<>();
  private String lastCountry;
  private String lastTalks;
  private TimeExpression lastPeriod;
  private String lastPluralSource;
  private int paragraph = -1;
  private TimeExpression paragraphTime;
  private String paragraphPlace;

  /** Moves to paragraph {@code p}: the paragraph's time and place are forgotten on a new one. */
  public void enterParagraph(int p) {
    if (p != paragraph) {
      paragraph = p;
      paragraphTime = null;
      paragraphPlace = null;
    }
  }

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

  /**
   * The governing time and place of one part of a sentence: its own, else another part's of the
   * sentence, else the paragraph's, else the dateline's, else (time only) the publication date.
   */
  public ClaimSetting setting(
      String sentence,
      CompoundSplitter.Part part,
      boolean split,
      List<TimeExpression> times,
      List<Actor> actors,
      Dateline dateline,
      LocalDate reference,
      boolean published) {
    TimeExpression time = null;
    ClaimSetting.Source timeSource = null;
    for (TimeExpression t : times) {
      if (!governs(t, false)) {
        continue;
      }
      boolean own = !split || t.start() < part.end() && part.start() < t.end();
      if (own) {
        time = t;
        timeSource = ClaimSetting.Source.OWN;
        break;
      }
      if (time == null) {
        time = t;
        timeSource = ClaimSetting.Source.SENTENCE;
      }
    }
    if (time == null && paragraphTime != null) {
      time = paragraphTime;
      timeSource = ClaimSetting.Source.PARAGRAPH;
    }
    if (time == null && dateline.date() != null) {
      time = dateline.date();
      timeSource = ClaimSetting.Source.DATELINE;
    }
    if (time == null && reference != null) {
      time =
          new TimeExpression(
              published ? "publication date" : "reference date",
              0,
              1,
              TimeExpression.Kind.DATE,
              reference,
              reference,
              null,
              Approx.EXACT,
              null);
      timeSource = ClaimSetting.Source.PUBLICATION_DATE;
    }
    // a place is where the claim happens: a place after "in", "near", "outside" (not any
    // place mentioned, such as the subject in "Moscow denied ...")
    String place = null;
    ClaimSetting.Source placeSource = null;
    for (Actor a : actors) {
      if (a.type() != Actor.Type.PLACE || !located(sentence, a)) {
        continue;
      }
      boolean own = !split || a.start() < part.end() && part.start() < a.end();
      if (own && (place == null || placeSource == ClaimSetting.Source.SENTENCE)) {
        place = a.name();
        placeSource = ClaimSetting.Source.OWN;
      } else if (place == null) {
        place = a.name();
        placeSource = ClaimSetting.Source.SENTENCE;
      }
    }
    if (place == null && paragraphPlace != null) {
      place = paragraphPlace;
      placeSource = ClaimSetting.Source.PARAGRAPH;
    }
    if (place == null && dateline.place() != null) {
      place = dateline.place();
      placeSource = ClaimSetting.Source.DATELINE;
    }
    return new ClaimSetting(time, timeSource, place, placeSource);
  }

  /**
   * True for a time that can govern a claim: a day or an interval with a resolved value; carried
   * from an earlier sentence only when closed and not "since ..." / "the past ...".
   */
  private static boolean governs(TimeExpression t, boolean carried) {
    if (t.kind() != TimeExpression.Kind.DATE && t.kind() != TimeExpression.Kind.INTERVAL) {
      return false;
    }
    if (t.resolved() == null) {
      return false;
    }
    if (!carried) {
      return true;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    return t.from() != null
        && t.to() != null
        && t.anchor() == null
        && !lower.startsWith("since")
        && !lower.contains("past")
        && !lower.contains("next")
        && !lower.startsWith("this");
  }

  /**
   * The claim text with its carried time and place appended in brackets where the claim does not
   * say them itself: "Three people were injured (overnight: 2026-02-05/2026-02-06; in Kyiv)." A
   * publication-date time is not written into the text (every claim would carry it).
   */
  public static String withSetting(String text, ClaimSetting setting, String partText) {
    List<String> add = new ArrayList<>();
    if (setting.time() != null
        && setting.timeSource() != ClaimSetting.Source.OWN
        && setting.timeSource() != ClaimSetting.Source.PUBLICATION_DATE
        && !partText.contains(setting.time().text())) {
      String t = setting.time().text().replaceAll("['’]s$", "");
      String r = setting.time().resolved();
      add.add(t.equals(r) ? t : t + ": " + r);
    }
    if (setting.place() != null
        && setting.placeSource() != ClaimSetting.Source.OWN
        && !text.contains(setting.place())) {
      add.add("in " + setting.place());
    }
    if (add.isEmpty()) {
      return text;
    }
    String body = text.strip();
    String end = "";
    char last = body.isEmpty() ? ' ' : body.charAt(body.length() - 1);
    if (last == '.' || last == '!' || last == '?') {
      end = String.valueOf(last);
      body = body.substring(0, body.length() - 1);
    }
    return body + " (" + String.join("; ", add) + ")" + end;
  }

  /** True when {@code place} follows "in", "near" or "outside" in {@code sentence}. */
  private static boolean located(String sentence, Actor place) {
    String before = sentence.substring(0, Math.min(place.start(), sentence.length()));
    return LOCATION_PREPOSITION.matcher(before).find();
  }

  /** Records what sentence {@code sentence} named, for later sentences. */
  public void remember(
      String sentence, List<Actor> actors, List<TimeExpression> times, ClaimStructure st) {
    List<String> named = new ArrayList<>();
    boolean placeSet = false;
    for (Actor a : actors) {
      String c = a.type() == Actor.Type.PLACE ? Gazetteer.country(a.name()) : null;
      if (c != null && !sameCountry(named, c)) {
        named.add(c);
      }
      if (a.type() == Actor.Type.PERSON) {
        Actor full = a;
        for (Actor p : persons) {
          if (p.name().endsWith(" " + a.name())) {
            full = p;
          }
        }
        persons.remove(full);
        persons.add(full);
      } else if (a.type() == Actor.Type.PLACE
          && Gazetteer.isPlace(a.name())
          && !a.name().contains(" Sea")) {
        lastCountry = a.name();
      } else if (a.type() == Actor.Type.ORG) {
        String name = a.affiliation() == null ? a.name() : a.affiliation() + " " + a.name();
        orgs.remove(name);
        orgs.add(name);
      }
      if (a.type() == Actor.Type.PLACE) {
        if (!placeSet && located(sentence, a)) {
          paragraphPlace = a.name(); // the first "in X" of the sentence
          placeSet = true;
        }
      }
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
      // carried only when it plainly governs its sentence: the sentence's one time, or one that
      // opens it ("In March 2023, ..."); not "an increase from the figure he cited in early 2025"
      if (governs(t, true) && (times.size() == 1 || t.start() <= 3)) {
        paragraphTime = t;
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
