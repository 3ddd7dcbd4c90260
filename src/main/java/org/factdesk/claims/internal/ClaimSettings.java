package org.factdesk.claims.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.claims.ClaimSetting;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Approx;
import org.factdesk.nlp.TimeExpression;

/**
 * The time and place in force while reading an article, paragraph by paragraph, and the {@link
 * ClaimSetting} of each claim: its own time and place, else another part's of its sentence, else
 * the paragraph's, else the dateline's, else (time only) the publication date.
 */
public final class ClaimSettings {
  private static final Pattern LOCATION_PREPOSITION =
      Pattern.compile("(?i)\\b(?:in|near|outside)\\s+(?:the\\s+)?$");
  private static final java.util.Set<String> COMMON_TIME_WORDS =
      java.util.Set.of(
          "overnight",
          "last",
          "this",
          "that",
          "next",
          "early",
          "late",
          "mid",
          "the",
          "yesterday",
          "today",
          "tonight",
          "earlier",
          "later",
          "in",
          "on",
          "since");

  /** Place names read with "the": "the Black Sea", "the United States", "the Kursk region". */
  private static final Pattern THE_PLACE =
      Pattern.compile(
          "^(?:United |Netherlands|Philippines)|\\b(?:Sea|Ocean|River|Channel|Gulf|Strait|Bay"
              + "|Mountains|region|Republic|Emirates|Kingdom|States)$");

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
   * say them itself: "Three people were injured (overnight; in Kyiv)." A publication-date time is
   * not written into the text (every claim would carry it).
   */
  public static String withSetting(String text, ClaimSetting setting, String partText) {
    List<String> add = new ArrayList<>();
    if (setting.time() != null
        && setting.timeSource() != ClaimSetting.Source.OWN
        && setting.timeSource() != ClaimSetting.Source.PUBLICATION_DATE
        && !partText.contains(setting.time().text())) {
      add.add(naturalTime(setting.time().text()));
    }
    if (setting.place() != null
        && setting.placeSource() != ClaimSetting.Source.OWN
        && !text.contains(setting.place())) {
      add.add("in " + (THE_PLACE.matcher(setting.place()).find() ? "the " : "") + setting.place());
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

  /**
   * A time as written, for the claim text: without a possessive ("Thursday's" -> "Thursday") and
   * without the capital it had at the start of its sentence ("Overnight" -> "overnight"). The
   * resolved value stays in the claim's setting: ISO dates in the text would read as numbers.
   */
  static String naturalTime(String text) {
    String t = text.replaceAll("['’]s$", "");
    int sp = t.indexOf(' ');
    String first = (sp < 0 ? t : t.substring(0, sp)).toLowerCase(Locale.ROOT);
    if (COMMON_TIME_WORDS.contains(first)) {
      t = first + (sp < 0 ? "" : t.substring(sp));
    }
    return t;
  }

  /** Records the time and place sentence {@code sentence} puts in force in its paragraph. */
  public void remember(String sentence, List<Actor> actors, List<TimeExpression> times) {
    for (Actor a : actors) {
      if (a.type() == Actor.Type.PLACE && located(sentence, a)) {
        paragraphPlace = a.name(); // the first "in X" of the sentence
        break;
      }
    }
    for (TimeExpression t : times) {
      // carried only when it plainly governs its sentence: the sentence's one time, or one that
      // opens it ("In March 2023, ..."); not "an increase from the figure he cited in early 2025"
      if (governs(t, true) && (times.size() == 1 || t.start() <= 3)) {
        paragraphTime = t;
      }
    }
  }
}
