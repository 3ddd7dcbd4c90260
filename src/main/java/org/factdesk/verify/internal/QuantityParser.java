package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Currencies;
import org.factdesk.nlp.QuantityExtractor;
import org.factdesk.nlp.Tagger;
import org.factdesk.nlp.Token;
import org.factdesk.verify.Quantity;

/**
 * The figures of a sentence as the structured checks compare them: the shared {@link
 * QuantityExtractor} (the one the claims extractor uses) finds each number, its qualifier and what
 * it counts, plus the multipliers in words ("twice", "more than double"); this adds the precision
 * it was written with and the sentence's salient words, and normalises the counted noun ("deaths"
 * and "death" are one thing; "%" and "percentage points" are two). The salient words are those of
 * the figure's part of the text between semicolons. Years, days of the month, ordinals, labels
 * ("phase 2") and the duration of "for the first time in six months" (a time since, which {@link
 * TimeCheck} resolves) are not figures.
 */
public final class QuantityParser {
  private static final Pattern NUMERAL = Pattern.compile("\\d[\\d,]*(?:[.·](\\d+))?");

  /** A score out of 10 or 100 ("8.9/10"): its decimals and its scale. */
  private static final Pattern SCORE = Pattern.compile("\\d+(?:\\.(\\d+))?/(10|100)\\b");

  private static final Pattern MULTIPLIER_WORD =
      Pattern.compile("(?i)\\b(?:twice|doubled?s?|tripled?s?|quadrupled?s?)$");

  private static final Pattern AND_A_HALF = Pattern.compile("(?i)\\band\\s+a\\s+half\\b");

  private static final Pattern PERCENT_WRITTEN = Pattern.compile("(?i)%|per ?cent|point");

  /**
   * The precision of a proportion written in words: "one in five" stands for 19 to 21 percent
   * (journalists round 19% to "one in five"; "nearly one in five" allows 18 to 20).
   */
  static final double FRACTION_STEP = 2;

  private QuantityParser() {}

  /**
   * Hours right before a count of minutes: "an hour and ten minutes", "two hours and 5 minutes".
   */
  private static final Pattern HOURS_AND =
      Pattern.compile(
          "(?i)\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})"
              + "\\s+hours?,?\\s+and\\s+$");

  private static final Pattern HOURS_THEN_MINUTES = Pattern.compile("(?i)\\bhours?,?\\s+and\\s");

  private static final List<String> HOUR_WORDS =
      List.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve");

  /**
   * The figures with a duration in hours and minutes made one figure in minutes: "an hour and ten
   * minutes" is 70 minutes, not ten (a figure of the hours alone, if found, is dropped).
   */
  static List<org.factdesk.nlp.Quantity> hoursAndMinutes(
      String text, List<org.factdesk.nlp.Quantity> found) {
    List<org.factdesk.nlp.Quantity> out = new ArrayList<>(found);
    for (int k = 0; k < out.size(); k++) {
      org.factdesk.nlp.Quantity q = out.get(k);
      if (q.unit() == null || !q.unit().toLowerCase(Locale.ROOT).startsWith("minute")) {
        continue;
      }
      Matcher m = HOURS_AND.matcher(text.substring(Math.max(0, q.start() - 30), q.start()));
      if (!m.find()) {
        continue;
      }
      String h = m.group(1).toLowerCase(Locale.ROOT);
      double hours =
          h.startsWith("a")
              ? 1
              : Character.isDigit(h.charAt(0)) ? Double.parseDouble(h) : HOUR_WORDS.indexOf(h) + 1;
      int start = Math.max(0, q.start() - 30) + m.start();
      double add = hours * 60;
      out.set(
          k,
          new org.factdesk.nlp.Quantity(
              text.substring(start, q.end()),
              start,
              q.end(),
              q.value() + add,
              q.unit(),
              q.approx(),
              q.low() + add,
              q.high() + add,
              false));
      final int from = start;
      final int to = q.start();
      out.removeIf(o -> o.start() >= from && o.end() <= to);
      k = out.indexOf(out.stream().filter(o -> o.start() == from).findFirst().orElseThrow());
    }
    return out;
  }

