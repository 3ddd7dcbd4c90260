package org.factdesk.verify.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.report.Finding;
import org.factdesk.verify.Quantity;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;
import org.factdesk.verify.StructuredChecks;

/**
 * Turns the stance model's judgements of a claim's passages into votes, the same way for {@code
 * check} and for the claim-level benchmarks: the structured checks adjust each stance (and then
 * carry the vote's authority), near-copies (word Jaccard >= 0.8 with a passage already seen) are
 * marked, passages older than two years weigh 0.85 and later than the article 0.9, and a passage
 * whose figures are all for something else weighs half. A passage that repeats the claim's figure
 * and disputes it carries {@link StanceVote.Authority#DISPUTE}. When dated reports of the claim's
 * one figure differ, {@link Recency} sets the outranked ones aside (a half-weight neutral vote of
 * the model, with a {@code recency} note).
 */
public final class Votes {
  /** Word Jaccard similarity from which a passage is a near-copy of an earlier one. */
  public static final double COPY_JACCARD = 0.8;

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
   * What the structured checks, the near-copy test and the dates say of a claim's passages, before
   * any stance: the part of a vote that does not depend on the stance model.
   *
   * @param texts the passages
   * @param findings the structured checks' findings per passage
   * @param copyOf per passage, the index of the passage it nearly copies, or -1
   * @param weights per passage, the vote's weight
   * @param elsewhere per passage, whether its figures are for something else (weight halved)
   * @param authority per passage, what will carry its vote
   * @param setAside per passage, why {@link Recency} set its report aside, or null (then its vote
   *     is a fixed neutral one and no stance can change it)
   */
  public record Checked(
      List<String> texts,
      List<List<Finding>> findings,
      List<Integer> copyOf,
      List<Double> weights,
      List<Boolean> elsewhere,
      List<StanceVote.Authority> authority,
      List<String> setAside) {
    public Checked {
      int n = texts.size();
      if (findings.size() != n
          || copyOf.size() != n
          || weights.size() != n
          || elsewhere.size() != n
          || authority.size() != n
          || setAside.size() != n) {
        throw new IllegalArgumentException("one entry per passage expected for " + n + " passages");
      }
    }

    /**
     * Whether the stance model's judgement of passage {@code i} can change the claim's verdict
     * (with the shipped {@link StanceAggregator}; {@code check} runs its costly joint head only on
     * such passages). It cannot for a near-copy (the aggregator counts none). When some independent
     * passage's check fixes an authoritative vote (a disputed figure, a disagreeing check, or an
     * agreeing check that confirms the claim, whose weight carries it past {@link
     * StanceAggregator#COUNTS} with the floor the checks set in {@link StructuredChecks#adjust},
     * see {@link StructuredChecks#floor}), the authoritative votes decide; then only a check's vote
     * whose side or reach depends on the stance matters (an agreeing date, or a fixed side whose
     * weight needs more than the floor), not the model's own votes nor votes too light ever to
     * count. The stance of the others then moves only the confidence and the order of the evidence
     * shown.
     */
    public boolean stanceMatters(int i) {
      if (copyOf.get(i) >= 0 || setAside.get(i) != null) {
        return false;
      }
      if (!authorityFixed()) {
        return true;
      }
      return authority.get(i) != StanceVote.Authority.MODEL
          && weights.get(i) >= StanceAggregator.COUNTS
          && !fixed(i);
    }

    /** Whether some independent passage's checks fix an authoritative vote. */
    public boolean authorityFixed() {
      for (int i = 0; i < texts.size(); i++) {
        if (copyOf.get(i) < 0 && authority.get(i) != StanceVote.Authority.MODEL && fixed(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean fixed(int i) {
      double floor = StructuredChecks.floor(findings.get(i));
      return floor > 0 && weights.get(i) * floor >= StanceAggregator.COUNTS;
    }
  }

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
    return of(check(claim, texts, published, article), head);
  }

  /**
   * Runs the structured checks on each passage and weighs it (see the class comment).
   *
   * @param claim the claim
   * @param texts the passages
   * @param published each passage's publication time (null entries or a null list: unknown)
   * @param article the article's publication time, null when unknown (then no time check runs)
   */
  public static Checked check(
      String claim, List<String> texts, List<Instant> published, Instant article) {
    return check(claim, texts, published, article, Set.of());
  }

  /**
   * As {@link #check(String, List, List, Instant)}, for a claim of a story about {@code story} (see
   * {@link Subject#story}; empty when unknown).
   */
  public static Checked check(
      String claim,
      List<String> texts,
      List<Instant> published,
      Instant article,
      Set<String> story) {
    return check(claim, texts, published, article, story, story);
  }

  /**
   * As {@link #check(String, List, List, Instant, Set)}, with the story's subject for the figure
   * checks {@code figureStory} (found with the headline when the text alone names no one often
   * enough).
   */
  public static Checked check(
      String claim,
      List<String> texts,
      List<Instant> published,
      Instant article,
      Set<String> story,
      Set<String> figureStory) {
    LocalDate day = TimeCheck.date(article);
    List<Quantity> claimFigures = QuantityParser.parse(claim);
    boolean claimHasFigures = !claimFigures.isEmpty();
    List<List<Finding>> findings = new ArrayList<>();
    List<Integer> copyOf = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Boolean> elsewhere = new ArrayList<>();
    List<StanceVote.Authority> authority = new ArrayList<>();
    List<Set<String>> seen = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Instant when = published == null ? null : published.get(i);
      findings.add(
          StructuredChecks.run(claim, text, day, TimeCheck.date(when), story, figureStory));
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
    }
    // the claim's title refuted: a passage confirming only what was said does not make it right
    findings = new ArrayList<>(WrongTitle.apply(findings, copyOf));
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Instant when = published == null ? null : published.get(i);
      List<Finding> f = findings.get(i);
      double w = 1.0;
      if (article != null && when != null) {
        if (EvidenceTime.late(article, when)) {
          w = 0.9; // found only after widening: published after the article
        } else if (when.isBefore(article.minus(OLD))) {
          w = 0.85; // old
        }
      }
      boolean disputed = StructuredChecks.disputed(f).isPresent();
      boolean other =
          f.stream()
                  .noneMatch(
                      x ->
                          x.check().equals("quantity")
                              || x.check().equals(PersonAges.NAME)
                              // a vote's tally read as such is the claim's figure
                              || x.check().equals(VoteTally.NAME))
              && !disputed
              && claimHasFigures
              && !QuantityParser.parse(text).isEmpty();
      if (other) {
        w *= 0.5; // its figures are for something else: not evidence for the claim's figure
      }
      weights.add(w);
      elsewhere.add(other);
      boolean decided =
          f.stream()
              .anyMatch(
                  x ->
                      x.outcome().equals("disagrees")
                          || (x.outcome().equals("agrees") && !x.check().equals("role")));
      authority.add(
          disputed
              ? StanceVote.Authority.DISPUTE
              : decided ? StanceVote.Authority.CHECK : StanceVote.Authority.MODEL);
    }
    List<String> setAside = new ArrayList<>(java.util.Collections.nCopies(texts.size(), null));
    if (claimFigures.size() == 1 && !OneAccount.attributed(claim)) {
      setAsideOutdated(
          OneAccount.periodEnd(claim, day),
          OneAccount.toDate(claim),
          claimFigures.get(0),
          texts,
          findings,
          copyOf,
          weights,
          authority,
          setAside,
          published,
          article);
    }
    setAsideChangedStates(claim, texts, findings, weights, authority, setAside, published, day);
    setAsideChangedDates(texts, findings, weights, authority, setAside, published);
    setAsideLate(findings, weights, authority, setAside, published, article);
    setAsideHearsay(claim, texts, findings, weights, authority, setAside);
    return new Checked(texts, findings, copyOf, weights, elsewhere, authority, setAside);
  }

  /**
   * Sets aside every passage published after the article's day ({@link EvidenceTime}), found only
   * when the search was widened: it is shown, but the article could not have been checked against
   * it, so its vote becomes a half-weight neutral one with a {@code recency} note.
   */
  private static void setAsideLate(
      List<List<Finding>> findings,
      List<Double> weights,
      List<StanceVote.Authority> authority,
      List<String> setAside,
      List<Instant> published,
      Instant article) {
    if (published == null || article == null) {
      return;
    }
    for (int i = 0; i < published.size(); i++) {
      if (!EvidenceTime.late(article, published.get(i))) {
        continue;
      }
      String why = "set aside: published after the article's day";
      if (setAside.get(i) == null) {
        weights.set(i, weights.get(i) * 0.5);
      }
      setAside.set(i, why);
      authority.set(i, StanceVote.Authority.MODEL);
      List<Finding> f = new ArrayList<>(findings.get(i));
      f.add(new Finding("recency", "note", capital(why) + "."));
      findings.set(i, f);
    }
  }

  /**
   * Sets aside an older report of the claim's date when a newer one gives another date and calls
   * itself an update ({@link OneAccount#update}: "the licence now runs until 2028", "revised"): a
   * deadline or an end date that was moved, not two accounts of one date. Its vote becomes a
   * half-weight neutral one with a {@code recency} note.
   */
  private static void setAsideChangedDates(
      List<String> texts,
      List<List<Finding>> findings,
      List<Double> weights,
      List<StanceVote.Authority> authority,
      List<String> setAside,
      List<Instant> published) {
    if (published == null) {
      return;
    }
    int n = texts.size();
    int[] side = new int[n];
    for (int i = 0; i < n; i++) {
      for (Finding f : findings.get(i)) {
        if (f.check().equals("date") && !f.outcome().equals("note")) {
          side[i] = f.outcome().equals("agrees") ? 1 : -1;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (side[i] == 0 || published.get(i) == null || setAside.get(i) != null) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        if (side[j] == -side[i]
            && published.get(j) != null
            && published.get(j).isAfter(published.get(i))
            && setAside.get(j) == null
            && OneAccount.update(texts.get(j))) {
          String why =
              "set aside: an older report of a date that was changed; a report of "
                  + published.get(j).toString().substring(0, 10)
                  + " gives the date now in force";
          setAsideOne(i, why, "recency", setAside, weights, authority, findings);
          break;
        }
      }
    }
  }

  /**
   * Sets aside every passage that only repeats what an unchecked source says ({@link Hearsay}:
   * "posts on social media claim that ...", "..., early reports said"): it reports that the claim
   * goes round, not that it is so, so it is no second side beside a refutation. Its vote becomes a
   * half-weight neutral one with a {@code hearsay} note. Not for a claim about the rumour itself.
   */
  private static void setAsideHearsay(
      String claim,
      List<String> texts,
      List<List<Finding>> findings,
      List<Double> weights,
      List<StanceVote.Authority> authority,
      List<String> setAside) {
    if (Hearsay.aboutHearsay(claim)) {
      return;
    }
    for (int i = 0; i < texts.size(); i++) {
      if (setAside.get(i) != null) {
        continue;
      }
      Optional<String> source = Hearsay.source(texts.get(i));
      if (source.isEmpty()) {
        continue;
      }
      String why =
          "set aside: it only repeats what "
              + source.get()
              + " said, which reports the claim, not that it is so";
      setAsideOne(i, why, "hearsay", setAside, weights, authority, findings);
    }
  }

  /**
   * Sets aside a report of the claim's state (or its opposite) when another passage reports the
   * other state for a later day: "the road was closed on Sunday" is outdated by "the road reopened
   * on Wednesday", "the stand reopened in August" by "the stand, closed since October". Its vote
   * becomes a half-weight neutral one, with a {@code recency} note.
   */
  private static void setAsideChangedStates(
      String claim,
      List<String> texts,
      List<List<Finding>> findings,
      List<Double> weights,
      List<StanceVote.Authority> authority,
      List<String> setAside,
      List<Instant> published,
      LocalDate article) {
    if (published == null) {
      return;
    }
    int n = texts.size();
    int[] side = new int[n];
    LocalDate[] day = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      for (Finding f : findings.get(i)) {
        if (f.check().equals(StateCheck.NAME) && !f.outcome().equals("note")) {
          side[i] = f.outcome().equals("agrees") ? 1 : -1;
          day[i] =
              StateCheck.report(claim, texts.get(i), article, TimeCheck.date(published.get(i)))
                  .map(StateCheck.Report::when)
                  .orElse(null);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (side[i] == 0 || day[i] == null || setAside.get(i) != null) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        if (side[j] == -side[i]
            && day[j] != null
            && day[j].isAfter(day[i])
            && setAside.get(j) == null) {
          String why =
              "set aside: an older report of a state that changed; a report for "
                  + day[j]
                  + " says otherwise";
          setAsideOne(i, why, "recency", setAside, weights, authority, findings);
          break;
        }
      }
    }
  }

  /**
   * Sets aside the reports of the claim's one figure that {@link Recency} finds outranked (older
   * than a newer report of the same measure, or outweighed by independent reports of the same
   * time): their vote becomes a half-weight neutral one of the model, with a note saying why. A
   * count over a period that had ended ({@code closed}, its last day, or null) when every report of
   * it was published is not updated by a newer report: nothing is set aside ({@link OneAccount}).
   */
  private static void setAsideOutdated(
      LocalDate closed,
      boolean toDate,
      Quantity claimQ,
      List<String> texts,
      List<List<Finding>> findings,
      List<Integer> copyOf,
      List<Double> weights,
      List<StanceVote.Authority> authority,
      List<String> setAside,
      List<Instant> published,
      Instant article) {
    if (published == null) {
      return;
    }
    List<Recency.Report> reports = new ArrayList<>();
    boolean updated = false;
    for (int i = 0; i < texts.size(); i++) {
      int side = 0;
      if (authority.get(i) == StanceVote.Authority.CHECK) {
        for (Finding f : findings.get(i)) {
          if (f.check().equals("quantity")) {
            side = f.outcome().equals("agrees") ? 1 : f.outcome().equals("disagrees") ? -1 : 0;
          }
        }
      }
      Quantity figure = side == 0 ? null : figure(claimQ, texts.get(i));
      reports.add(
          new Recency.Report(
              side,
              published.get(i),
              copyOf.get(i) >= 0,
              figure == null ? Set.of() : Subject.of(texts.get(i), figure.source()).actions(),
              figure == null ? Double.NaN : figure.value(),
              side == 0 ? Set.of() : OneAccount.account(texts.get(i))));
      updated |= side != 0 && OneAccount.update(texts.get(i));
    }
    if (closed != null
        && !updated
        && reports.stream()
            .filter(r -> r.side() != 0 && r.published() != null)
            .allMatch(
                r ->
                    r.published()
                        .isAfter(closed.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
      // a closed period's count, reported after it ended: differing reports are a dispute, unless
      // one calls itself the final or revised figure ("final figures put ...")
      return;
    }
    List<String> why = Recency.setAside(reports, article, toDate);
    for (int i = 0; i < texts.size(); i++) {
      if (why.get(i) == null) {
        continue;
      }
      setAsideOne(i, why.get(i), "recency", setAside, weights, authority, findings);
    }
  }

  /** The passage's first figure for the claim's thing, or null. */
  private static Quantity figure(Quantity claimQ, String text) {
    for (Quantity p : QuantityParser.parse(text)) {
      if (claimQ.sameThing(p)) {
        return p;
      }
    }
    return null;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The votes of checked passages, given the stance model's judgement of each. */
  public static Built of(Checked c, List<StanceResult> head) {
    int n = c.texts().size();
    if (head.size() != n) {
      throw new IllegalArgumentException(
          "one stance per passage expected, got " + head.size() + " for " + n);
    }
    List<StanceVote> votes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StanceResult s = StructuredChecks.adjust(head.get(i), c.findings().get(i));
      if (c.setAside().get(i) != null) {
        s = StanceResult.of(new double[] {0.1, 0.1, 0.8}, c.setAside().get(i));
      } else if (c.elsewhere().get(i)) {
        s =
            StanceResult.of(
                new double[] {s.supports(), s.refutes(), s.neutral()},
                (s.note().isEmpty() ? "" : s.note() + "; ") + "its figures are for something else");
      }
      votes.add(
          new StanceVote(s, c.weights().get(i), c.copyOf().get(i) >= 0, c.authority().get(i)));
    }
    return new Built(votes, c.findings(), c.copyOf());
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

  /**
   * Sets passage {@code i} aside for the reason {@code why}: half its weight, the model's authority
   * (its stance no longer fixed by a check) and a note of kind {@code check} saying why.
   */
  private static void setAsideOne(
      int i,
      String why,
      String check,
      List<String> setAside,
      List<Double> weights,
      List<StanceVote.Authority> authority,
      List<List<Finding>> findings) {
    setAside.set(i, why);
    weights.set(i, weights.get(i) * 0.5);
    authority.set(i, StanceVote.Authority.MODEL);
    List<Finding> f = new ArrayList<>(findings.get(i));
    f.add(new Finding(check, "note", capital(why) + "."));
    findings.set(i, f);
  }
}
