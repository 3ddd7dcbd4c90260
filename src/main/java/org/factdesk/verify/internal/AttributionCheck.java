package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;

/**
 * Attribution: "X, according to A" against a passage where the same figure comes from B ("B
 * reported", "according to B", "said B") or where A is said not to have published it.
 */
public final class AttributionCheck {
  private static final Pattern ACCORDING =
      Pattern.compile(
          "\\baccording to (?:the )?((?:[\\p{L}'-]+\\s+){0,5}?[\\p{L}'-]+?)(?=[,.;]|$| said| which)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SAID_BY =
      Pattern.compile(
          "\\b(?:said|reported|published|announced|counted|estimated) by (?:the )?((?:[\\p{L}'-]+\\s+){0,5}?[\\p{L}'-]+?)(?=[,.;]|$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SUBJECT_VERB =
      Pattern.compile(
          "\\b[Tt]he ((?:[\\p{L}'-]+\\s+){0,4}?(?:office|ministry|service|agency|department|bureau"
              + "|authority|institute|council|commission|board|union|association|police))\\s+(?:said|reported|published|announced"
              + "|counted|estimated|put)",
          Pattern.CASE_INSENSITIVE);

  private AttributionCheck() {}

  /** The sources a text attributes something to, lower case. */
  static List<String> sources(String text) {
    return SOURCES.get(text);
  }

  /** The sources of lately read texts: a claim's are read again for every passage. */
  private static final TextMemo<String, List<String>> SOURCES =
      new TextMemo<>("sources", 4_096, String::length, t -> List.copyOf(sourcesAnew(t)));

  private static List<String> sourcesAnew(String text) {
    List<String> out = new ArrayList<>();
    for (Pattern p : List.of(ACCORDING, SAID_BY, SUBJECT_VERB)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(m.group(1).toLowerCase(Locale.ROOT).strip());
      }
    }
    return out;
  }

  /** What the passage says about who the claim's figure came from, if anything. */
  public static Optional<Finding> check(String claim, String passage) {
    List<String> claimed = sources(claim);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    List<Quantity> cq = QuantityParser.parse(claim);
    List<Quantity> pq = QuantityParser.parse(passage);
    boolean sameFigure = false;
    for (Quantity c : cq) {
      for (Quantity p : pq) {
        sameFigure |= c.compareWith(p) == Quantity.Comparison.AGREES;
      }
    }
    if (!sameFigure) {
      return Optional.empty();
    }
    List<String> found = sources(passage);
    String lowerPassage = passage.toLowerCase(Locale.ROOT);
    for (String a : claimed) {
      if (found.stream().anyMatch(f -> overlaps(f, a))) {
        return Optional.of(
            new Finding(
                "attribution", "agrees", "The evidence also attributes the figure to " + a + "."));
      }
    }
    for (String a : claimed) {
      if (lowerPassage.contains(a)
          && lowerPassage.matches(".*\\b(not|yet to|has not|hasn't)\\b.*")) {
        return Optional.of(
            new Finding(
                "attribution",
                "disagrees",
                "The evidence says " + a + " has not published the figure."));
      }
    }
    if (!found.isEmpty()) {
      return Optional.of(
          new Finding(
              "attribution",
              "disagrees",
              "The claim attributes the figure to "
                  + claimed.get(0)
                  + ", but the evidence says it came from "
                  + found.get(0)
                  + "."));
    }
    return Optional.empty();
  }

  private static boolean overlaps(String a, String b) {
    String[] wa = a.split("\\s+");
    int shared = 0;
    for (String w : wa) {
      if (w.length() > 3 && b.contains(w)) {
        shared++;
      }
    }
    return shared >= Math.min(2, wa.length);
  }
}
