package org.factdesk.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verbs of a change in amount, in their inflected forms: "rose", "has fallen", "was cut", "lowers",
 * "increased". A figure after one of them and "from" or "by" is a base or a change ("rose from 3 to
 * 5", "fell by a fifth"), not a range or a share; other words in -ed or -en are not changes
 * ("children aged from 5 to 11", "open from 9 to 5", "bought by a third party"). Each verb is
 * written once, with the way it changes an amount: up ("rose", "raised"), down ("fell", "cut") or
 * either ("changed", "moved", "went").
 */
public final class ChangeWords {
  /** The endings of the regular stems below. */
  private static final String ENDINGS = "(?:e|es|ed|s|ing|ped|ping|med|ming)?";

  /** Verbs that add to an amount. */
  private static final String UP =
      "ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|grew"
          + "|(?:rais|increas|boost|lift|expand|widen|soar|surg|jump|climb|doubl|rebound|recover"
          + "|extend|lengthen)"
          + ENDINGS;

  /** Verbs that take from an amount. */
  private static final String DOWN =
      "fall(?:s|en|ing)?|fell|shr[iau]nk(?:s|en|ing)?|s[aiu]nk(?:s|ing)?|cut(?:s|ting)?"
          + "|(?:lower|decreas|reduc|drop|slash|trim|shav|declin|narrow|slipp?|plung|plummet"
          + "|tumbl|dipp?|halv|shorten)"
          + ENDINGS;

  /** Verbs of a change either way, and the particles of one ("is up by a third"). */
  private static final String EITHER =
      "went|(?:edg|chang|mov|push|pull|scal)" + ENDINGS + "|up|down";

  /** One change verb, as a whole word (lower case). */
  static final Pattern VERB = Pattern.compile("\\b(?:" + UP + "|" + DOWN + "|" + EITHER + ")\\b");

  private static final Pattern UP_VERB = Pattern.compile("\\b(?:" + UP + ")\\b");

  private static final Pattern DOWN_VERB = Pattern.compile("\\b(?:" + DOWN + ")\\b");

  private static final Pattern EITHER_VERB = Pattern.compile("\\b(?:" + EITHER + ")\\b");

  private ChangeWords() {}

  /**
   * True when the last change verb of a lower-case text changes an amount either way ("went",
   * "moved", "changed"): the figures after it tell which way ("went from 1,500 to 4,500").
   */
  public static boolean eitherWay(String lower) {
    int either = last(EITHER_VERB.matcher(lower));
    return either >= 0
        && either > last(UP_VERB.matcher(lower))
        && either > last(DOWN_VERB.matcher(lower));
  }

  /**
   * The way the last change verb of a lower-case text that says a way changes an amount: -1 when it
   * takes off ("cut", "fell"), +1 when it adds ("raised", "rose"), 0 when the text has none.
   */
  public static int direction(String lower) {
    int down = last(DOWN_VERB.matcher(lower));
    int up = last(UP_VERB.matcher(lower));
    if (down < 0 && up < 0) {
      return 0;
    }
    return down > up ? -1 : 1;
  }

  private static int last(Matcher m) {
    int at = -1;
    while (m.find()) {
      at = m.start();
    }
    return at;
  }
}
