package org.factdesk.verify;

/**
 * How a figure is qualified: "nearly 1.3 million" is NEARLY, "more than 200" is MORE_THAN, "up to
 * 200" is UP_TO (200 allowed), "less than 200" is LESS_THAN (200 not allowed).
 */
public enum Approx {
  EXACT,
  ABOUT,
  NEARLY,
  MORE_THAN,
  AT_LEAST,
  UP_TO,
  LESS_THAN,
  RANGE
}
