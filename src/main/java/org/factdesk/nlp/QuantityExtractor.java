package org.factdesk.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.Prefilter;

/**
 * Finds quantities in English text: digits with separators ("1,000", "15 000"), decimals, number
 * words ("three hundred", "a dozen"), scales ("1.3 million", "$2.4bn"), currencies, percentages and
 * percentage points, ordinals, "1,000-kilometer" compounds and ranges ("between 10 and 20"). Years
 * ("in 2014"), days of the month and clock times are not counts and are skipped.
 */
public final class QuantityExtractor {
  private static final String CUR = "(?<cur>US\\$|\\$|€|£|¥)?\\s?";
  private static final String DIGITS =
      "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d,.]?\\d)"
          // "12·4" (a middle dot, as The Lancet writes decimals)
          + "|\\d+(?:[.·]\\d+)?|\\.\\d+)"
          + "(?<ord>st|nd|rd|th)?"
          + "(?:\\s?(?<scale>million|billion|trillion|thousand|bn|tn|mn)\\b"
          + "|(?<glued>km|kg|mph|m|k)\\b|\\s(?<spaced>km|kg|mph)\\b)?";
  private static final String WORDS =
      "\\b(?<words>(?:an? (?=dozen|hundred|thousand|million|billion))?(?:"
          + NumberWords.CARDINAL_ALT
          // "and" joins number words only after a scale: "two hundred and five" is one number;
          // "four and six" (in "between four and six months") is two
          + ")(?:(?:-|\\s+|(?<=hundred|thousand|million|billion)\\s+and\\s+)(?:"
          + NumberWords.CARDINAL_ALT
          + "))*)\\b";
  private static final String ORDW = "\\b(?<ordw>" + NumberWords.ORDINAL_ALT + ")\\b";
  private static final String TAIL =
      "(?<pct>\\s?%|\\s(?:percent|per cent)\\b|\\s(?:percentage points?)\\b)?"
          + "(?<comp>-(?<cunit>\\p{L}+)(?:-\\p{L}+)*)?";
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d.,·])(?<!\\p{L}-)"
              + CUR
              + "(?:"
              + DIGITS
              + "|"
              + WORDS
              + "|"
              + ORDW
              + ")"
              // "fourteen and a half hours", "2 and a half years"
              + "(?<half>\\s+and\\s+a\\s+half\\b)?"
              + TAIL,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A proportion in words: "a half", "two thirds", "a quarter", "half". */
  private static final String PART_WORDS =
      "(?:a|one|two|three)[\\s-]+(?:half|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths"
          + "|tenth|tenths)|half";

  /**
   * Proportions written as words: "one in five", "3 in 10", "half of", "a third of", "two thirds
   * of", "a quarter of". They are read as percentages ("one in five" is 20 percent).
   */
  private static final Pattern FRACTION =
      Pattern.compile(
          "\\b(?:(?<a>one|two|three|four|five|six|seven|eight|nine|\\d{1,2})\\s+(?:in|out of)\\s+"
              + "(?<b>two|three|four|five|six|seven|eight|nine|ten|(?:a|one) hundred|(?:a|one) thousand"
              + "|\\d{1,3}(?:,\\d{3})?)\\b"
              + "|(?<!\\band\\s)(?<part>(?:a|one|two|three)[\\s-]+(?:half|third|thirds|quarter|quarters|fourth"
              + "|fourths|fifth|fifths|tenth|tenths)|(?<!(?:first|second|other|the|latter|a)\\s)half)"
              + "(?=\\s+(?:of|the|its|their|all)\\b)"
              // a score out of 10 or 100: "8.9/10", "over 50/100"
              + "|(?<![\\d.,/])(?<sa>\\d{1,3}(?:\\.\\d+)?)/(?<sb>10|100)(?![\\d/.,]\\d|\\d))",
          Pattern.CASE_INSENSITIVE);

  /**
   * A change by a proportion in words: "fell by nearly a fifth", "cut by half", "a third less", "a
   * quarter more" (read as percentages, like {@link #FRACTION}).
   */
  private static final Pattern CHANGE_FRACTION =
      Pattern.compile(
          "(?:\\bby\\s+(?:(?:nearly|almost|about|around|roughly|some|more than|less than|over"
              + "|under|just over|just under)\\s+)?(?<by>"
              + PART_WORDS
              + ")\\b"
              + "|\\b(?<than>"
              + PART_WORDS
              + ")\\s+(?:less|more|fewer|lower|higher|smaller|larger|cheaper|dearer)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Ratios in words: "twice", "doubled", "tripled", and "double" or "triple" before a determiner
   * ("double the risk", "double a person's risk"; not "double-blind", "a double room"; not
   * "doubling", which names a change of something else as often as not: "equivalent to doubling the
   * ventilation rate"). Read as so many times.
   */
  private static final Pattern MULTIPLIER =
      Pattern.compile(
          "\\b(?:(?<m>twice|doubled|doubles|tripled|triples|quadrupled)\\b(?!-)"
              + "|(?<d>double|triple|quadruple)(?=\\s+(?:the|that|its|their|his|her|what|an?)\\b))",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Double> PARTS =
      Map.ofEntries(
          Map.entry("half", 50.0),
          Map.entry("third", 100 / 3.0),
          Map.entry("thirds", 100 / 3.0),
          Map.entry("quarter", 25.0),
          Map.entry("quarters", 25.0),
          Map.entry("fourth", 25.0),
          Map.entry("fourths", 25.0),
          Map.entry("fifth", 20.0),
          Map.entry("fifths", 20.0),
          Map.entry("tenth", 10.0),
          Map.entry("tenths", 10.0));

  private static final Pattern MONTH_BEFORE =
      Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s$");
  private static final Pattern MONTH_AFTER =
      Pattern.compile("(?i)^\\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

  /** A place in a ranking: "was number 91", "placed # 92", "ranked No. 3". */
  private static final Pattern RANK_BEFORE =
      Pattern.compile(
          "(?i)(?:^|[^\\p{L}])(?:(?:was|is|at|placed|ranked|reached|peaked at)\\s+)"
              + "(?:number|no\\.|#)\\s?$");

  private static final Pattern LABEL_BEFORE =
      Pattern.compile(
          "(?i)(?:^|[^\\p{L}])(?:phase|stage|type|grade|level|day|week|number|no\\.|#)\\s?$");
  private static final Pattern SEASON_BEFORE = Pattern.compile("(?:1[89]|20)\\d\\d[-–/]$");
  private static final Pattern CONFIDENCE_AFTER =
      Pattern.compile("\\s*(?:CI\\b|Cl\\b|confidence|credible)", Pattern.CASE_INSENSITIVE);

  /** Qualifiers before a number, matched against the lower-cased text just before it. */
  private static final List<Map.Entry<Pattern, Approx>> QUALIFIERS =
      List.of(
          // negated bounds first: "no more than 120" is at most 120, not more than 120
          qualifier(
              "no more than|not more than|no greater than|not greater than|no higher than"
                  + "|not higher than|no larger than|not exceeding|not to exceed|not exceed"
                  + "|\\p{L}*n['’]t exceed|never exceeds?",
              Approx.UP_TO),
          qualifier(
              "no fewer than|not fewer than|no less than|not less than|no lower than"
                  + "|not lower than",
              Approx.AT_LEAST),
          qualifier(
              "more than|greater than|higher than|older than|just over|over|in excess of|above"
                  + "|upwards of",
              Approx.MORE_THAN),
          qualifier("at least|a minimum of", Approx.AT_LEAST),
          qualifier("nearly|almost|close to|just under|just shy of", Approx.NEARLY),
          qualifier(
              "about|around|approximately|roughly|some|an estimated|estimated|circa|~",
              Approx.ABOUT),
          qualifier("up to|as many as|as much as|at most|a maximum of", Approx.UP_TO),
          qualifier("less than|fewer than|lower than|younger than|under|below", Approx.LESS_THAN));

  private static final Set<String> STOP_NOUNS =
      Set.of("of", "and", "or", "in", "on", "at", "to", "from", "for", "by", "with", "than");

  /** Words between a figure and its noun that say the things are added ("24 extra trains"). */
  private static final Set<String> ADDED =
      Set.of("extra", "additional", "more", "further", "fewer", "new");

  private QuantityExtractor() {}

  private static Map.Entry<Pattern, Approx> qualifier(String alternatives, Approx a) {
    return Map.entry(Pattern.compile("(?:^|[^\\p{L}])(?:" + alternatives + ")\\s*$"), a);
  }

  /** Quantities in {@code text}, in order; {@code tokens} are its tagged tokens (for nouns). */
  public static List<Quantity> extract(String text, List<Token> tokens) {
    List<Quantity> fractions = fractions(text);
    List<Quantity> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      Quantity q = build(text, tokens, m);
      if (q != null
          && fractions.stream().noneMatch(f -> f.start() < q.end() && q.start() < f.end())) {
        found.add(q);
      }
    }
    found.addAll(fractions);
    found.sort(java.util.Comparator.comparingInt(Quantity::start));
    return mergeRanges(text, found);
  }

  /** The proportions written as words ("nearly one in five"), as percentages. */
  static List<Quantity> fractions(String text) {
    List<Quantity> out = new ArrayList<>();
    if (Prefilter.enabled() && !mayHoldFraction(text)) {
      return out;
    }
    Matcher m = FRACTION.matcher(text);
    while (m.find()) {
      double value;
      if (m.group("sa") != null) {
        value = 100 * Double.parseDouble(m.group("sa")) / Double.parseDouble(m.group("sb"));
        if (value > 100) {
          continue;
        }
      } else if (m.group("part") != null) {
        value = partValue(m.group("part"));
        Matcher point = POINT_AFTER.matcher(text).region(m.end("part"), text.length());
        if (point.lookingAt()) {
          // "a quarter of a point": a fraction of a percentage point, not 25%
          out.add(pointFraction(text, m.start(), point.end(), value));
          continue;
        }
      } else {
        double a = number(m.group("a"));
        double b = number(m.group("b"));
        if (!(a > 0 && b > a)) {
          continue;
        }
        value = 100 * a / b;
      }
      value = Math.round(value * 100) / 100.0;
      out.add(
          qualified(text, m.start(), m.end(), value, m.group("sa") != null ? "score" : "percent"));
    }
    Matcher c = CHANGE_FRACTION.matcher(text);
    while (c.find()) {
      String group = c.group("by") != null ? "by" : "than";
      int start = c.start(group);
      int end = c.end(group);
      if (out.stream().anyMatch(f -> f.start() < end && start < f.end())) {
        continue;
      }
      // not "bought by a third party" or "backed by half the board": no change before "by"
      if (group.equals("by") && !changeBefore(text, c.start())) {
        continue;
      }
      Matcher point = POINT_AFTER.matcher(text).region(end, text.length());
      if (point.lookingAt()) {
        // "cut by half a point": a fraction of a percentage point, not 50%
        out.add(pointFraction(text, start, point.end(), partValue(c.group(group))));
        continue;
      }
      out.add(
          qualified(
              text, start, end, Math.round(partValue(c.group(group)) * 100) / 100.0, "percent"));
    }
    out.sort(java.util.Comparator.comparingInt(Quantity::start));
    return out;
  }

  /** The words of {@link #PART_WORDS} without their counts. */
  private static final String[] PARTS_WRITTEN = {
    "half", "third", "quarter", "fourth", "fifth", "tenth"
  };

  private static final String[] SMALL_NUMBERS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  /**
   * Whether {@link #FRACTION} or {@link #CHANGE_FRACTION} may match {@code text} (see {@link
   * Prefilter}): each needs a part ("half", "a third"), a score's slash, or "in" or "out of" after
   * a small number ("one in five"). Both patterns are case-insensitive in ASCII only, and lower
   * case keeps every ASCII letter's place, so the test on the lower-case text misses no match.
   */
  static boolean mayHoldFraction(String text) {
    if (text.indexOf('/') >= 0) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return Prefilter.containsAny(lower, PARTS_WRITTEN)
        || Prefilter.afterNumber(lower, "in", SMALL_NUMBERS)
        || Prefilter.afterNumber(lower, "out of", SMALL_NUMBERS);
  }

  /** A form of "be" just before "up" or "down": "sales are up by a third". */
  private static final Pattern BE_BEFORE =
      Pattern.compile("\\b(?:is|are|was|were|be|been|being)\\s+(?:\\p{L}+ly\\s+)?$");

  /** True when the clause before {@code at} has a verb of change ("fell", "was cut"). */
  private static boolean changeBefore(String text, int at) {
    int from = 0;
    for (int i = at - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (ch == '.' || ch == ';' || ch == ':' || ch == ',' || ch == '!' || ch == '?') {
        from = i + 1;
        break;
      }
    }
    String clause = text.substring(from, at).toLowerCase(Locale.ROOT);
    Matcher m = ChangeWords.VERB.matcher(clause);
    while (m.find()) {
      // "up" and "down" only just before "by": "is up by a third", not "set up by a third party"
      boolean particle = m.group().equals("up") || m.group().equals("down");
      if (!particle
          || clause.substring(m.end()).isBlank()
              && BE_BEFORE.matcher(clause.substring(0, m.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A percentage point after a fraction in words: "a quarter of a point", "half a percentage
   * point", "a quarter point".
   */
  private static final Pattern POINT_AFTER =
      Pattern.compile(
          "(?:\\s+of)?\\s+(?:a\\s+)?(?:percentage[\\s-]+)?points?\\b", Pattern.CASE_INSENSITIVE);

  /** A fraction of a percentage point: {@code percent} of one point ("half a point" is 0.5). */
  private static Quantity pointFraction(String text, int start, int end, double percent) {
    return qualified(text, start, end, Math.round(percent * 100) / 10000.0, "percentage points");
  }

  /** "a fifth" is 20, "two thirds" 66.67, "half" 50 (percent). */
  private static double partValue(String part) {
    String[] w = part.toLowerCase(Locale.ROOT).split("[\\s-]+");
    double count = w.length == 1 || w[0].equals("a") ? 1 : NumberWords.parse(w[0]);
    return count * PARTS.get(w[w.length - 1]);
  }

  /**
   * The ratios written as words ("more than double", "tripled"), as so many times. Not part of
   * {@link #extract}: for the claims' structure "sales doubled" is a change, not a count; the
   * verification checks compare them ("more than double the risk" against "2.3 times").
   */
  public static List<Quantity> multipliers(String text) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = MULTIPLIER.matcher(text);
    while (m.find()) {
      String w = (m.group("m") != null ? m.group("m") : m.group("d")).toLowerCase(Locale.ROOT);
      double value = w.startsWith("tw") || w.startsWith("doub") ? 2 : w.startsWith("tri") ? 3 : 4;
      out.add(qualified(text, m.start(), m.end(), value, "times"));
    }
    return out;
  }

  /** An exact figure at {@code [start, end)} with the qualifier before it ("more than"), if any. */
  private static Quantity qualified(String text, int start, int end, double value, String unit) {
    Map.Entry<Integer, Approx> q = qualifier(text, start);
    return new Quantity(
        text.substring(q.getKey(), end),
        q.getKey(),
        end,
        value,
        unit,
        q.getValue(),
        value,
        value,
        false);
  }

  private static double number(String s) {
    return Character.isDigit(s.charAt(0))
        ? Double.parseDouble(s.replace(",", ""))
        : NumberWords.parse(s);
  }

  /**
   * A negation a few words before a bound, with only words between ("does not cost more than 15
   * euros", "never fell below 20"): the bound is then the other one (at most 15, at least 20). "Not
   * only" negates nothing.
   */
  private static final Pattern NEGATED_BOUND =
      Pattern.compile(
          "(?:\\bnot(?!\\s+(?:only|just|merely|simply)\\b)|\\bnever|n['’]t)\\s+(?:\\p{L}+\\s+){0,2}$");

  private static Approx negatedBound(String text, int qStart, Approx a) {
    if (a != Approx.MORE_THAN && a != Approx.LESS_THAN) {
      return a;
    }
    String before = text.substring(Math.max(0, qStart - 40), qStart).toLowerCase(Locale.ROOT);
    if (!NEGATED_BOUND.matcher(before).find()) {
      return a;
    }
    return a == Approx.MORE_THAN ? Approx.UP_TO : Approx.AT_LEAST;
  }

  /** The qualifier just before {@code start} ("nearly", "more than"): its start and meaning. */
  private static Map.Entry<Integer, Approx> qualifier(String text, int start) {
    String lowerBefore = text.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT);
    for (Map.Entry<Pattern, Approx> e : QUALIFIERS) {
      Matcher qm = e.getKey().matcher(lowerBefore);
      if (qm.find()) {
        int qStart = start - (lowerBefore.length() - qm.start());
        while (qStart < start
            && !Character.isLetter(text.charAt(qStart))
            && text.charAt(qStart) != '~') {
          qStart++;
        }
        return Map.entry(qStart, negatedBound(text, qStart, e.getValue()));
      }
    }
    return Map.entry(start, Approx.EXACT);
  }

  private static Quantity build(String text, List<Token> tokens, Matcher m) {
    String cur = m.group("cur");
    String num = m.group("num");
    String words = m.group("words");
    String ordw = m.group("ordw");
    String pct = m.group("pct");
    String scale = m.group("scale");
    // "12km", and "12 km" (a spaced abbreviation is a unit too; a spaced "m" or "k" is not read)
    String glued = m.group("glued") != null ? m.group("glued") : m.group("spaced");
    int start = m.start();
    int end = m.end();
    double value;
    boolean ordinal = false;
    String unit = null;
    if (num != null) {
      value = parseDigits(num);
      if (value < 0) {
        return null;
      }
      ordinal = m.group("ord") != null;
      if (scale != null) {
        value *= NumberWords.SCALES.get(scale.toLowerCase(Locale.ROOT));
      }
      if (glued != null) {
        String g = glued.toLowerCase(Locale.ROOT);
        if (g.equals("m") && cur != null) {
          value *= 1e6;
        } else if (g.equals("k")) {
          value *= 1e3;
        } else if (g.equals("m")) {
          unit = "m";
        } else {
          unit = g;
        }
      }
      boolean plain = cur == null && pct == null && scale == null && glued == null && !ordinal;
      if (plain && isYear(num, end, tokens)) {
        return null;
      }
      String before = text.substring(Math.max(0, start - 12), start);
      if (plain
          && (MONTH_BEFORE.matcher(before).find()
              || MONTH_AFTER
                  .matcher(text.substring(end, Math.min(text.length(), end + 12)))
                  .find())) {
        return null;
      }
      if (end < text.length()
          && (text.charAt(end) == ':'
              || text.startsWith(" a.m", end)
              || text.startsWith(" p.m", end))) {
        return null;
      }
      if (start > 0 && text.charAt(start - 1) == ':') {
        return null;
      }
      if (plain && SEASON_BEFORE.matcher(text.substring(Math.max(0, start - 5), start)).find()) {
        return null; // the second year of a season: "2006-07"
      }
      if (plain && RANK_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find()) {
        unit = "rank"; // a place in a list: "was number 91 on the list", "placed # 92"
      } else if (plain
          && LABEL_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find()) {
        return null; // a label, not a count: "phase 2", "day 14", "No. 3"
      }
    } else if (words != null) {
      value = NumberWords.parse(words);
      if (value < 0) {
        return null;
      }
      String before = text.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT);
      if (words.equalsIgnoreCase("one")
          && (before.endsWith("no ")
              || before.endsWith("any")
              || before.endsWith("every ")
              || before.endsWith("the "))) {
        return null;
      }
    } else {
      value = NumberWords.ORDINALS.get(ordw.toLowerCase(Locale.ROOT));
      ordinal = true;
      if (ordw.equalsIgnoreCase("second") && nextWordIs(text, end, "hand")) {
        return null;
      }
    }
    if (m.group("half") != null) {
      if (ordinal) {
        return null;
      }
      value += 0.5;
    }
    if (cur != null) {
      unit = Currencies.codeOfSymbol(cur);
    }
    if (pct != null) {
      unit = pct.toLowerCase(Locale.ROOT).contains("point") ? "percentage points" : "percent";
      if (CONFIDENCE_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
        return null; // "95% CI", "95% confidence interval": a confidence level, not a finding
      }
    }
    String cunit = m.group("cunit");
    if (cunit != null && unit == null) {
      unit = cunit.toLowerCase(Locale.ROOT);
    }
    if (unit == null) {
      // "ten National Championships" counts championships; "Twenty-One Pilots" is a name
      boolean name = words != null && Character.isUpperCase(words.charAt(0));
      unit = countedNoun(tokens, end, !name);
    }
    // qualifiers such as "nearly" widen the span
    Map.Entry<Integer, Approx> qualified = qualifier(text, start);
    Approx approx = qualified.getValue();
    start = qualified.getKey();
    String matched = text.substring(start, end).strip();
    if (matched.isEmpty()) {
      return null;
    }
    end = start + text.substring(start, end).stripTrailing().length();
    return new Quantity(matched, start, end, value, unit, approx, value, value, ordinal);
  }

  private static boolean nextWordIs(String text, int end, String word) {
    String rest = text.substring(end, Math.min(text.length(), end + word.length() + 2));
    return rest.strip().toLowerCase(Locale.ROOT).startsWith(word);
  }

  static double parseDigits(String num) {
    String clean =
        num.replace(",", "")
            .replace('·', '.')
            .replace(" ", "")
            .replace("\u00A0", "")
            .replace("\u202F", "");
    try {
      return Double.parseDouble(clean);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isYear(String num, int end, List<Token> tokens) {
    if (num.length() != 4 || !num.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(num);
    if (y < 1800 || y > 2100) {
      return false;
    }
    String noun = countedNoun(tokens, end);
    return noun == null || !noun.endsWith("s");
  }

  /** The head noun that follows {@code end}: "157 Russian servicemen" gives "servicemen". */
  static String countedNoun(List<Token> tokens, int end) {
    return countedNoun(tokens, end, false);
  }

  /**
   * The head noun after {@code end}; with {@code properPlurals}, a plural name when no common noun
   * follows ("ten National Championships").
   */
  static String countedNoun(List<Token> tokens, int end, boolean properPlurals) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < end) {
      i++;
    }
    if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("of")) {
      i++;
      if (i < tokens.size() && tokens.get(i).pos().equals("DET")) {
        i++;
      }
    }
    String noun = null;
    String participle = null;
    String properPlural = null;
    int added = 0;
    for (int taken = 0; i < tokens.size() && taken < 4; i++, taken++) {
      Token t = tokens.get(i);
      String lower = t.text().toLowerCase(Locale.ROOT);
      boolean name =
          t.pos().equals("PROPN")
              // "19,000 COVID-19 deaths": a name with digits tagged as a number
              || t.pos().equals("NUM") && t.text().chars().anyMatch(Character::isLetter);
      if (STOP_NOUNS.contains(lower)) {
        break;
      }
      if (noun != null && modifierOfNextNoun(tokens, i)) {
        continue;
      }
      if (Currencies.isWordAfterFigure(lower)) {
        return lower; // a unit, not a modifier: "4.2 million euro repair" counts euros
      }
      if (t.pos().equals("NOUN")) {
        noun = lower;
      } else if (noun == null && taken == added && ADDED.contains(lower)) {
        added++;
        continue; // "24 extra trains", "30 more buses", "5 additional staff"
      } else if (name || t.pos().equals("ADJ") || t.text().equals("-")) {
        if (noun != null) {
          break;
        }
        if (properPlurals && t.pos().equals("PROPN") && lower.length() > 3 && lower.endsWith("s")) {
          properPlural = lower; // "ten National Championships", unless a noun follows
        }
        if (t.pos().equals("ADJ") && taken == 0 && lower.endsWith("ed")) {
          participle = lower;
        }
      } else if ((t.pos().equals("VERB") || t.pos().equals("AUX"))
          && !t.lemma().equals("be")
          && !t.lemma().equals("have")
          && !t.lemma().equals("do")
          && taken == added
          && lower.endsWith("s")
          && !lower.endsWith("ss")
          && lower.length() > 3) {
        noun = lower; // "12 drones hit": a number is not followed by a 3rd-person verb
      } else if (t.pos().equals("VERB") && taken == 0 && lower.endsWith("ed")) {
        participle = lower;
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).pos().equals("NOUN")) {
          break; // "40,000 wounded"; but "18 returned soldiers" goes on
        }
      } else {
        break;
      }
    }
    return noun != null ? noun : participle != null ? participle : properPlural;
  }

  /**
   * True when token {@code i} is a participle such as "related" or "linked" that joins a noun
   * before it to a noun after it: in "1,800 coronavirus related deaths" the deaths are counted.
   */
  private static boolean modifierOfNextNoun(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = t.text().toLowerCase(Locale.ROOT);
    return t.pos().equals("ADJ")
        && w.endsWith("ed")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).pos().equals("NOUN");
  }

  /** A verb of change before "from": "rose from", "was cut from", "has grown from". */
  private static final Pattern CHANGE_FROM =
      Pattern.compile("(?:" + ChangeWords.VERB.pattern() + ")\\s+from\\s$");

  private static List<Quantity> mergeRanges(String text, List<Quantity> qs) {
    List<Quantity> out = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      Quantity a = qs.get(i);
      if (i + 1 < qs.size() && !a.ordinal()) {
        Quantity b = qs.get(i + 1);
        String between = text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
        String before =
            text.substring(Math.max(0, a.start() - 9), a.start()).toLowerCase(Locale.ROOT);
        // "rose from 3 to 5", "cut by 2 to 4": a change from one figure to another, not a range
        boolean change =
            before.endsWith("by ")
                || CHANGE_FROM
                    .matcher(
                        text.substring(Math.max(0, a.start() - 30), a.start())
                            .toLowerCase(Locale.ROOT))
                    .find();
        boolean sameUnit = a.unit() == null || a.unit().equals(b.unit());
        boolean dash =
            (between.equals("-") || between.equals("–") || between.equals("to"))
                && sameUnit
                && !change;
        if ((between.equals("-") || between.equals("–"))
            && a.value() > b.value()
            && a.unit() == null) {
          i++; // a score such as "6-3"
          continue;
        }
        boolean and = between.equals("and") && before.endsWith("between ");
        if ((dash || and)
            && !b.ordinal()
            && (a.approx() == Approx.EXACT || a.approx() == Approx.ABOUT)
            && b.approx() == Approx.EXACT
            && a.value() <= b.value()) {
          int start = a.start();
          if (before.endsWith("between ") || before.endsWith("from ")) {
            start = a.start() - (before.endsWith("between ") ? 8 : 5);
          }
          String unit = b.unit() != null ? b.unit() : a.unit();
          out.add(
              new Quantity(
                  text.substring(start, b.end()),
                  start,
                  b.end(),
                  a.value(),
                  unit,
                  Approx.RANGE,
                  a.value(),
                  b.value(),
                  false));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return List.copyOf(out);
  }
}
