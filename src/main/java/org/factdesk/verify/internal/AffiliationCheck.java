package org.factdesk.verify.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.report.Finding;

/**
 * An expert's institution: "Dr Ana Roth of Kessel University" in a claim against a passage that
 * places Ana Roth at another one ("Ana Roth, a chemist at Marn University"). Like a title ({@link
 * RoleCheck}), an institution found as claimed only confirms who spoke (a {@code role} finding that
 * agrees changes no stance); another institution for the same person makes the passage refute the
 * claim, whatever the rest of it repeats.
 */
public final class AffiliationCheck {
  /** The head words of an institution's name. */
  private static final String HEAD =
      "(?:University|Institute|College|Hospital|Academy|School|Laboratory|Centre|Center"
          + "|Foundation|Museum|Observatory|Clinic|Polytechnic)";

  private static final String CAP = "\\p{Lu}[\\p{L}'’-]+";

  /** "Kessel University", "Kessel Technical University", "University of Kessel". */
  private static final String INSTITUTION =
      "((?:" + CAP + "\\s+){0,3}" + HEAD + "(?:\\s+of(?:\\s+the)?(?:\\s+" + CAP + "){1,3})?)";

  private static final String NAME = "(" + CAP + "(?:\\s+" + CAP + "){1,2})";

  /** "Dr Ana Roth of Kessel University", "Ana Roth at the University of Kessel". */
  private static final Pattern NAME_OF =
      Pattern.compile(NAME + "\\s+(?:of|at|from)\\s+(?:the\\s+)?" + INSTITUTION);

  /** "Ana Roth, a chemist at Kessel University", "Ana Roth, an air-quality researcher of ...". */
  private static final Pattern NAME_JOB_AT =
      Pattern.compile(
          NAME
              + ",\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){1,4}?(?:of|at|from)\\s+(?:the\\s+)?"
              + INSTITUTION);

  /** Courtesy titles before a name, not part of it. */
  private static final Pattern HONORIFIC =
      Pattern.compile("^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\\.?\\s+)+");

  /** Words of an institution's name that do not tell one institution from another. */
  private static final Set<String> GENERIC =
      Set.of(
          "university",
          "institute",
          "college",
          "hospital",
          "academy",
          "school",
          "laboratory",
          "centre",
          "center",
          "foundation",
          "museum",
          "observatory",
          "clinic",
          "polytechnic",
          "of",
          "the");

  private AffiliationCheck() {}

  /** The institution of each person named with one in {@code text}, by name without "Dr". */
  static Map<String, String> affiliations(String text) {
    return AFFILIATIONS.get(text);
  }

  /** A head word of an institution's name as a whole word. */
  private static final Pattern HEAD_WORD = Pattern.compile("\\b" + HEAD + "\\b");

  /** The affiliations of lately read texts: a claim's are read again for every passage. */
  private static final TextMemo<String, Map<String, String>> AFFILIATIONS =
      new TextMemo<>(
          "affiliations",
          4_096,
          String::length,
          t -> Collections.unmodifiableMap(affiliationsAnew(t)));

  private static Map<String, String> affiliationsAnew(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!text.contains("Univers") && !HEAD_WORD.matcher(text).find()) {
      return out;
    }
    for (Pattern p : new Pattern[] {NAME_OF, NAME_JOB_AT}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String name = HONORIFIC.matcher(m.group(1)).replaceFirst("").strip();
        if (name.contains(" ") && !name.matches(".*" + HEAD + ".*")) {
          out.putIfAbsent(name, m.group(2).strip());
        }
      }
    }
    return out;
  }

  /** What the passage says about the institutions of the people the claim names with one. */
  public static Optional<Finding> check(String claim, String passage) {
    Map<String, String> claimed = affiliations(claim);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> found = affiliations(passage);
    for (Map.Entry<String, String> c : claimed.entrySet()) {
      String there = found.get(c.getKey());
      if (there == null) {
        continue;
      }
      Set<String> a = distinctive(c.getValue());
      Set<String> b = distinctive(there);
      if (a.equals(b)) {
        return Optional.of(
            new Finding("role", "agrees", c.getKey() + " is at " + there + " in the evidence."));
      }
      if (!a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains)) {
        return Optional.of(
            new Finding(
                "role",
                "disagrees",
                "The claim places "
                    + c.getKey()
                    + " at "
                    + c.getValue()
                    + ", but the evidence says "
                    + c.getKey()
                    + " is at "
                    + there
                    + "."));
      }
    }
    return Optional.empty();
  }

  /** The words that tell an institution from another: "Kessel" of "University of Kessel". */
  private static Set<String> distinctive(String institution) {
    Set<String> out = new TreeSet<>();
    for (String w : institution.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!GENERIC.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
