package org.factdesk.evidence;

import java.util.Locale;

/** The collections of the evidence index: news and reference text, and earlier fact-checks. */
public enum EvidenceCollection {
  /** Articles, feed items, corpora: what happened and what was said. */
  NEWS("news"),
  /** ClaimReview fact-checks: earlier verdicts by fact-checkers. */
  FACTCHECKS("factchecks");

  private final String id;

  EvidenceCollection(String id) {
    this.id = id;
  }

  /** The name used on the command line, in JSON and in the index. */
  public String id() {
    return id;
  }

  /** Parses "news" or "factchecks" (any case). */
  public static EvidenceCollection parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (EvidenceCollection c : values()) {
      if (c.id.equals(n)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "collection must be 'news' or 'factchecks', got '" + name + "'");
  }
}