  /** The figures in {@code text}, in order (an unmodifiable list). */
  public static List<Quantity> parse(String text) {
    return RECENT.get(text);
  }

  /**
   * Texts parsed lately and their figures (the result depends on the text only, and the figures are
   * immutable): each check of a (claim, passage) pair reads the claim's figures again (five checks
   * and the votes, for each of a claim's passages), and each passage's for every claim that finds
   * it; the extractor's regular expressions were a sixth of the checking's Java time at 100k
   * passages (docs/verify.md, "Speed").
   */
  private static final TextMemo<String, List<Quantity>> RECENT =
      new TextMemo<>("figures", 2_048, String::length, t -> List.copyOf(parseAnew(t)));

  private static List<Quantity> parseAnew(String text) {
    List<Quantity> out = new ArrayList<>();
    List<DerivedFigures.Placed> placed = new ArrayList<>();
    // keyed by where the part starts: a run-on text is one part, and a key of its whole text would
    // be hashed again for every figure
    Map<Integer, Set<String>> contexts = new HashMap<>();
    String lower = text.toLowerCase(Locale.ROOT);
    List<Token> tokens = Tagger.shared().tag(text);
    List<org.factdesk.nlp.Quantity> found =
        new ArrayList<>(QuantityExtractor.extract(text, tokens));
    found.addAll(QuantityExtractor.multipliers(text)); // "more than double", "tripled"
    found.sort(Comparator.comparingInt(org.factdesk.nlp.Quantity::start));
    found = hoursAndMinutes(text, found);
    for (org.factdesk.nlp.Quantity q : found) {
      if (q.ordinal() || TimeCheck.since(text, q.start())) {
        continue; // "first time in six months" is a time since, the time check's to resolve
      }
      // the words of the figure's part between semicolons: "8%" in "wages fell by 8%; the firm
      // says wages rose" is not near "rose"
      int partStart = text.lastIndexOf(';', Math.max(0, q.start() - 1)) + 1;
      Set<String> context =
          contexts.computeIfAbsent(
              partStart, p -> context(Subject.part(text, q.start()), text, tokens));
      String head = headNoun(q, tokens);
      String thing = VerbCounts.thing(lower, q.start(), thing(head));
      String shown = q.text();
      if ("rank".equals(q.unit())) {
        shown = "number " + shown; // "# 92" and "number 91" are places in a list
      } else if (q.unit() != null
          && !q.isPercentage()
          && !q.unit().equals("score")
          && !(q.unit().equals("times") && MULTIPLIER_WORD.matcher(shown).find())
          && q.unit().chars().allMatch(Character::isLetter)
          && !shown.toLowerCase(Locale.ROOT).contains(q.unit())
          && Character.isLowerCase(q.unit().charAt(0))) {
        shown = shown + " " + q.unit();
      }
      if (head != null && q.unit() != null && !head.equals(q.unit())) {
        int end = text.indexOf(shown, q.start()); // "580 camp" + " beds"
        end = end < 0 ? q.end() : end + shown.length();
        int at = lower.indexOf(head, end);
        shown = at >= 0 && at - end <= 1 ? shown + text.substring(end, at + head.length()) : shown;
        int headAt = lower.indexOf(head, q.start());
        if (!text.contains(shown) && headAt >= 0 && headAt <= q.end() + 1) {
          // "About 185,000 passengers ride": the count's noun before the extractor's unit
          shown = text.substring(q.start(), headAt + head.length());
        }
      }
      int at = unitToken(q, head, tokens);
      String before = at > 0 ? tokens.get(at - 1).text() : "";
      Units.Unit unit = Units.of(metreBeforePlace(head, tokens, at), before).orElse(null);
      Quantity figure;
      if (unit == null) {
        figure = new Quantity(q.low(), q.high(), step(q), thing, q.approx(), context, shown);
      } else {
        // a measure: in its dimension's base unit, with what it measures ("tonnes of cod")
        double f = unit.factor();
        String written = before + " " + head;
        if (Units.of(head, "").map(u -> !u.base().equals(unit.base())).orElse(false)
            && !shown.toLowerCase(Locale.ROOT).contains(written.toLowerCase(Locale.ROOT))) {
          shown = shown.replace(" " + head, " " + written); // "62 square kilometres"
        }
        figure =
            new Quantity(
                q.low() * f,
                q.high() * f,
                step(q) * f,
                unit.base(),
                q.approx(),
                context,
                shown,
                at < 0 ? "" : measured(tokens, at + 1));
      }
      out.add(figure);
      placed.add(new DerivedFigures.Placed(q, figure));
    }
    VerbCounts.differencesCount(text, placed, out);
    joinDurations(text, placed, out);
    // "by 18.6% from this year's 51,000 tonnes" states 41,514 tonnes
    out.addAll(DerivedFigures.of(text, placed));
    // "650 BC and ... 250 BC", "Marsh, 29, ... the 24-year-old Sorensen": the years between
    EraYears.gaps(text, context(Subject.part(text, 0), text, tokens), out);
    return out;
  }

