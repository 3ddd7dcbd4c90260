package org.factdesk.nlp;

import java.util.Locale;
import java.util.Map;

/** English number and ordinal words: "three hundred" is 300, "twenty-five" 25, "a dozen" 12. */
public final class NumberWords {
  static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("dozen", 12));

  static final Map<String, Double> SCALES =
      Map.of(
          "hundred", 1e2,
          "thousand", 1e3,
          "million", 1e6,
          "billion", 1e9,
          "trillion", 1e12,
          "bn", 1e9,
          "tn", 1e12,
          "mn", 1e6);

  static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fifteenth", 15),
          Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30),
          Map.entry("fiftieth", 50),
          Map.entry("hundredth", 100));

  /** Regex alternation of all cardinal words and scales, longest first. */
  static final String CARDINAL_ALT =
      "seventeen|thirteen|fourteen|nineteen|eighteen|fifteen|sixteen|seventy|hundred|thousand"
          + "|trillion|million|billion|twenty|thirty|eleven|twelve|ninety|eighty|forty|fifty"
          + "|sixty|three|seven|eight|dozen|four|five|nine|zero|one|two|six|ten";

  /** Regex alternation of ordinal words, longest first. */
  static final String ORDINAL_ALT =
      "thirteenth|fifteenth|twentieth|thirtieth|hundredth|eleventh|seventh|fiftieth|twelfth"
          + "|second|fourth|eighth|third|first|fifth|sixth|ninth|tenth";

  /** Names of the powers of one thousand, for writing numbers out: index 1 is "thousand". */
  private static final java.util.List<String> SCALE_NAMES =
      java.util.List.of(
          "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion");

  private static final Map<Integer, String> WORD_OF = wordOf();

  private NumberWords() {}

  private static Map<Integer, String> wordOf() {
    Map<Integer, String> m = new java.util.HashMap<>();
    UNITS.forEach(
        (w, v) -> {
          if (!w.equals("dozen")) {
            m.put(v, w);
          }
        });
    return Map.copyOf(m);
  }

  /**
   * The English word for {@code n} when it has one of its own: 0..19 and the tens 20..90
   * ("seventeen", "forty").
   *
   * @throws IllegalArgumentException for any other number
   */
  public static String word(int n) {
    String w = WORD_OF.get(n);
    if (w == null) {
      throw new IllegalArgumentException("n must be 0..19 or a multiple of ten up to 90, got " + n);
    }
    return w;
  }

  /**
   * The name of the {@code index}-th power of one thousand: 1 "thousand", 2 "million", ... 6
   * "quintillion"; 0 is the empty string.
   */
  public static String scaleName(int index) {
    if (index < 0 || index >= SCALE_NAMES.size()) {
      throw new IllegalArgumentException(
          "index must be 0.." + (SCALE_NAMES.size() - 1) + ", got " + index);
    }
    return SCALE_NAMES.get(index);
  }

  /** The value of an ordinal word ("third" is 3, "twelfth" 12), or null for any other word. */
  public static Integer ordinal(String lowerCaseWord) {
    return ORDINALS.get(lowerCaseWord);
  }

  /**
   * True for a lower-case cardinal number word or scale ("three", "seventy", "dozen", "hundred",
   * "million", "bn").
   */
  public static boolean isNumberWord(String lowerCaseWord) {
    return UNITS.containsKey(lowerCaseWord) || SCALES.containsKey(lowerCaseWord);
  }

  /**
   * Value of a sequence of number words ("three hundred", "twenty-five", "a dozen", "two million"),
   * or -1 if it is not one.
   */
  public static double parse(String words) {
    String[] parts = words.toLowerCase(Locale.ROOT).replace('-', ' ').strip().split("\\s+");
    double total = 0;
    double current = 0;
    boolean any = false;
    for (String p : parts) {
      if (p.equals("a") || p.equals("an") || p.equals("and")) {
        if (p.equals("a") || p.equals("an")) {
          current = Math.max(current, 1);
        }
        continue;
      }
      Integer u = UNITS.get(p);
      if (u != null) {
        if (p.equals("dozen")) {
          current = (current == 0 ? 1 : current) * 12;
        } else {
          current += u;
        }
        any = true;
        continue;
      }
      Double s = SCALES.get(p);
      if (s != null) {
        if (current == 0) {
          current = 1;
        }
        if (s == 100) {
          current *= 100;
        } else {
          total += current * s;
          current = 0;
        }
        any = true;
        continue;
      }
      return -1;
    }
    return any ? total + current : -1;
  }
}
