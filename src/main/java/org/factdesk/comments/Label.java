package org.factdesk.comments;

/** The audit's verdict on one comment. */
public enum Label {
  /** No signal, or only weak signals outweighed by concrete detail. */
  AUTHENTIC,
  /** Some signals fired; a moderator should look. */
  SUSPICIOUS,
  /** Strong or several signals agree that the comment is templated, coordinated or generated. */
  INAUTHENTIC
}
