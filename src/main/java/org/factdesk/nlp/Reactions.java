package org.factdesk.nlp;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Verbs of reaction: someone welcomed, praised, hailed or applauded something (a positive
 * reaction), or criticised, condemned, opposed, slammed, regretted, deplored or denounced it (a
 * negative one). Claim finding reads "Tom Weiss welcomed the inquiry" as a reported event, and the
 * statement check compares reactions of the same speaker; both use this one list.
 */
public final class Reactions {
  /** A reaction verb; group 1 is the verb as written. */
  public static final Pattern VERB =
      Pattern.compile(
          "\\b(welcom(?:ed|es)|prais(?:ed|es)|applaud(?:ed|s)|hail(?:ed|s)|criticis(?:ed|es)"
              + "|criticiz(?:ed|es)|condemn(?:ed|s)|oppos(?:ed|es)|slammed|slams|regrett?(?:ed|s)"
              + "|deplor(?:ed|es)|denounc(?:ed|es))\\b",
          Pattern.CASE_INSENSITIVE);

  private Reactions() {}

  /**
   * The side of a reaction verb.
   *
   * @param verb a verb {@link #VERB} matched
   * @return 1 for welcomed, praised, applauded; -1 for the others
   */
  public static int side(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    return v.startsWith("welcom")
            || v.startsWith("prais")
            || v.startsWith("applaud")
            || v.startsWith("hail")
        ? 1
        : -1;
  }
}