  /** The words between the parts of a duration: "2 hours and 50 minutes", "1 hour, 5 minutes". */
  private static final Pattern DURATION_JOIN = Pattern.compile("^\\s*(?:,\\s*)?(?:and\\s+)?$");

  /**
   * Joins a duration written in two units ("2 hours and 50 minutes") into one figure (170 minutes),
   * in {@code placed} and {@code out} alike: read apart, "2 hours" agreed with "nearly three hours"
   * only by its rounding and "50 minutes" disagreed with it.
   */
  private static void joinDurations(
      String text, List<DerivedFigures.Placed> placed, List<Quantity> out) {
    for (int i = 0; i + 1 < placed.size(); i++) {
      Quantity a = placed.get(i).figure();
      Quantity b = placed.get(i + 1).figure();
      org.factdesk.nlp.Quantity fa = placed.get(i).found();
      org.factdesk.nlp.Quantity fb = placed.get(i + 1).found();
      int gapFrom = text.indexOf(a.text(), fa.start());
      gapFrom = gapFrom < 0 ? fa.end() : gapFrom + a.text().length();
      if (!a.thing().equals(Units.TIME)
          || !b.thing().equals(Units.TIME)
          || a.step() <= b.step()
          || b.approx() != org.factdesk.nlp.Approx.EXACT
          || gapFrom > fb.start()
          || !DURATION_JOIN.matcher(text.substring(gapFrom, fb.start())).matches()) {
        continue;
      }
      int end = text.indexOf(b.text(), fb.start());
      end = end < 0 ? fb.end() : end + b.text().length();
      Quantity joined =
          new Quantity(
              a.value() + b.value(),
              a.upper() + b.value(),
              b.step(),
              Units.TIME,
              a.approx(),
              a.context(),
              text.substring(fa.start(), end),
              a.of());
      out.set(out.indexOf(a), joined);
      out.remove(b);
      placed.set(i, new DerivedFigures.Placed(fa, joined));
      placed.remove(i + 1);
    }
  }

