package org.factdesk.verify.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.Finds;
import org.factdesk.report.Finding;

/**
 * A change given as a multiple against one given as a share: "loans doubled" (times 2) against
 * "loans rose by about a third" (times 1.33) or "bookings have risen by 40%" (times 1.4). The two
 * are the same measure in other words, so a passage about the claim's own measure (every content
 * word of what changed, in the passage) agrees when the factors are close and disagrees otherwise.
 * A passage that gives another start year ("since 2015" against "since 2019") is about another span
 * and says nothing. The same multiple on both sides is {@link QuantityCheck}'s.
 */
public final class ChangeMultiple {
  /** "doubled", "nearly tripled", "has halved": group {@code m} the multiple. */
  private static final Pattern MULTIPLE =
      Pattern.compile(
          "\\b(?:(?:have|has|had)\\s+)?(?:(?:nearly|almost|more than|about|roughly)\\s+)?"
              + "(?<m>doubled|tripled|trebled|quadrupled|halved)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "rose by about a third", "has risen by 40%", "fell by a quarter". */
  private static final Pattern SHARE =
      Pattern.compile(
          "\\b(?<v>rose|risen|increased|grew|grown|climbed|jumped|went up|fell|fallen|dropped"
              + "|declined|decreased|went down)\\s+(?:by\\s+)?(?:(?:about|around|roughly|nearly"
              + "|almost|some|more than|over|less than|just over|just under)\\s+)?"
              + "(?:(?<n>\\d+(?:\\.\\d+)?)\\s*(?:%|per\\s*cent\\b|percent\\b)"
              + "|(?<f>a third|a quarter|a fifth|half|two[- ]thirds|three[- ]quarters))",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern YEAR = Pattern.compile("\\bsince\\s+(?<y>(?:19|20)\\d\\d)\\b");

  /** Factors closer than this share of the claim's are the same change. */
  static final double TOLERANCE = 0.12;

  /** Words of speech that are no part of what changed. */
  private static final Set<String> SPEECH = Set.of("say", "says", "said", "according", "told");

  private ChangeMultiple() {}

  /** What the passage says about the claim's multiple, if it gives the change as a share. */
  public static Optional<Finding> check(String claim, String passage) {
    if (!Finds.in(MULTIPLE, claim)) {
      return Optional.empty();
    }
    Matcher c = MULTIPLE.matcher(claim);
    if (!c.find()) {
      return Optional.empty();
    }
    Matcher p = SHARE.matcher(passage);
    if (!p.find()) {
      return Optional.empty();
    }
    Set<String> measure =
        TextSignals.of(claim.substring(0, c.start())).content().stream()
            .filter(w -> !SPEECH.contains(w))
            .collect(java.util.stream.Collectors.toSet());
    if (measure.isEmpty()
        || !TextSignals.of(passage.substring(0, p.start())).content().containsAll(measure)) {
      return Optional.empty(); // another measure, or one the passage does not name
    }
    String cy = year(claim);
    String py = year(passage);
    if (cy != null && py != null && !cy.equals(py)) {
      return Optional.empty();
    }
    double claimed = multiple(c.group("m"));
    double found = share(p);
    String said = "the claim's \"" + c.group() + "\" (times " + fmt(claimed) + ")";
    String given = "\"" + p.group() + "\" (times " + fmt(found) + ")";
    if (Math.abs(found - claimed) <= TOLERANCE * claimed) {
      return Optional.of(
          new Finding("quantity", "agrees", capital(said) + " agrees with " + given + "."));
    }
    return Optional.of(
        new Finding(
            "quantity",
            "disagrees",
            capital(said) + " is another change than " + given + " in the evidence."));
  }

  private static String year(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? m.group("y") : null;
  }

  private static double multiple(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "doubled" -> 2;
      case "tripled", "trebled" -> 3;
      case "quadrupled" -> 4;
      default -> 0.5; // halved
    };
  }

  private static double share(Matcher m) {
    double s;
    if (m.group("n") != null) {
      s = Double.parseDouble(m.group("n")) / 100;
    } else {
      s =
          switch (m.group("f").toLowerCase(Locale.ROOT).replace('-', ' ')) {
            case "a third" -> 1 / 3.0;
            case "a quarter" -> 0.25;
            case "a fifth" -> 0.2;
            case "half" -> 0.5;
            case "two thirds" -> 2 / 3.0;
            default -> 0.75; // three quarters
          };
    }
    String v = m.group("v").toLowerCase(Locale.ROOT);
    boolean down =
        v.startsWith("fell")
            || v.startsWith("fallen")
            || v.startsWith("dropped")
            || v.startsWith("decl")
            || v.startsWith("decr")
            || v.equals("went down");
    return down ? 1 - s : 1 + s;
  }

  private static String fmt(double f) {
    return String.format(Locale.ROOT, "%.2f", f).replaceAll("\\.?0+$", "");
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
