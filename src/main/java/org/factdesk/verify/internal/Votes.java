package org.factdesk.verify.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;
import org.factdesk.verify.StructuredChecks;

/**
 * Turns the stance model's judgements of a claim's passages into votes, the same way for {@code
 * check} and for the claim-level benchmarks: the structured checks adjust each stance (and then
 * carry the vote's authority), near-copies (word Jaccard >= 0.8 with a passage already seen) are
 * marked, passages older than two years weigh 0.85 and later than the article 0.9, and a passage
 * whose figures are all for something else weighs half. A passage that repeats the claim's figure
 * and disputes it carries {@link StanceVote.Authority#DISPUTE}. When dated passages give different
 * figures for the claim's one figure, {@link Recency} says which to set aside (older reports of the
 * same measure than the newest, a wire story outweighed by independent reports).
 */
public final class Votes {
  /** Word Jaccard similarity from which a passage is a near-copy of an earlier one. */
  public static final double COPY_JACCARD = 0.8;

  static final Duration GRACE = Duration.ofDays(2);
  static final Duration OLD = Duration.ofDays(730);

  private Votes() {}

  /**
   * The votes with what produced them.
   *
   * @param votes one per passage, in the passages' order
   * @param findings the structured checks' findings per passage
   * @param copyOf per passage, the index of the passage it nearly copies, or -1
   */
  public record Built(List<StanceVote> votes, List<List<Finding>> findings, List<Integer> copyOf) {}

  /**
   * @param claim the claim
   * @param texts the passages
   * @param published each passage's publication time (null entries or a null list: unknown)
   * @param article the article's publication time, null when unknown (then no time check runs)
   * @param head the stance model's judgement of each passage
   */
  public static Built of(
      String claim,
      List<String> texts,
      List<Instant> published,
      Instant article,
      List<StanceResult> head) {
    if (head.size() != texts.size()) {
      throw new IllegalArgumentException(
          "one stance per passage expected, got " + head.size() + " for " + texts.size());
    }
    LocalDate day = TimeCheck.date(article);
    int claimFigures = QuantityParser.parse(claim).size();
    boolean claimHasFigures = claimFigures > 0;
    List<StanceVote> votes = new ArrayList<>();
    List<List<Finding>> findings = new ArrayList<>();
    List<Integer> copyOf = new ArrayList<>();
    List<Set<String>> seen = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      List<Finding> f = StructuredChecks.run(claim, text, day);
      findings.add(f);
      StanceResult s = StructuredChecks.adjust(head.get(i), f);
      Set<String> words = TextSignals.of(text).content();
      int dup = -1;
      for (int j = 0; j < seen.size(); j++) {
        if (jaccard(words, seen.get(j)) >= COPY_JACCARD) {
          dup = j;
          break;
        }
      }
      seen.add(words);
      copyOf.add(dup);
      Instant when = published == null ? null : published.get(i);
      double w = 1.0;
      if (article != null && when != null) {
        if (when.isAfter(article.plus(GRACE))) {
          w = 0.9; // found only after widening: published after the article
        } else if (when.isBefore(article.minus(OLD))) {
          w = 0.85; // old
        }
      }
      boolean disputed = StructuredChecks.disputed(f).isPresent();
      if (f.stream().noneMatch(x -> x.check().equals("quantity"))
          && !disputed
          && claimHasFigures
          && !QuantityParser.parse(text).isEmpty()) {
        w *= 0.5; // its figures are for something else: not evidence for the claim's figure
        s =
            StanceResult.of(
                new double[] {s.supports(), s.refutes(), s.neutral()},
                (s.note().isEmpty() ? "" : s.note() + "; ") + "its figures are for something else");
      }
      boolean decided =
          f.stream()
              .anyMatch(
                  x ->
                      x.outcome().equals("disagrees")
                          || (x.outcome().equals("agrees") && !x.check().equals("role")));
      StanceVote.Authority by =
          disputed
              ? StanceVote.Authority.DISPUTE
              : decided ? StanceVote.Authority.CHECK : StanceVote.Authority.MODEL;
      votes.add(new StanceVote(s, w, dup >= 0, by));
    }
    if (claimFigures == 1) {
      setAsideOutdated(
          QuantityParser.parse(claim).get(0), texts, votes, findings, copyOf, published, article);
    }
    return new Built(votes, findings, copyOf);
  }

  /**
   * Sets aside the reports of the claim's one figure that {@link Recency} finds outranked (older
   * than a newer report of the same measure, or outweighed by independent reports of the same
   * time): their vote becomes a half-weight neutral one of the model, with a note saying why.
   */
  private static void setAsideOutdated(
      Quantity claimQ,
      List<String> texts,
      List<StanceVote> votes,
      List<List<Finding>> findings,
      List<Integer> copyOf,
      List<Instant> published,
      Instant article) {
    if (published == null) {
      return;
    }
    List<Recency.Report> reports = new ArrayList<>();
    for (int i = 0; i < votes.size(); i++) {
      int side = 0;
      if (votes.get(i).authority() == StanceVote.Authority.CHECK) {
        for (Finding f : findings.get(i)) {
          if (f.check().equals("quantity")) {
            side = f.outcome().equals("agrees") ? 1 : f.outcome().equals("disagrees") ? -1 : 0;
          }
        }
      }
      reports.add(
          new Recency.Report(
              side,
              published.get(i),
              copyOf.get(i) >= 0,
              side == 0 ? Set.of() : actions(claimQ, texts.get(i))));
    }
    List<String> why = Recency.setAside(reports, article);
    for (int i = 0; i < votes.size(); i++) {
      if (why.get(i) == null) {
        continue;
      }
      StanceVote v = votes.get(i);
      String note = why.get(i);
      votes.set(
          i,
          new StanceVote(
              StanceResult.of(new double[] {0.1, 0.1, 0.8}, note),
              v.weight() * 0.5,
              v.copy(),
              StanceVote.Authority.MODEL));
      List<Finding> f = new ArrayList<>(findings.get(i));
      f.add(new Finding("recency", "note", capital(note) + "."));
      findings.set(i, f);
    }
  }

  /** The verbs of the clause of the passage's first figure for the claim's thing. */
  private static Set<String> actions(Quantity claimQ, String text) {
    for (Quantity p : QuantityParser.parse(text)) {
      if (claimQ.sameThing(p)) {
        return Subject.of(text, p.text()).actions();
      }
    }
    return Set.of();
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }
}
