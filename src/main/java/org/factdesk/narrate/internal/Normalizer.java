package org.factdesk.narrate.internal;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Rewrites one piece of English news text so that a speech engine reads it as a person would:
 * dates, times, money, percentages, units, ranges, ordinals, years, numbers, abbreviations and
 * acronyms become words, and symbols that must not be read aloud are dropped. The passes run in a
 * fixed order; each is a small method named after its rule.
 */
public final class Normalizer {
  /** Bumped whenever a rule changes, so that cached audio made with older rules is not reused. */
  public static final int VERSION = 2;

  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+";
  private static final String MONTH =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final String AMPM = "(?:\\s?([aApP])\\.?\\s?[mM]\\.?(?![A-Za-z]))";

  private static final Pattern FOOTNOTE =
      Pattern.compile("\\[(?:\\d{1,3}|[a-z]|citation needed)\\]");

  /** Tokens of more than 40 characters (hashes, keys, junk) would be spelled for minutes. */
  private static final Pattern LONG_TOKEN = Pattern.compile("(?<!\\S)\\S{41,}(?!\\S)");

  private static final Pattern URL =
      Pattern.compile("\\b(?:https?://|www\\.)([A-Za-z0-9.-]+)[^\\s]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("\\b[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)\\b");
  private static final Pattern MONTH_ABBR =
      Pattern.compile("\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b(" + MONTH + ") (\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:(,?) (\\d{4})\\b)?(?![,.]\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (" + MONTH + ")\\b(?: (\\d{4})\\b)?");
  private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b" + AMPM + "?");
  private static final Pattern HOUR_AMPM = Pattern.compile("\\b(\\d{1,2})" + AMPM);
  private static final Pattern DOTTED_ABBR =
      Pattern.compile(
          "\\b(" + String.join("|", Vocabulary.DOTTED.keySet()) + ")\\.(?=\\s|$|[,;:)])");
  private static final Pattern NUMBER_SIGN =
      Pattern.compile("\\b(?:No|Nos|no)\\.\\s?(?=\\d)|#(?=\\d)");
  private static final Pattern EG_IE = Pattern.compile("\\b(e\\.g|i\\.e)\\.,?");
  private static final Pattern SAINT = Pattern.compile("\\bSt\\.(?=\\s[A-Z])");
  private static final Pattern STREET = Pattern.compile("\\bSt\\.");
  private static final Pattern CURRENCY =
      Pattern.compile(
          "(US\\$|[$€£¥₹])\\s?("
              + NUM
              + ")(?:[\\s-]?(thousand|million|billion|trillion|mn|bn|tn|[kmb])\\b)?");
  private static final Pattern RANGE =
      Pattern.compile("(?<![\\w.,])(" + NUM + ")\\s?[–—-]\\s?(" + NUM + ")(?![\\w])");
  private static final Pattern BETWEEN_WORDS_DASH = Pattern.compile("(\\d)-(?=[A-Za-z])");
  private static final Pattern PERCENT =
      Pattern.compile("(" + NUM + ")\\s?(?:%|(?:per ?cent)\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNIT =
      Pattern.compile(
          "(?<![\\w.])("
              + NUM
              + ")\\s?(km/h|km²|km2|sq km|sq mi|kWh|°C|°F|kph|mph|km|mi|cm|mm|kg|mg|lbs|lb|ft|ha|ml"
              + "|hrs|hr|min|MW|GW|kW|GB|MB|TB)(?![\\w/²])");
  private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(st|nd|rd|th)\\b");
  private static final Pattern DECADE = Pattern.compile("\\b(1[0-9]|20)(\\d0)'?s\\b");
  private static final Pattern SHORT_DECADE = Pattern.compile("(?<!\\w)['’]([2-9]0)s\\b");
  private static final Pattern CODE =
      Pattern.compile("\\b([A-Z]{1,5})-?(\\d{1,4})([a-z]?)\\b(?![.,]\\d)");
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d,.$€£¥-])\\b(1[1-9]\\d\\d|20\\d\\d)\\b(?![,.]?\\d|\\s?%)");
  private static final Pattern NEGATIVE = Pattern.compile("(?<![\\w)])[-−](?=\\d)");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\w])");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b((?:[A-Za-z]\\.){2,})");
  private static final Pattern ROMAN = Pattern.compile("(?<=\\b[A-Z][a-z]{1,20} )([IVX]{2,4})\\b");
  private static final Pattern CAPS = Pattern.compile("\\b([A-Z][A-Z&]*[A-Z])(s|'s|’s)?\\b");
  private static final Pattern SLASH = Pattern.compile("(?<=\\w)/(?=\\w)");
  private static final Pattern DROP = Pattern.compile("[*_~^|•·†‡§¶<>\\[\\]{}\"“”„«»`©®™\\\\]");
  private static final Pattern PAUSE = Pattern.compile("\\s*(?:—|–|…|\\.\\.\\.|\\(|\\)|;)\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,.!?:])");
  private static final Pattern COMMAS = Pattern.compile(",(?:\\s*,)+");

  private Normalizer() {}

  /** The speech form of {@code text}. Never null; empty when nothing is left to say. */
  public static String normalize(String text) {
    String s = text.replace('\u00A0', ' ').replace('’', '\'').replace('‘', '\'');
    s = Rules.replace(s, FOOTNOTE, m -> " ");
    s = Rules.replace(s, LONG_TOKEN, m -> " ");
    s = Rules.replace(s, URL, m -> " link to " + spellHost(m.group(1)) + " ");
    s = Rules.replace(s, EMAIL, m -> " email at " + spellHost(m.group(1)) + " ");
    s = dates(s);
    s = times(s);
    s = abbreviations(s);
    s = Rules.replace(s, CURRENCY, Normalizer::currency);
    s = Rules.replace(s, RANGE, m -> m.group(1) + " to " + m.group(2));
    s = Rules.replace(s, BETWEEN_WORDS_DASH, m -> m.group(1) + " ");
    s = Rules.replace(s, PERCENT, m -> NumberWords.number(m.group(1)) + " percent");
    s = Rules.replace(s, UNIT, Normalizer::unit);
    s = Rules.replace(s, ORDINAL, m -> NumberWords.ordinal(m.group(1)));
    s =
        Rules.replace(
            s, DECADE, m -> NumberWords.decade(Integer.parseInt(m.group(1) + m.group(2))));
    s = Rules.replace(s, SHORT_DECADE, m -> NumberWords.decade(Integer.parseInt(m.group(1))));
    s = Rules.replace(s, CODE, Normalizer::code);
    s = Rules.replace(s, YEAR, m -> NumberWords.year(Integer.parseInt(m.group(1))));
    s = Rules.replace(s, NEGATIVE, m -> " minus ");
    s = Rules.replace(s, NUMBER, m -> NumberWords.number(m.group(1) + nz(m.group(2))));
    s = Rules.replace(s, DIGITS, m -> " " + NumberWords.cardinal(m.group()) + " ");
    s = acronyms(s);
    return symbols(s);
  }

  private static String dates(String s) {
    s =
        Rules.replace(
            s, MONTH_ABBR, m -> Vocabulary.MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)));
    s =
        Rules.replace(
            s,
            ISO_DATE,
            m -> {
              int month = Integer.parseInt(m.group(2));
              int day = Integer.parseInt(m.group(3));
              if (month < 1 || month > 12 || day < 1 || day > 31) {
                return m.group();
              }
              return Vocabulary.MONTH_NAMES[month - 1]
                  + " "
                  + NumberWords.ordinal(Integer.toString(day))
                  + ", "
                  + NumberWords.year(Integer.parseInt(m.group(1)));
            });
    s =
        Rules.replace(
            s,
            MONTH_DAY,
            m -> {
              int day = Integer.parseInt(m.group(2));
              if (day < 1 || day > 31) {
                return m.group();
              }
              String out = m.group(1) + " " + NumberWords.ordinal(m.group(2));
              if (m.group(4) != null) {
                out += ", " + NumberWords.year(Integer.parseInt(m.group(4)));
              }
              return out;
            });
    return Rules.replace(
        s,
        DAY_MONTH,
        m -> {
          int day = Integer.parseInt(m.group(1));
          if (day < 1 || day > 31) {
            return m.group();
          }
          String out = "the " + NumberWords.ordinal(m.group(1)) + " of " + m.group(2);
          return m.group(3) == null
              ? out
              : out + ", " + NumberWords.year(Integer.parseInt(m.group(3)));
        });
  }

  private static String times(String s) {
    s =
        Rules.replace(
            s,
            CLOCK,
            m -> {
              int hour = Integer.parseInt(m.group(1));
              int minute = Integer.parseInt(m.group(2));
              if (hour > 24 || minute > 59) {
                return m.group();
              }
              String ampm = m.group(3) == null ? null : ampm(m.group(3));
              String h = NumberWords.cardinal(hour);
              String words;
              if (minute == 0) {
                words = ampm != null ? h : hour > 12 ? h + " hundred" : h + " o'clock";
              } else if (minute < 10) {
                words = h + " oh " + NumberWords.cardinal(minute);
              } else {
                words = h + " " + NumberWords.cardinal(minute);
              }
              return ampm == null ? words : words + " " + ampm;
            });
    return Rules.replace(
        s,
        HOUR_AMPM,
        m -> {
          int hour = Integer.parseInt(m.group(1));
          return hour > 12 ? m.group() : NumberWords.cardinal(hour) + " " + ampm(m.group(2));
        });
  }

  private static String ampm(String letter) {
    return letter.equalsIgnoreCase("a") ? "A M" : "P M";
  }

  private static String abbreviations(String s) {
    s = Rules.replace(s, NUMBER_SIGN, m -> "number ");
    s = Rules.replace(s, EG_IE, m -> m.group(1).equals("e.g") ? "for example," : "that is,");
    s = Rules.replace(s, SAINT, m -> "Saint");
    s = Rules.replace(s, STREET, m -> "Street");
    return Rules.replace(s, DOTTED_ABBR, m -> Vocabulary.DOTTED.get(m.group(1)));
  }

  private static String currency(MatchResult m) {
    Vocabulary.Currency c = Vocabulary.CURRENCIES.get(m.group(1));
    String amount = m.group(2).replace(",", "");
    String scale =
        m.group(3) == null ? null : Vocabulary.SCALES.get(m.group(3).toLowerCase(Locale.ROOT));
    if (m.group(3) != null && scale == null) {
      scale = m.group(3);
    }
    if (scale != null) {
      return NumberWords.number(amount) + " " + scale + " " + c.plural();
    }
    int dot = amount.indexOf('.');
    String whole = dot < 0 ? amount : amount.substring(0, dot);
    String frac = dot < 0 ? "" : amount.substring(dot + 1);
    if (whole.isEmpty()) {
      whole = "0";
    }
    String unit = whole.equals("1") ? c.singular() : c.plural();
    String out = NumberWords.cardinal(whole) + " " + unit;
    if (frac.length() == 2) {
      int cents = Integer.parseInt(frac);
      if (cents > 0) {
        out += " and " + NumberWords.cardinal(cents) + " " + (cents == 1 ? c.cent() : c.cents());
      }
      return out;
    }
    if (!frac.isEmpty()) {
      return NumberWords.number(amount) + " " + c.plural();
    }
    return out;
  }

  private static String unit(MatchResult m) {
    Vocabulary.Unit u = Vocabulary.UNITS.get(m.group(2));
    String number = m.group(1);
    return NumberWords.number(number) + " " + (number.equals("1") ? u.singular() : u.plural());
  }

  /** "MQ-9" → "M Q nine", "F-35" → "F thirty-five", "COVID-19" → "Covid nineteen". */
  private static String code(MatchResult m) {
    String letters = m.group(1);
    String spoken =
        Vocabulary.WORD_ACRONYMS.contains(letters) ? titleCase(letters) : spell(letters);
    String suffix = m.group(3).isEmpty() ? "" : m.group(3).equals("s") ? "s" : " " + m.group(3);
    return spoken + " " + NumberWords.cardinal(m.group(2)) + suffix;
  }

  private static String acronyms(String s) {
    s = Rules.replace(s, DOTTED_ACRONYM, m -> spell(m.group(1).replace(".", "")));
    s = Rules.replace(s, ROMAN, m -> Vocabulary.ROMAN.getOrDefault(m.group(1), m.group(1)));
    return Rules.replace(
        s,
        CAPS,
        m -> {
          String word = m.group(1);
          String plural = m.group(2) == null ? "" : "'s";
          if (Vocabulary.WORD_ACRONYMS.contains(word)) {
            return titleCase(word) + (m.group(2) == null ? "" : "s");
          }
          if (word.contains("&")) {
            return String.join(
                " and ", java.util.Arrays.stream(word.split("&")).map(Normalizer::spell).toList());
          }
          if (word.length() >= 5 && isPronounceable(word)) {
            return titleCase(word) + nz(m.group(2));
          }
          return spell(word) + plural;
        });
  }

  /** A word of five or more capitals with vowels and no long consonant run reads as a word. */
  private static boolean isPronounceable(String word) {
    int run = 0;
    int vowels = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ("AEIOUY".indexOf(c) >= 0) {
        vowels++;
        run = 0;
      } else if (++run > 3) {
        return false;
      }
    }
    return vowels >= 2;
  }

  private static String spell(String letters) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (Character.isLetter(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        out.append(Character.toUpperCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static String spellHost(String host) {
    String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return h.replace(".", " dot ");
  }

  private static String titleCase(String word) {
    return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String symbols(String s) {
    s = s.replace("&", " and ").replace("+", " plus ").replace("=", " equals ");
    s = s.replace("@", " at ").replace("%", " percent ").replace("#", " ");
    s = Rules.replace(s, SLASH, m -> " ");
    s = Rules.replace(s, DROP, m -> " ");
    s = Rules.replace(s, PAUSE, m -> ", ");
    s = Rules.replace(s, SPACES, m -> " ");
    s = Rules.replace(s, SPACE_BEFORE_PUNCT, m -> m.group(1));
    s = Rules.replace(s, COMMAS, m -> ",");
    s = s.strip();
    while (s.startsWith(",") || s.startsWith(".")) {
      s = s.substring(1).strip();
    }
    return s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
