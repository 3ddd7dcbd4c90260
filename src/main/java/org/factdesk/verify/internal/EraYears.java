package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;

/**
 * Dates before the common era and ages of old things, which the date extractor does not read:
 * "around 650 BC", "the seventh century BC", "about 2,670 years old" (a year counted back from the
 * day the passage was written). {@link #check} compares a claim's date with the passage's for the
 * same thing; {@link #gaps} states the years between two dates of one sentence ("650 BC and ... 250
 * BC"), which meet a claim's "about 400 years older than".
 */
public final class EraYears {
  private EraYears() {}

  /** The check name of an era date's finding. */
  public static final String NAME = "era date";

  /** A year of the era, signed (650 BC is -650), as an interval of the years it allows. */
  record Era(double low, double high, int start, int end, String text) {
    Era {
      if (low > high) {
        throw new IllegalArgumentException("low must be <= high, got " + low + " > " + high);
      }
    }
  }

  private static final String QUALIFIER =
      "(?:(about|around|circa|c\\.|roughly|some|approximately|nearly|more than|over)\\s+)?";

  /** "around 650 BC", "AD 43", "1100 BCE". */
  private static final Pattern YEAR =
      Pattern.compile(
          "(?i)\\b"
              + QUALIFIER
              + "(?:(\\d{1,2},?\\d{3}|\\d{1,4})\\s*(BC|BCE|B\\.C\\.|AD|CE)\\b|(?<=\\bAD\\s)(\\d{1,4})\\b)");

  private static final List<String> ORDINALS =
      List.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth");

  /** "the seventh century BC", "the 9th century BCE". */
  private static final Pattern CENTURY =
      Pattern.compile(
          "(?i)\\b(?:(early|mid|late)[- ])?("
              + String.join("|", ORDINALS)
              + "|\\d{1,2}(?:st|nd|rd|th))"
              + "[- ]century\\s+(BC|BCE|B\\.C\\.)");

  /** "about 2,670 years old", "some 2,900 years ago", "the 2,670-year-old boat". */
  private static final Pattern AGE =
      Pattern.compile(
          "(?i)\\b" + QUALIFIER + "(\\d{1,2},\\d{3}|\\d{3,5})[- ]years?[- ](?:old|ago)\\b");

  /** The youngest age, in years, that dates a thing to antiquity rather than to a life. */
  static final int OLD = 150;

  /** The era dates of {@code text}, ages read against the year {@code written} (0: unknown). */
  static List<Era> of(String text, int written) {
    return ERAS.get(new Written(text, written));
  }

  /** A text and the year it was written (0: unknown). */
  private record Written(String text, int year) {}

  /** The eras of lately read texts: the check reads the claim's again for every passage. */
  private static final TextMemo<Written, List<Era>> ERAS =
      new TextMemo<>(
          "eras", 4_096, w -> w.text().length(), w -> List.copyOf(ofAnew(w.text(), w.year())));

