package org.factdesk.verify;

/** How a figure is qualified: "nearly 1.3 million" is NEARLY, "more than 200" is MORE_THAN. */
public enum Approx {
  EXACT,
  ABOUT,
  NEARLY,
  MORE_THAN,
  AT_LEAST,
  UP_TO,
  RANGE
}