  /** The index of the token that writes a figure's unit {@code head}, or -1. */
  private static int unitToken(org.factdesk.nlp.Quantity q, String head, List<Token> tokens) {
    if (head == null) {
      return -1;
    }
    for (int i = firstAtOrAfter(tokens, q.start());
        i < tokens.size() && tokens.get(i).start() <= q.end() + 40;
        i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (w.equals(head) || w.endsWith("-" + head)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What a measure measures: the last noun of the noun phrase after "of" at token {@code i}
   * ("tonnes of extra mackerel" gives mackerel, "kilometres of the coastal road" road), stemmed; ""
   * when no "of" follows.
   */
  static String measured(List<Token> tokens, int i) {
    if (i >= tokens.size() || !tokens.get(i).text().equalsIgnoreCase("of")) {
      return "";
    }
    String noun = "";
    for (int j = i + 1; j < tokens.size() && j <= i + 6; j++) {
      Token t = tokens.get(j);
      String pos = t.pos();
      if (pos.equals("NOUN")) {
        noun = t.text().toLowerCase(Locale.ROOT);
      } else if (!noun.isEmpty()) {
        break;
      } else if (!(pos.equals("DET")
          || pos.equals("ADJ")
          || pos.equals("PROPN")
          || pos.equals("PART")
          || pos.equals("VERB") && t.text().endsWith("ed"))) {
        break;
      }
    }
    return noun.isEmpty() ? "" : TextSignals.stem(noun);
  }

  /**
   * The counted noun of a figure: the extractor's unit, but the head of a compound ("580 camp beds"
   * counts beds) and, for a bare figure, the noun of "the number of measles cases ... climbed to
   * 212" before it.
   */
  static String headNoun(org.factdesk.nlp.Quantity q, List<Token> tokens) {
    String unit = q.unit();
    if (unit == null || unit.isEmpty()) {
      if (tokens.subList(firstAtOrAfter(tokens, q.end()), tokens.size()).stream()
          .takeWhile(t -> t.start() <= q.end() + 1)
          .anyMatch(t -> DIFFERENCE.contains(t.text()))) {
        return unit; // "the number of deaths was 122,000 higher than expected": a difference
      }
      String modified = pluralAfterModifiers(q, tokens);
      if (modified != null) {
        return modified; // "2.4 million laying hens"
      }
      String before = tokensBefore(q, tokens);
      Matcher m = NUMBER_OF.matcher(before);
      String noun = null;
      while (m.find()) {
        noun = m.group(1);
      }
      if (noun == null && DEATH_TOLL.matcher(before).find()) {
        return "people"; // "the death toll ... has risen to 6" counts the dead
      }
      return noun == null ? unit : noun;
    }
    if (q.isPercentage()
        || !unit.chars().allMatch(Character::isLetter)
        || Currencies.isName(thing(unit))) {
      return unit;
    }
    // the figure's own words and the one after them: "185,000 passengers ride"
    int last = q.end() + unit.length() + 2;
    for (int i = Math.max(1, firstAtOrAfter(tokens, q.start()) + 1);
        i < tokens.size() && tokens.get(i - 1).start() <= last;
        i++) {
      Token t = tokens.get(i);
      Token prev = tokens.get(i - 1);
      if (t.text().equalsIgnoreCase(unit)
          && !unit.endsWith("s")
          && prev.pos().equals("NOUN")
          && prev.start() >= q.start()
          && prev.start() <= q.end() + 1
          && t.start() == prev.end() + 1
          && ((prev.text().length() > 3 && prev.text().endsWith("s") && !prev.text().endsWith("ss"))
              || PLURALS.contains(prev.text().toLowerCase(Locale.ROOT)))) {
        // "185,000 passengers ride": a plural noun before the extractor's unit is the count (a
        // compound's modifier is singular, "camp beds"); the word after it is the verb
        return prev.text().toLowerCase(Locale.ROOT);
      }
    }
    for (int i = firstAtOrAfter(tokens, q.start());
        i + 1 < tokens.size() && tokens.get(i).start() <= last;
        i++) {
      Token t = tokens.get(i);
      Token next = tokens.get(i + 1);
      if (t.start() >= q.start()
          && t.end() <= q.end() + unit.length() + 1
          && t.text().equalsIgnoreCase(unit)
          && !unit.endsWith("s")
          && (next.pos().equals("NOUN") || objectless(tokens, i + 1))
          && next.text().endsWith("s")
          && next.start() == t.end() + 1) {
        return next.text().toLowerCase(Locale.ROOT);
      }
    }
    return unit;
  }

  private static final Set<String> PLURALS = Set.of("people", "children", "men", "women");

  /** How far back, in characters, a figure's clause is read for the noun it counts. */
  static final int LOOK_BACK = 400;

  /** The index of the first token that starts at or after {@code offset} (tokens are in order). */
  static int firstAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** "death toll" among a bare figure's words before it (word/POS pairs). */
  private static final Pattern DEATH_TOLL = Pattern.compile("\\bdeath/NOUN toll/NOUN\\b");

  /**
   * The plural noun just after a figure without a unit, past at most two modifiers ending in -ing
   * or tagged adjectives ("2.4 million laying hens"), or null.
   */
  private static String pluralAfterModifiers(org.factdesk.nlp.Quantity q, List<Token> tokens) {
    int i = firstAtOrAfter(tokens, q.end());
    int modifiers = 0;
    for (; i < tokens.size() && modifiers <= 2; i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (modifiers > 0 && t.pos().equals("NOUN") && w.length() > 3 && w.endsWith("s")) {
        return w;
      }
      boolean modifier = t.pos().equals("ADJ") || (w.endsWith("ing") && w.length() > 5);
      if (!modifier || DIFFERENCE.contains(w)) {
        return null;
      }
      modifiers++;
    }
    return null;
  }

  /** A plural word tagged a verb with nothing after it but a preposition or punctuation. */
  private static boolean objectless(List<Token> tokens, int i) {
    if (!tokens.get(i).pos().equals("VERB")) {
      return false;
    }
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : "PUNCT";
    return after.equals("ADP") || after.equals("PUNCT");
  }

  /**
   * The text of the figure's clause before it, as "word/POS" pairs, at most {@link #LOOK_BACK}
   * characters of it (a run-on text was read back in full for every figure).
   */
  private static String tokensBefore(org.factdesk.nlp.Quantity q, List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    int end = firstAtOrAfter(tokens, q.start());
    for (Token t : tokens.subList(firstAtOrAfter(tokens, q.start() - LOOK_BACK), end)) {
      if (t.text().equals(";")) {
        sb.setLength(0);
      }
      sb.append(t.text().toLowerCase(Locale.ROOT)).append('/').append(t.pos()).append(' ');
    }
    return sb.toString();
  }

  /** "number of measles cases": the last noun of the phrase after "number of" (word/POS pairs). */
  private static final Pattern NUMBER_OF =
      Pattern.compile("\\bnumber/NOUN of/ADP (?:\\S+/(?:ADJ|NOUN) )*?(\\p{L}+)/NOUN (?!\\S+/NOUN)");

  private static final java.util.Set<String> DIFFERENCE =
      java.util.Set.of("higher", "lower", "more", "fewer", "less", "above", "below", "up", "down");

  /** Words after a length that say where or which way it reaches: "47.6 m above the water". */
  private static final Set<String> REACH =
      Set.of("above", "below", "high", "tall", "long", "deep", "wide", "across", "underground");

  /**
   * "metre" for a spaced "m" followed by a word of reach ("hung 47.6 m above the water", "a 30 m
   * tall mast"), else {@code head}: a bare "m" is otherwise millions ("5m passengers").
   */
  static String metreBeforePlace(String head, List<Token> tokens, int at) {
    if (!"m".equals(head) || at < 1) {
      return head;
    }
    if (at + 1 >= tokens.size()
        || REACH.contains(tokens.get(at + 1).text().toLowerCase(Locale.ROOT))
        || (NOT_COUNTED.contains(tokens.get(at + 1).pos())
            && tokens.get(at - 1).text().matches("\\d+[.,·]\\d+"))) {
      // "8.8 m at the peak", "reached 4.5 m.": a written length, not "4.5 m passengers"
      return "metre";
    }
    return head;
  }

  /** Parts of speech after a spaced "m" that leave it counting nothing: "8.8 m at the peak". */
  private static final Set<String> NOT_COUNTED =
      Set.of("ADP", "PUNCT", "ADV", "VERB", "AUX", "CCONJ", "SCONJ", "PART", "DET");

  /** The precision of a sum of money written in whole units without a scale word: a cent. */
  static final double PRICE_STEP = 0.01;

  /**
   * The precision a figure was written with: "1.3 million" is 100000, "214" is 1, "3 euros" 0.01
   * (see {@link #PRICE_STEP}).
   */
  static double step(org.factdesk.nlp.Quantity q) {
    Matcher score = SCORE.matcher(q.text());
    if ("score".equals(q.unit()) && score.find()) {
      // "8.9/10" is written to a tenth of a point out of 10: one percentage point
      int decimals = score.group(1) == null ? 0 : score.group(1).length();
      return 100 / Double.parseDouble(score.group(2)) * Math.pow(10, -decimals);
    }
    if (q.isPercentage() && !PERCENT_WRITTEN.matcher(q.text()).find()) {
      return FRACTION_STEP; // "one in five", "a third of": a proportion in words, loosely rounded
    }
    if (AND_A_HALF.matcher(q.text()).find()) {
      return 0.5; // "fourteen and a half hours" is written to the half hour
    }
    if (HOURS_THEN_MINUTES.matcher(q.text()).find()) {
      return 1; // "two hours and 15 minutes" is written to the minute
    }
    Matcher m = NUMERAL.matcher(q.text());
    if (!m.find()) {
      return 1; // number words
    }
    double raw;
    try {
      raw = Double.parseDouble(m.group().replace(",", "").replace('·', '.'));
    } catch (NumberFormatException e) {
      return 1;
    }
    double step = m.group(1) == null ? 1 : Math.pow(10, -m.group(1).length());
    double scale = raw > 0 && q.low() > raw * 1.5 ? q.low() / raw : 1;
    if (scale == 1 && m.group(1) == null && Currencies.isName(thing(q.unit()))) {
      // a price or sum written in whole euros is exact to the cent: "3 euros" is not "3.50
      // euros" (a sum with a scale word, "3 million euros", keeps its rounding)
      return PRICE_STEP;
    }
    return step * scale;
  }

  /** The counted noun or unit, normalised: "%", "percentage point", "dollar", "death". */
  static String thing(String unit) {
    if (unit == null) {
      return "";
    }
    return switch (unit) {
      case "percent" -> "%";
      case "percentage points" -> "percentage point";
      default -> {
        String currency = Currencies.nameOf(unit);
        if (currency != null) {
          yield currency;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        yield switch (u) {
          // "100 people" and "61 persons" count the same thing
          case "people", "persons", "individuals" -> "person";
          // "3.5-fold" and "3.5 times" are one ratio
          case "fold" -> "time";
          default -> TextSignals.stem(u);
        };
      }
    };
  }

  /**
   * The salient words of a part of {@code whole}: longer than 3 letters, not function words,
   * stemmed, and the names of three letters ("Aln") among its tagged tokens.
   */
  private static Set<String> context(String part, String whole, List<Token> tokens) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 3 && !SKIP.contains(w) && !GENERIC.contains(w)) {
        words.add(TextSignals.stem(w));
      }
    }
    if (Subject.LOST_LIVES.matcher(part).find()) {
      words.add("died"); // "three miners lost their lives": a count of the dead
    }
    int from = whole.indexOf(part);
    for (Token t : tokens) {
      if (from >= 0
          && t.start() >= from
          && t.end() <= from + part.length()
          && t.text().length() == 3
          && t.isProper()
          && t.capitalised()
          && t.text().chars().allMatch(Character::isLetter)
          && !SKIP.contains(t.text().toLowerCase(Locale.ROOT))) {
        words.add(t.text().toLowerCase(Locale.ROOT));
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

  private static final Set<String> SKIP =
      FunctionWords.with(
          FunctionWords.CORE,
          Set.of(),
          "per",
          "new",
          "more",
          "extra",
          "further",
          "additional",
          "local",
          "year",
          "years");
}