  private static List<Era> ofAnew(String text, int written) {
    List<Era> out = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      String digits = m.group(2) != null ? m.group(2) : m.group(4);
      int n = Integer.parseInt(digits.replace(",", ""));
      boolean bc = m.group(3) != null && m.group(3).toUpperCase(Locale.ROOT).startsWith("B");
      double year = bc ? -n : n;
      double reach = reach(n, m.group(1));
      out.add(new Era(year - reach, year + reach, m.start(), m.end(), m.group()));
    }
    Matcher c = CENTURY.matcher(text);
    while (c.find()) {
      String w = c.group(2).toLowerCase(Locale.ROOT);
      int k = ORDINALS.indexOf(w) + 1;
      if (k == 0) {
        k = Integer.parseInt(w.replaceAll("\\D", ""));
      }
      double low = -100.0 * k; // the seventh century BC: 700 to 601 BC
      double high = -100.0 * (k - 1) - 1;
      String part = c.group(1) == null ? "" : c.group(1).toLowerCase(Locale.ROOT);
      if (part.equals("early")) {
        high = low + 40;
      } else if (part.equals("late")) {
        low = high - 40;
      }
      out.add(new Era(low, high, c.start(), c.end(), c.group()));
    }
    if (written > 0) {
      Matcher a = AGE.matcher(text);
      while (a.find()) {
        int n = Integer.parseInt(a.group(2).replace(",", ""));
        if (n < OLD) {
          continue;
        }
        double year = written - n;
        double reach = reach(n, a.group(1));
        out.add(new Era(year - reach, year + reach, a.start(), a.end(), a.group()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Era::start));
    return out;
  }

  /**
   * How far a year or an age written as {@code n} reaches: its rounding (650 to the ten, 600 to the
   * hundred, 2,670 to the ten), and with "about" or "around" at least 50 years or 2% of {@code n}.
   */
  static double reach(int n, String qualifier) {
    int unit = 1;
    while (n != 0 && n % (unit * 10) == 0 && unit < 1000) {
      unit *= 10;
    }
    double reach = unit / 2.0;
    if (qualifier != null) {
      reach = Math.max(reach, Math.max(50, 0.02 * n));
    }
    return reach;
  }

  /** What the passage's era dates for the claim's thing say about the claim's, if anything. */
  public static Optional<Finding> check(String claim, String passage, int written) {
    List<Era> cs = of(claim, 0);
    if (cs.isEmpty() || cs.stream().noneMatch(e -> e.high() < 0)) {
      return Optional.empty();
    }
    String thing = subjectHead(claim);
    if (thing.isEmpty()) {
      return Optional.empty();
    }
    Finding agrees = null;
    Finding disagrees = null;
    for (String sentence : EventCheck.SENTENCE_END.split(passage)) {
      List<Era> ps = of(sentence, written);
      if (ps.isEmpty() || !subjectNouns(sentence).contains(thing)) {
        continue; // "a wooden paddle found beside the boat is about 1,900 years old"
      }
      for (Era c : cs) {
        for (Era p : ps) {
          boolean overlap = p.low() <= c.high() && c.low() <= p.high();
          String detail =
              "The claim dates it \""
                  + c.text()
                  + "\"; the evidence says \""
                  + p.text()
                  + "\" ("
                  + shown(p)
                  + ").";
          if (overlap && agrees == null) {
            agrees = new Finding(NAME, "agrees", detail);
          } else if (!overlap && disagrees == null) {
            disagrees = new Finding(NAME, "disagrees", detail);
          }
        }
      }
    }
    return Optional.ofNullable(agrees != null ? agrees : disagrees);
  }

  /** An era interval for a reader: "from 650 BC to 601 BC", "about 644 BC". */
  private static String shown(Era e) {
    if (e.high() - e.low() <= 1) {
      return year(e.low());
    }
    return "from " + year(e.low()) + " to " + year(e.high());
  }

  private static String year(double y) {
    long r = Math.round(y);
    return r < 0 ? (-r) + " BC" : "AD " + r;
  }

  /** Words of a subject that are not its head: "the Varno log boat" has the head "boat". */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that");

  /**
   * The nouns of the sentence's grammatical subject, lower-cased and stemmed: those before its
   * first preposition, auxiliary, comma or verb that no noun follows ("The Varno log boat dates
   * from ..." gives boat and date, though the tagger reads "log" as a verb; "A wooden paddle found
   * beside it ..." gives paddle).
   */
  static List<String> subjectNouns(String sentence) {
    List<Token> tokens = Tagger.shared().tag(sentence);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String pos = t.pos();
      boolean nounNext = i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("NOUN");
      if (pos.equals("ADP")
          || pos.equals("AUX")
          || pos.equals("PUNCT")
          || (pos.equals("VERB") && !nounNext)) {
        break;
      }
      if ((pos.equals("NOUN") || (pos.equals("PROPN") && !t.capitalised()))
          && !DETERMINERS.contains(t.text().toLowerCase(Locale.ROOT))) {
        out.add(TextSignals.stem(t.text().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /** The head noun of the sentence's grammatical subject ({@link #subjectNouns}), or "". */
  static String subjectHead(String sentence) {
    List<String> nouns = subjectNouns(sentence);
    return nouns.isEmpty() ? "" : nouns.get(nouns.size() - 1);
  }

  /**
   * The years between each two era dates of one sentence of {@code text}, as differences ({@link
   * DerivedDifferences}): "the Varno boat at about 650 BC and the Halden boat at about 250 BC"
   * states about 400 years. Ages of two people ("Marsh, 29, ... the 24-year-old Sorensen") state
   * the years between them too.
   */
  static void gaps(String text, Set<String> context, List<Quantity> out) {
    for (String sentence : EventCheck.SENTENCE_END.split(text)) {
      List<Era> eras = of(sentence, 0);
      for (int i = 0; i + 1 < eras.size(); i++) {
        Era a = eras.get(i);
        Era b = eras.get(i + 1);
        double mid = Math.abs((a.low() + a.high()) / 2 - (b.low() + b.high()) / 2);
        double reach = Math.max(a.high() - a.low(), b.high() - b.low()) / 2;
        out.add(
            DerivedDifferences.gap(
                mid, reach, "year", context, a.text() + " against " + b.text(), sentence));
      }
      List<Integer> ages = ages(sentence);
      for (int i = 0; i + 1 < ages.size(); i++) {
        double gap = Math.abs(ages.get(i) - ages.get(i + 1));
        out.add(
            DerivedDifferences.gap(
                gap,
                0.5,
                "year",
                context,
                "ages " + ages.get(i) + " against " + ages.get(i + 1),
                sentence));
      }
    }
  }

  /** "Marsh, 29," and "the 24-year-old Sorensen": a person's age beside the name. */
  private static final Pattern NAME_AGE =
      Pattern.compile(
          "\\b\\p{Lu}\\p{Ll}+,\\s+(\\d{1,3}),|\\b(\\d{1,3})-year-old\\s+(?:\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+");

  /** The ages of named people in {@code sentence}, in order. */
  static List<Integer> ages(String sentence) {
    List<Integer> out = new ArrayList<>();
    Matcher m = NAME_AGE.matcher(sentence);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return out;
  }
}
