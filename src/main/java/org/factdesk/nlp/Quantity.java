package org.factdesk.nlp;

/**
 * A number found in text, with what it counts.
 *
 * @param text the matched text, including qualifiers such as "nearly" or a currency sign
 * @param start start offset in the analysed text
 * @param end end offset (exclusive)
 * @param value the value (for a range, its low end); percentages are given as 31, not 0.31
 * @param unit the unit or counted noun ("drones", "percent", "percentage points", "USD",
 *     "kilometer"), or null when none follows
 * @param approx how the number is qualified
 * @param low low end of a range (else equal to value)
 * @param high high end of a range (else equal to value)
 * @param ordinal true for "first", "21st", "second"
 */
public record Quantity(
    String text,
    int start,
    int end,
    double value,
    String unit,
    Approx approx,
    double low,
    double high,
    boolean ordinal) {
  public Quantity {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank, got '" + text + "'");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start < end, got " + start + ".." + end);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, got " + value + " for " + text);
    }
    if (approx == null) {
      throw new IllegalArgumentException("approx must not be null for " + text);
    }
    if (low > high) {
      throw new IllegalArgumentException("low must be <= high, got " + low + " > " + high);
    }
  }

  /** True for a percentage or percentage-point figure. */
  public boolean isPercentage() {
    return "percent".equals(unit) || "percentage points".equals(unit);
  }
}
