package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.verify.Approx;
import org.factdesk.verify.Quantity;

/**
 * Finds figures in a sentence for the quantity check: the qualifier ("nearly", "more than"), the
 * number with its scale, and what it counts (the next noun, a currency or "%"). A stop-gap until
 * the claims extractor's quantities are adapted in; years are left to the time check.
 */
public final class QuantityParser {
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?:\\b(nearly|almost|about|around|roughly|approximately|some|no more than|more than"
              + "|greater than|higher than|over|at least|up to|at most|fewer than|less than"
              + "|lower than|under|below|just over|just under)\\s+)?"
              // a figure, not the tail of a name ("COVID-19", "F-16") or of another number
              + "([€$£]\\s?)?(?<![\\p{L}\\d][-–])(?<![\\p{L}\\d.,·])"
              // a label, not a count: "phase 2", "day 14", "type 1"
              + "(?<!(?i:phase|stage|type|grade|level|day|week|number|no\\.?|#)\\s)"
              + "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:[.·](\\d+))?"
              + "(?:\\s*(?:-|–|to)\\s*(\\d[\\d,]*(?:[.·]\\d+)?))?"
              + "(\\s*(?:%|percent\\b|per cent\\b))?"
              + "(?:\\s+(thousand|million|billion|trillion)\\b)?"
              + "(?:\\s+([\\p{L}][\\p{L}-]*))?(?:\\s+([\\p{L}][\\p{L}-]*))?",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> SKIP =
      Set.of(
          "a",
          "an",
          "the",
          "in",
          "on",
          "at",
          "of",
          "to",
          "and",
          "or",
          "by",
          "for",
          "from",
          "with",
          "per",
          "as",
          "than",
          "this",
          "that",
          "was",
          "were",
          "is",
          "are",
          "had",
          "has",
          "have",
          "new",
          "more",
          "extra",
          "further",
          "additional",
          "local",
          "year",
          "years");

  private QuantityParser() {}

  /** The figures in {@code text}, in order. */
  public static List<Quantity> parse(String text) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String intPart = m.group(3).replace(",", "");
      String frac = m.group(4);
      double v;
      try {
        v = Double.parseDouble(frac == null ? intPart : intPart + "." + frac);
      } catch (NumberFormatException e) {
        continue;
      }
      double step = frac == null ? 1 : Math.pow(10, -frac.length());
      double scale = scale(m.group(7));
      boolean percent = m.group(6) != null;
      String currency = m.group(2) == null ? null : m.group(2).strip();
      String w1 = lower(m.group(8));
      String w2 = lower(m.group(9));
      if (!percent && currency == null && scale == 1 && frac == null && v >= 1900 && v <= 2100) {
        continue; // a year
      }
      if (percent && CONFIDENCE.matcher(text).region(m.end(6), text.length()).lookingAt()) {
        continue; // "95% CI", "95% confidence interval": a confidence level
      }
      if (!percent && currency == null && MONTHS.contains(lower(m.group(8)))) {
        continue; // a day of a month: the time check's
      }
      String thing;
      if (percent) {
        thing = "%";
      } else if (currency != null) {
        thing =
            switch (currency) {
              case "€" -> "euro";
              case "$" -> "dollar";
              default -> "pound";
            };
      } else {
        thing = noun(w1, w2);
      }
      if (w1.startsWith("month")
          || w1.startsWith("week")
          || w1.startsWith("day")
          || w1.equals("year")
          || w1.equals("years")
          || w1.equals("hour")
          || w1.equals("hours")) {
        thing = TextSignals.stem(w1);
      }
      double upper = v;
      Approx approx = approx(m.group(1));
      if (m.group(5) != null) {
        try {
          upper = Double.parseDouble(m.group(5).replace(",", "").replace('·', '.'));
          approx = upper >= v ? Approx.RANGE : approx;
          upper = Math.max(upper, v);
        } catch (NumberFormatException e) {
          upper = v;
        }
      }
      out.add(
          new Quantity(
              v * scale,
              upper * scale,
              step * scale,
              thing,
              approx,
              context(text),
              text.substring(m.start(), shownEnd(m, thing)).strip()));
    }
    return out;
  }

  /** Where the figure as shown ends: after the number, its scale and unit, and its noun. */
  private static int shownEnd(Matcher m, String thing) {
    int end = m.end(3);
    for (int g = 4; g <= 7; g++) {
      end = Math.max(end, m.end(g));
    }
    if (!thing.isEmpty() && m.group(8) != null) {
      if (thing.equals(noun(m.group(8).toLowerCase(Locale.ROOT), ""))) {
        end = Math.max(end, m.end(8));
      } else if (m.group(9) != null
          && thing.equals(noun(m.group(9).toLowerCase(Locale.ROOT), ""))) {
        end = Math.max(end, m.end(9));
      }
    }
    return end;
  }

  private static final Pattern CONFIDENCE =
      Pattern.compile("\\s*(?:CI\\b|Cl\\b|confidence|credible)", Pattern.CASE_INSENSITIVE);

  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static final Set<String> ADJECTIVES =
      Set.of("new", "more", "extra", "further", "additional", "local", "old", "young", "final");

  private static String noun(String w1, String w2) {
    String w = w1;
    if (ADJECTIVES.contains(w)
        || w.equals("million")
        || w.equals("billion")
        || w.equals("thousand")) {
      w = w2;
    }
    if (w.isEmpty() || SKIP.contains(w) || ADJECTIVES.contains(w)) {
      return "";
    }
    return switch (w) {
      case "eur", "euros", "euro" -> "euro";
      case "usd", "dollars", "dollar" -> "dollar";
      default -> TextSignals.stem(w);
    };
  }

  /** The salient words of the sentence: longer than 3 letters, not function words, stemmed. */
  private static Set<String> context(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 3 && !SKIP.contains(w) && !GENERIC.contains(w)) {
        words.add(TextSignals.stem(w));
      }
    }
    return words;
  }

  private static final Set<String> GENERIC =
      Set.of(
          "than",
          "more",
          "nearly",
          "almost",
          "about",
          "around",
          "some",
          "over",
          "under",
          "least",
          "million",
          "billion",
          "thousand",
          "percent",
          "will",
          "would",
          "said",
          "says",
          "this",
          "that",
          "with",
          "from",
          "their",
          "they",
          "there",
          "were",
          "have",
          "been",
          "also",
          "according",
          "which",
          "into",
          "after",
          "before");

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static double scale(String s) {
    if (s == null) {
      return 1;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "thousand" -> 1e3;
      case "million" -> 1e6;
      case "billion" -> 1e9;
      default -> 1e12;
    };
  }

  static Approx approx(String q) {
    if (q == null) {
      return Approx.EXACT;
    }
    return switch (q.toLowerCase(Locale.ROOT)) {
      case "nearly", "almost", "just under" -> Approx.NEARLY;
      case "about", "around", "roughly", "approximately", "some" -> Approx.ABOUT;
      case "more than", "over", "just over", "greater than", "higher than" -> Approx.MORE_THAN;
      case "at least" -> Approx.AT_LEAST;
      case "fewer than", "less than", "lower than", "under", "below" -> Approx.LESS_THAN;
      default -> Approx.UP_TO;
    };
  }
}
