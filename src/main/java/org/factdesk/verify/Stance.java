package org.factdesk.verify;

/** What one passage says about one claim. The order is the stance model's output order. */
public enum Stance {
  SUPPORTS,
  REFUTES,
  NEUTRAL
}
