package org.factdesk.nlp;

import java.util.regex.Pattern;

/**
 * Verbs of a change in amount, in their inflected forms: "rose", "has fallen", "was cut", "lowers",
 * "increased". A figure after one of them and "from" or "by" is a base or a change ("rose from 3 to
 * 5", "fell by a fifth"), not a range or a share; other words in -ed or -en are not changes
 * ("children aged from 5 to 11", "open from 9 to 5", "bought by a third party").
 */
final class ChangeWords {
  /** One change verb, as a whole word (lower case). */
  static final Pattern VERB =
      Pattern.compile(
          "\\b(?:ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|gr[eo]w(?:s|n|ing)?|grew"
              + "|shr[iau]nk(?:s|en|ing)?|s[aiu]nk(?:s|ing)?|went|cut(?:s|ting)?"
              + "|(?:lower|rais|increas|decreas|reduc|boost|lift|drop|slash|trim|declin|expand"
              + "|narrow|widen|slipp?|plung|plummet|soar|surg|tumbl|dipp?|jump|climb|doubl|halv"
              + "|rebound|recover|edg|chang|mov|extend|shorten|lengthen|push|pull|scal)"
              + "(?:e|es|ed|s|ing|ped|ping|med|ming)?"
              + "|up|down)\\b");

  private ChangeWords() {}
}
