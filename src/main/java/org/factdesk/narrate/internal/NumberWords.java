package org.factdesk.narrate.internal;

import java.math.BigInteger;

/** English words for numbers: cardinals, ordinals, years and decimals. */
public final class NumberWords {
  private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

  private NumberWords() {}

  /** "zero" .. "nineteen", from the shared {@link org.factdesk.nlp.NumberWords}. */
  private static String ones(int n) {
    return org.factdesk.nlp.NumberWords.word(n);
  }

  /** "1234" → "one thousand two hundred thirty-four". Digits only, no separators. */
  public static String cardinal(String digits) {
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("digits must be 0-9 only, got '" + digits + "'");
    }
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    if (trimmed.length() > 21) {
      return digitByDigit(trimmed);
    }
    return cardinal(new BigInteger(trimmed));
  }

  /** Words for a non-negative integer. */
  public static String cardinal(long n) {
    if (n < 0) {
      return "minus " + cardinal(BigInteger.valueOf(n).negate());
    }
    return cardinal(BigInteger.valueOf(n));
  }

  private static String cardinal(BigInteger n) {
    if (n.signum() == 0) {
      return "zero";
    }
    StringBuilder out = new StringBuilder();
    int scale = 0;
    BigInteger rest = n;
    while (rest.signum() > 0) {
      int group = rest.mod(THOUSAND).intValue();
      rest = rest.divide(THOUSAND);
      if (group > 0) {
        String words =
            below1000(group)
                + (scale > 0 ? " " + org.factdesk.nlp.NumberWords.scaleName(scale) : "");
        out.insert(0, out.length() > 0 ? words + " " : words);
      }
      scale++;
    }
    return out.toString();
  }

  static String below1000(int n) {
    if (n < 0 || n >= 1000) {
      throw new IllegalArgumentException("n must be in 0..999, got " + n);
    }
    StringBuilder out = new StringBuilder();
    if (n >= 100) {
      out.append(ones(n / 100)).append(" hundred");
      n %= 100;
      if (n > 0) {
        out.append(' ');
      }
    }
    if (n >= 20) {
      out.append(org.factdesk.nlp.NumberWords.word(n / 10 * 10));
      if (n % 10 > 0) {
        out.append('-').append(ones(n % 10));
      }
    } else if (n > 0 || out.length() == 0) {
      out.append(ones(n));
    }
    return out.toString();
  }

  /** "21" → "twenty-first". */
  public static String ordinal(String digits) {
    String words = cardinal(digits);
    int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
    String head = words.substring(0, cut);
    String last = words.substring(cut);
    String ord =
        switch (last) {
          case "one" -> "first";
          case "two" -> "second";
          case "three" -> "third";
          case "five" -> "fifth";
          case "eight" -> "eighth";
          case "nine" -> "ninth";
          case "twelve" -> "twelfth";
          default ->
              last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
    return head + ord;
  }

  /**
   * A year as spoken: 1999 → "nineteen ninety-nine", 2000 → "two thousand", 2005 → "two thousand
   * five", 2014 → "twenty fourteen", 1900 → "nineteen hundred", 1905 → "nineteen oh five".
   */
  public static String year(int y) {
    if (y < 1 || y > 9999) {
      throw new IllegalArgumentException("year must be in 1..9999, got " + y);
    }
    if (y < 1000 || (y >= 2000 && y < 2010) || y % 1000 == 0) {
      return cardinal(y);
    }
    int hi = y / 100;
    int lo = y % 100;
    if (lo == 0) {
      return below1000(hi) + " hundred";
    }
    return below1000(hi) + " " + (lo < 10 ? "oh " + ones(lo) : below1000(lo));
  }

  /** "1990s" → "nineteen nineties". */
  public static String decade(int y) {
    String words = year(y);
    if (words.endsWith("y")) {
      return words.substring(0, words.length() - 1) + "ies";
    }
    return words + "s";
  }

  /** Digits read one by one: "0123" → "zero one two three". */
  public static String digitByDigit(String digits) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("digits must be 0-9 only, got '" + digits + "'");
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(ones(c - '0'));
    }
    return out.toString();
  }

  /**
   * A number with optional thousands separators and decimals: "1,000" → "one thousand", "2.45" →
   * "two point four five", ".5" → "point five".
   */
  public static String number(String text) {
    String s = text.replace(",", "");
    int dot = s.indexOf('.');
    if (dot < 0) {
      return cardinal(s);
    }
    String whole = s.substring(0, dot);
    String frac = s.substring(dot + 1);
    String head = whole.isEmpty() ? "" : cardinal(whole) + " ";
    return frac.isEmpty() ? cardinal(whole) : head + "point " + digitByDigit(frac);
  }
}
