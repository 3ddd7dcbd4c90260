package org.factdesk.verify.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time rule for evidence: a passage published on the article's publication day (UTC) or earlier
 * is evidence of the article's claims; one published on a later day is not, because the article
 * could not have been checked against it when it appeared. Articles are often dated by day only, so
 * the whole day counts, whatever hour the article gives.
 */
public final class EvidenceTime {
  private EvidenceTime() {}

  /**
   * The last instant at which a passage still counts as evidence for an article.
   *
   * @param article the article's publication time, or null when unknown
   * @return the last nanosecond of the article's day (UTC), or null when the article is undated
   */
  public static Instant notAfter(Instant article) {
    return article == null
        ? null
        : article.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS).minusNanos(1);
  }

  /**
   * Whether a passage was published after the article's day.
   *
   * @param article the article's publication time, or null
   * @param passage the passage's publication time, or null
   * @return true only when both are known and the passage is later than {@link #notAfter}
   */
  public static boolean late(Instant article, Instant passage) {
    Instant last = notAfter(article);
    return last != null && passage != null && passage.isAfter(last);
  }
}
