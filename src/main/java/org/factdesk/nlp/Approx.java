package org.factdesk.nlp;

import java.util.Locale;

/** How a quantity or duration is qualified: exactly, about, nearly, more than, a range... */
public enum Approx {
  EXACT,
  ABOUT,
  NEARLY,
  MORE_THAN,
  AT_LEAST,
  UP_TO,
  LESS_THAN,
  RANGE;

  /** The contract label: lower case with spaces, e.g. {@code "more than"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
