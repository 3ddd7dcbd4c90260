package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.internal.TextMemo;
import org.factdesk.nlp.Negation;

/**
 * Cheap surface signals of one text used by the stance features: content tokens, negation cues,
 * numbers (with "million"/"billion" scaled and percentages kept apart) and capitalised names.
 */
public final class TextSignals {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(\\s*(?:%|per\\s?cent|percent))?"
              + "(\\s+(?:thousand|million|billion|trillion|m|bn)\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD_NUMBER =
      Pattern.compile(
          "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
              + "|fifty|hundred|dozen)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+");

  /**
   * Negation cues of the stance features: {@link Negation#WORDS} and the contracted forms, plus
   * words that deny or lack something ("without", "failed", "false", "refused", "only"). The
   * trained heads read exactly this set; do not change it without retraining.
   */
  private static final Set<String> NEGATIONS =
      FunctionWords.with(
          Negation.WORDS,
          Set.of(),
          "isn't",
          "wasn't",
          "aren't",
          "weren't",
          "don't",
          "doesn't",
          "didn't",
          "won't",
          "can't",
          "couldn't",
          "shouldn't",
          "hasn't",
          "haven't",
          "hadn't",
          "without",
          "only",
          "fail",
          "failed",
          "false",
          "denied",
          "refused",
          "unable",
          "lack",
          "lacks");

  private static final Set<String> STOP =
      FunctionWords.with(
          FunctionWords.CORE,
          FunctionWords.REFERRING,
          "s",
          "into",
          "there",
          "these",
          "those",
          "such",
          "can",
          "will",
          "would");

  private final List<String> tokens;
  private final Set<String> content;
  private final int negations;
  private final List<Double> numbers;
  private final Set<String> names;

  /** Read-only from the start: the memo gives every caller the same object. */
  private TextSignals(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    List<String> toks = new ArrayList<>();
    Matcher m = TOKEN.matcher(lower);
    while (m.find()) {
      toks.add(m.group());
    }
    Set<String> cont = new LinkedHashSet<>();
    int neg = 0;
    for (String t : toks) {
      if (NEGATIONS.contains(t) || t.endsWith("n't")) {
        neg++;
      }
      if (!STOP.contains(t) && !NEGATIONS.contains(t)) {
        cont.add(stem(t));
      }
    }
    tokens = Collections.unmodifiableList(toks);
    content = Collections.unmodifiableSet(cont);
    negations = neg;
    numbers = Collections.unmodifiableList(numbersIn(text));
    Set<String> nams = new LinkedHashSet<>();
    Matcher n = NAME.matcher(text);
    boolean first = true;
    while (n.find()) {
      String w = n.group().toLowerCase(Locale.ROOT);
      // the first word of a sentence is capitalised anyway; keep it only when it is not a stop word
      if (!(first && n.start() == 0 && STOP.contains(w))) {
        if (!STOP.contains(w)) {
          nams.add(w);
        }
      }
      first = false;
    }
    names = Collections.unmodifiableSet(nams);
  }

  /** Whether a lower-case word is one of the stop words that content words leave out. */
  /**
   * True when {@code word} occurs in {@code text} as a whole word (no letter, digit or underscore
   * touches it on either side); case-sensitive. Cheaper than compiling a pattern per word.
   */
  public static boolean hasWord(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !wordChar(text.charAt(i - 1)))
          && (end == text.length() || !wordChar(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  public static boolean isStopWord(String word) {
    return STOP.contains(word);
  }

  /** The stop words {@link #isStopWord} knows. */
  static Set<String> stopWords() {
    return STOP;
  }

  /** Whether a lower-case word negates ("not", "never", "didn't", "failed"...). */
  public static boolean isNegation(String word) {
    return NEGATIONS.contains(word) || word.endsWith("n't");
  }

  /** The signals of {@code text}. */
  public static TextSignals of(String text) {
    return RECENT.get(text == null ? "" : text);
  }

  /** The last texts' signals (immutable): a claim's are read once per passage. */
  private static final TextMemo<String, TextSignals> RECENT =
      new TextMemo<>("text signals", 4_096, String::length, TextSignals::new);

  /** Crude suffix stripping so that "deaths" meets "death". */
  static String stem(String t) {
    if (t.length() > 4 && t.endsWith("ies")) {
      return t.substring(0, t.length() - 3) + "y";
    }
    if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }

  /** Numbers written with digits, scaled by thousand/million/billion, and small number words. */
  public static List<Double> numbersIn(String text) {
    return NUMBERS.get(text);
  }

  /** The figures of lately read texts: the dispute checks read a claim's again per passage. */
  private static final TextMemo<String, List<Double>> NUMBERS =
      new TextMemo<>("numbers", 4_096, String::length, t -> List.copyOf(numbersAnew(t)));

  private static List<Double> numbersAnew(String text) {
    List<Double> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group(1).replace(",", "");
      double v;
      try {
        v = Double.parseDouble(m.group(2) == null ? digits : digits + "." + m.group(2));
      } catch (NumberFormatException e) {
        continue;
      }
      String scale = m.group(4) == null ? "" : m.group(4).strip().toLowerCase(Locale.ROOT);
      v *=
          switch (scale) {
            case "thousand" -> 1e3;
            case "million", "m" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
          };
      out.add(v);
    }
    Matcher w = WORD_NUMBER.matcher(text);
    while (w.find()) {
      out.add(
          switch (w.group(1).toLowerCase(Locale.ROOT)) {
            case "one" -> 1.0;
            case "two" -> 2.0;
            case "three" -> 3.0;
            case "four" -> 4.0;
            case "five" -> 5.0;
            case "six" -> 6.0;
            case "seven" -> 7.0;
            case "eight" -> 8.0;
            case "nine" -> 9.0;
            case "ten" -> 10.0;
            case "eleven" -> 11.0;
            case "twelve", "dozen" -> 12.0;
            case "twenty" -> 20.0;
            case "thirty" -> 30.0;
            case "forty" -> 40.0;
            case "fifty" -> 50.0;
            default -> 100.0;
          });
    }
    return out;
  }

  public List<String> tokens() {
    return tokens;
  }

  public Set<String> content() {
    return content;
  }

  public int negations() {
    return negations;
  }

  public List<Double> numbers() {
    return numbers;
  }

  public Set<String> names() {
    return names;
  }

  /** True when {@code a} and {@code b} are the same figure within 5% (rounded reporting). */
  public static boolean sameFigure(double a, double b) {
    if (a == b) {
      return true;
    }
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return scale > 0 && Math.abs(a - b) / scale <= 0.05;
  }
}
