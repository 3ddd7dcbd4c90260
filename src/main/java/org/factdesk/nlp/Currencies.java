package org.factdesk.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The currencies factdesk reads, in one place: the symbols before a figure ("$", "€"), the words
 * after one ("4.2 million euros"), and the normalised name a figure's unit is compared by ("euro"
 * for "EUR", "euros" and "€"). Extraction, figure comparison and the in-article sums all ask here,
 * so a currency added once is read everywhere.
 */
public final class Currencies {

  /** Symbols before a figure and the ISO code the extractor gives them as a unit. */
  private static final Map<String, String> SYMBOLS =
      Map.of("$", "USD", "us$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");

  /** ISO codes and the name a figure's thing uses. */
  private static final Map<String, String> CODES =
      Map.of("usd", "dollar", "eur", "euro", "gbp", "pound", "jpy", "yen", "chf", "franc");

  /**
   * Currency words that follow a figure as its unit even before another noun ("a 4.2 million euro
   * repair" counts euros). Only words that are never an adjective or another noun's modifier:
   * "real" and "crown" are left out here, though they are currency names below.
   */
  private static final Set<String> WORDS_AFTER_FIGURE =
      Set.of("euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "franc", "francs");

  /** Currency names as a figure's normalised thing gives them (singular). */
  private static final Set<String> NAMES =
      Set.of(
          "euro", "dollar", "pound", "yen", "franc", "crown", "krona", "krone", "kronor", "kroner",
          "yuan", "rupee", "peso", "zloty", "lira", "rand", "real");

  /** The commonest currencies, which measure many different sums in one story. */
  private static final Set<String> COMMON = Set.of("euro", "dollar", "pound");

  private Currencies() {}

  /** The ISO code for a currency symbol before a figure ("€" gives "EUR"), or null. */
  public static String codeOfSymbol(String symbol) {
    return SYMBOLS.get(symbol.toLowerCase(Locale.ROOT));
  }

  /** True when a lower-case word after a figure is its currency ("euros", "yen"). */
  public static boolean isWordAfterFigure(String lower) {
    return WORDS_AFTER_FIGURE.contains(lower);
  }

  /**
   * The currency name of a unit as the extractor gives it ("EUR", "euros", "USD", "dollar"), or
   * null when the unit is no currency or an ambiguous one in the plural ("pounds" may weigh).
   */
  public static String nameOf(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    String code = CODES.get(u);
    if (code != null) {
      return code;
    }
    return switch (u) {
      case "euro", "euros" -> "euro";
      case "dollar", "dollars" -> "dollar";
      default -> null;
    };
  }

  /** True when a figure's normalised thing ("euro", "krona", "rupee") is a currency. */
  public static boolean isName(String thing) {
    return NAMES.contains(thing);
  }

  /** True for the euro, the dollar and the pound, which measure many things in one story. */
  public static boolean isCommon(String thing) {
    return COMMON.contains(thing);
  }
}
