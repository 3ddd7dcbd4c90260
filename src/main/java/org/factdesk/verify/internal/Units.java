package org.factdesk.verify.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Units of measure of one dimension, so that figures written in different units compare: "a little
 * over 0.4 kilometres" and "412 metres", "roughly eleven miles" and "about 18 km", "41,500 tonnes"
 * and "41.5 million kg", "88 minutes" and "about 1.5 hours", "6,150 hectares" and "62 square
 * kilometres". Each unit is converted to its dimension's base unit (metre, square metre, kilogram,
 * litre, minute). Days, weeks, months and years are left as they are: they frame other figures ("in
 * the first ten months") more often than they measure.
 */
public final class Units {
  /**
   * A unit: its dimension's base unit and how many base units one of it is.
   *
   * @param base the base unit ("metre", "square metre", "kilogram", "litre", "minute")
   * @param factor base units per unit (a kilometre is 1000 metres)
   */
  public record Unit(String base, double factor) {
    public Unit {
      if (base == null || base.isBlank()) {
        throw new IllegalArgumentException("base must not be blank, got " + base);
      }
      if (!(factor > 0) || !Double.isFinite(factor)) {
        throw new IllegalArgumentException("factor must be > 0, got " + factor);
      }
    }
  }

  private static final String LENGTH = "metre";
  private static final String AREA = "square metre";
  private static final String MASS = "kilogram";
  private static final String VOLUME = "litre";
  static final String TIME = "minute";

  private static final Map<String, Unit> UNITS = new HashMap<>();

  static {
    // no bare "m": "5m passengers" is five million, and a figure's unit "m" is millions
    add(LENGTH, 1, "metre", "metres", "meter", "meters");
    add(LENGTH, 1000, "kilometre", "kilometres", "kilometer", "kilometers", "km", "kms");
    add(LENGTH, 0.01, "centimetre", "centimetres", "centimeter", "centimeters", "cm");
    add(LENGTH, 1609.344, "mile", "miles");
    add(LENGTH, 0.3048, "foot", "feet", "ft");
    add(LENGTH, 0.9144, "yard", "yards");
    add(AREA, 10_000, "hectare", "hectares", "ha");
    add(AREA, 4046.856, "acre", "acres");
    add(MASS, 1, "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kg");
    // no "ton": a long or a short ton differs from a tonne by 2 to 10%, more than a rounding
    add(MASS, 1000, "tonne", "tonnes");
    add(MASS, 0.001, "gram", "grams", "gramme", "grammes");
    add(VOLUME, 1, "litre", "litres", "liter", "liters");
    add(VOLUME, 1e6, "megalitre", "megalitres", "megaliter", "megaliters");
    // no "gallon": a US and an imperial gallon differ by 20%
    add(TIME, 1, "minute", "minutes", "min", "mins");
    add(TIME, 60, "hour", "hours", "hr", "hrs");
  }

  private static void add(String base, double factor, String... words) {
    for (String w : words) {
      UNITS.put(w, new Unit(base, factor));
    }
  }

  private Units() {}

  /** True for the base unit of a dimension ("metre", "kilogram"), as figures carry it. */
  public static boolean isBase(String thing) {
    return thing.equals(LENGTH)
        || thing.equals(AREA)
        || thing.equals(MASS)
        || thing.equals(VOLUME)
        || thing.equals(TIME);
  }

  /**
   * The unit a word names, or empty; {@code before} is the word just before it: "square" and
   * "cubic" make a length an area or a volume ("square kilometres", "cubic metres").
   */
  public static Optional<Unit> of(String word, String before) {
    if (word == null) {
      return Optional.empty();
    }
    Unit u = UNITS.get(word.toLowerCase(Locale.ROOT));
    if (u == null) {
      return Optional.empty();
    }
    String b = before == null ? "" : before.toLowerCase(Locale.ROOT);
    if (u.base().equals(LENGTH) && (b.equals("square") || b.equals("sq"))) {
      return Optional.of(new Unit(AREA, u.factor() * u.factor()));
    }
    if (u.base().equals(LENGTH) && b.equals("cubic")) {
      // a cubic metre is 1000 litres
      return Optional.of(new Unit(VOLUME, u.factor() * u.factor() * u.factor() * 1000));
    }
    return Optional.of(u);
  }
}
