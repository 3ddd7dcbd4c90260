package org.factdesk.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import org.factdesk.FactDeskException;
import org.factdesk.article.Article;
import org.factdesk.internal.NamedThreads;
import org.factdesk.nlp.Causes;
import org.factdesk.report.ArticleInfo;
import org.factdesk.report.CheckReport;
import org.factdesk.report.ClaimResult;
import org.factdesk.report.EvidenceItem;
import org.factdesk.report.Finding;
import org.factdesk.verify.internal.CheckTrace;
import org.factdesk.verify.internal.Consistency;
import org.factdesk.verify.internal.EvidenceTime;
import org.factdesk.verify.internal.FactRelevance;
import org.factdesk.verify.internal.RecordCheck;
import org.factdesk.verify.internal.Subject;
import org.factdesk.verify.internal.Votes;

/**
 * Checks an article's claims: searches evidence published before or around the article (widening
 * when too little is found), judges each passage (stance model, then structured checks), weighs
 * copies and old passages down, adds earlier fact-checks, and explains each verdict.
 */
public final class Checker {
  /** Passages searched per claim first, and after widening. */
  static final int K = 12;

  static final int MIN_FOUND = 3;
  static final int MAX_EVIDENCE_SHOWN = 5;

  /** Cosine similarity from which an earlier fact-check counts as a check of the same claim. */
  static final double PRIOR_MIN_SIMILARITY = 0.5;

  /** Claims checked side by side (the design's 2 cores). */
  static final int THREADS = 2;

  private static final ExecutorService CLAIM_POOL =
      Executors.newFixedThreadPool(THREADS, new NamedThreads("check-claims"));

  /**
   * JVM property: when {@code true}, the joint stance head judges the first passages of every claim
   * as it did before session 5. By default it skips the passages whose stance cannot change the
   * verdict ({@link Votes.Checked#stanceMatters}: near-copies, and most passages of a claim that
   * the structured checks decide), and all of a claim's when the findings of each set its stance
   * whatever the model says ({@link StructuredChecks#overridesModel}: another event of the same
   * kind, a disputed figure); the pair-feature head judges those. Same verdicts; each skipped
   * passage saves a run of the sentence model.
   */
  public static final String JOINT_ALWAYS = "factdesk.check.jointAlways";

  /**
   * JVM property: when {@code false}, head-only votes of passages about another fact of the claim's
   * story are counted as the head gives them (the code before session 7; {@link FactRelevance}).
   */
  public static final String FACT_RELEVANCE = "factdesk.check.factRelevance";

  /**
   * JVM property: most passages of a claim the joint stance head judges, the most relevant first
   * among those whose stance can change the verdict ({@value #JOINT_TOP} by default; the joint
   * head's own top, 5, or more restores the choice before session 9). Each passage costs a run of
   * the sentence model on the pair; the fourth and fifth such passages changed no verdict of the
   * news dev sets.
   */
  public static final String JOINT_TOP_PROPERTY = "factdesk.check.jointTop";

  /** The default of {@link #JOINT_TOP_PROPERTY}. */
  static final int JOINT_TOP = 3;

  private final StanceModel model;
  private final boolean jointAlways;
  private final int jointTop;
  private final boolean factRelevance;
  private final String modelProblem;
  private final StanceAggregator aggregator;
  private final EvidenceSource evidence;

  /**
   * @param model the stance model, or null when it could not be loaded
   * @param modelProblem why the model is missing (shown in the report), null when it is there
   * @param aggregator turns stances into verdicts
   * @param evidence where to search
   */
  public Checker(
      StanceModel model,
      String modelProblem,
      StanceAggregator aggregator,
      EvidenceSource evidence) {
    this.model = model;
    this.jointAlways = Boolean.getBoolean(JOINT_ALWAYS);
    this.jointTop = Integer.getInteger(JOINT_TOP_PROPERTY, JOINT_TOP);
    if (jointTop < 0) {
      throw new IllegalArgumentException(JOINT_TOP_PROPERTY + " must be >= 0, got " + jointTop);
    }
    this.factRelevance = !"false".equals(System.getProperty(FACT_RELEVANCE));
    this.modelProblem = modelProblem;
    this.aggregator = aggregator;
    this.evidence = evidence;
  }

  /** The report for {@code article} and its {@code claims}. */
  public CheckReport check(Article article, List<ClaimInput> claims, Instant now) {
    if (StructuredChecks.LEXICAL) {
      org.factdesk.nlp.Lexicon.loadInBackground(); // read while the claims are embedded
    }
    List<String> notes = new ArrayList<>();
    if (claims.isEmpty()) {
      notes.add("No check-worthy claims were found in the article.");
    }
    if (evidence.isEmpty()) {
      notes.add(
          "The evidence index is empty: nothing could be verified. Give sources with --sources"
              + " (or `factdesk ingest` them).");
    }
    if (model == null) {
      notes.add(
          "The stance model is unavailable ("
              + modelProblem
              + "); only structured checks and earlier fact-checks were used.");
    }
    if (!evidence.isEmpty()) {
      evidence.prepare(claims.stream().map(ClaimInput::text).toList()); // e.g. one embedding batch
    }
    List<ClaimResult> results = checkAll(article, claims);
    List<Finding> findings = Consistency.findings(article.text());
    return CheckReport.of(ArticleInfo.of(article), results, findings, notes, now);
  }

  /**
   * Checks the claims, {@link #THREADS} at a time (each claim's search, stances and checks are
   * independent of the others'); results in the claims' order.
   */
  private List<ClaimResult> checkAll(Article article, List<ClaimInput> claims) {
    List<ClaimResult> results = new ArrayList<>(claims.size());
    // whom a claim that names no one is about ("The district will pay ..." in a story on Velden)
    Map<String, Integer> names =
        claims.isEmpty() || article.text() == null || article.text().isBlank()
            ? Map.of()
            : Subject.nameCounts(article.text());
    Set<String> story = Subject.story(names);
    // for the figure checks the headline counts as one of the article's sentences when the text
    // alone names no one often enough ("Kestrel Valley Folk Festival draws a record crowd")
    // alone names no one often enough ("Kestrel Valley Folk Festival draws a record crowd"); when
    // it does, the headline's names that the text uses are the story's subject too (a story on
    // the Kestrel Bridge that names Wenlow more often is still about the bridge)
    Set<String> figureStory =
        claims.isEmpty() || article.title() == null
            ? story
            : story.isEmpty()
                ? Subject.story(article.title() + "\n" + article.text())
                : Subject.withHeadline(story, article.title(), names);
    if (claims.size() < 2) {
      for (ClaimInput c : claims) {
        results.add(checkClaim(article, c, story, figureStory));
      }
      return results;
    }
    List<Future<ClaimResult>> pending = new ArrayList<>(claims.size());
    for (ClaimInput c : claims) {
      pending.add(CLAIM_POOL.submit(() -> checkClaim(article, c, story, figureStory)));
    }
    try {
      for (int i = 0; i < pending.size(); i++) {
        results.add(await(pending.get(i), claims.get(i)));
      }
    } finally {
      for (Future<ClaimResult> f : pending) {
        f.cancel(true); // nothing left to do once one failed
      }
    }
    return results;
  }

  private static ClaimResult await(Future<ClaimResult> f, ClaimInput claim) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FactDeskException("interrupted while checking claim " + claim.id(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new FactDeskException("checking claim " + claim.id() + " failed", e.getCause());
    }
  }

  /**
   * The first {@code most} indices below {@code n} that {@code accepted} takes, in order (the
   * passages are ranked by relevance).
   */
  static IntPredicate firstAccepted(int n, IntPredicate accepted, int most) {
    boolean[] chosen = new boolean[n];
    for (int i = 0, taken = 0; i < n && taken < most; i++) {
      if (accepted.test(i)) {
        chosen[i] = true;
        taken++;
      }
    }
    return i -> i >= 0 && i < n && chosen[i];
  }

  /**
   * Whether {@code joint} takes some of the {@code n} passages and the findings of each of them set
   * its stance whatever the model says ({@link StructuredChecks#overridesModel}).
   */
  static boolean onlyOverridden(int n, IntPredicate joint, Votes.Checked checked) {
    boolean any = false;
    for (int i = 0; i < n; i++) {
      if (joint.test(i)) {
        if (!StructuredChecks.overridesModel(checked.findings().get(i))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** How many passages found by a claim's cause alone may join those of the claim's search. */
  static final int CAUSE_SLOTS = 2;

  /**
   * A claim that gives a cause ("the contractor put the burst down to the age of the pipe") is also
   * searched for its cause alone: a passage that rules the cause out ("the age of the main played
   * no part in the break") often shares few of the claim's other words. Such a passage is added
   * when it shares a word of the claim outside the cause (the effect, the speaker), once, at most
   * {@link #CAUSE_SLOTS} of them beyond those the claim's own search found (a real index fills all
   * {@link #K} places of that search, so the cause's passages come on top).
   */
  private List<Passage> withCauseSearch(String claim, List<Passage> found, Instant notAfter) {
    Optional<Causes.Cause> cause = Causes.find(claim);
    if (cause.isEmpty() || evidence.isEmpty()) {
      return found;
    }
    List<Passage> out = new ArrayList<>(found);
    Set<String> seen = new HashSet<>();
    for (Passage p : found) {
      seen.add(p.url() + "\u0000" + p.text());
    }
    Set<String> context = new HashSet<>(Causes.stems(claim));
    context.removeAll(Causes.stems(cause.get().cause()));
    for (Passage p : evidence.search(cause.get().cause(), notAfter, K)) {
      boolean aboutClaim = Causes.stems(p.text()).stream().anyMatch(context::contains);
      if (aboutClaim
          && out.size() < found.size() + CAUSE_SLOTS
          && seen.add(p.url() + "\u0000" + p.text())) {
        out.add(p);
      }
    }
    return out;
  }

  private ClaimResult checkClaim(
      Article article, ClaimInput claim, Set<String> story, Set<String> figureStory) {
    Instant notAfter = EvidenceTime.notAfter(article.published());
    List<Passage> found =
        evidence.isEmpty() ? List.of() : evidence.search(claim.text(), notAfter, K);
    boolean widened = false;
    if (found.size() < MIN_FOUND && notAfter != null && !evidence.isEmpty()) {
      found = evidence.search(claim.text(), null, 2 * K);
      widened = true;
    }
    found = withCauseSearch(claim.text(), found, notAfter);
    List<String> texts = found.stream().map(Passage::text).toList();
    Votes.Checked checked =
        Votes.check(
            claim.text(),
            texts,
            found.stream().map(Passage::published).toList(),
            article.published(),
            story,
            figureStory);
    // the joint head only where its stance can change the verdict (see JOINT_ALWAYS); the rule
    // used without a pooled model takes the strongest passage, near-copies included
    boolean all = jointAlways || aggregator.model() == null && !checked.authorityFixed();
    IntPredicate joint =
        firstAccepted(found.size(), i -> all || checked.stanceMatters(i), jointTop);
    if (!jointAlways && onlyOverridden(found.size(), joint, checked)) {
      // every passage the joint head would judge has findings that set its stance whatever the
      // model says: no joint run. One such passage among others stays in the joint batch, since a
      // pair's floats depend on the other pairs encoded with it (padding, dynamic quantisation).
      joint = i -> false;
    }
    List<StanceResult> stances =
        model == null ? neutral(found.size()) : model.judge(claim.text(), texts, joint);
    Votes.Built built = Votes.of(checked, stances);
    List<StanceVote> beforeRelevance = built.votes();
    if (factRelevance) {
      // passages found for a claim share its story; a head-only vote about another fact is neutral
      built = FactRelevance.apply(claim.text(), checked, built);
    }
    List<StanceVote> votes = new ArrayList<>(built.votes());
    List<List<Finding>> perPassage = built.findings();
    List<Integer> copyOf = built.copyOf();
    List<PriorCheck> priors = evidence.isEmpty() ? List.of() : evidence.factChecks(claim.text(), 3);
    // a fact-check of the same story about another fact (a quote, another figure) is no check of
    // this claim: its claim must be about the claim's fact, as a passage must (FactRelevance)
    Set<String> storyWords =
        factRelevance && !priors.isEmpty()
            ? FactRelevance.storyWords(claim.text(), checked.texts())
            : Set.of();
    PriorCheck prior =
        priors.stream()
            .filter(x -> x.similarity() >= PRIOR_MIN_SIMILARITY)
            .filter(
                x ->
                    !factRelevance
                        || FactRelevance.checksTheSameFact(
                            claim.text(), x.claimReviewed(), storyWords))
            // a rating of the claim's record for another place or thing is no check of it
            .filter(x -> !RecordCheck.otherRecord(claim.text(), x.claimReviewed(), story))
            // a false rating of another figure of the claim's thing is no check of this figure
            .filter(
                x ->
                    x.stance() != Stance.REFUTES
                        || !FactRelevance.rejectsAnotherFigure(claim.text(), x.claimReviewed()))
            .findFirst()
            .orElse(null);
    if (prior != null
        && prior.mixed()
        && FactRelevance.repeatsAFigure(claim.text(), prior.claimReviewed())) {
      // "Half true", "Mixture": the fact-checker found the claim partly right and partly wrong
      double p = (0.6 + 0.3 * prior.similarity()) / 2;
      votes.add(
          new StanceVote(
              StanceResult.of(new double[] {p, p, 1 - 2 * p}, prior.describe()),
              1.0,
              false,
              StanceVote.Authority.MIXED_RATING));
    } else if (prior != null && prior.stance() != Stance.NEUTRAL) {
      double p = 0.6 + 0.3 * prior.similarity();
      double[] probs =
          prior.stance() == Stance.SUPPORTS
              ? new double[] {p, (1 - p) / 2, (1 - p) / 2}
              : new double[] {(1 - p) / 2, p, (1 - p) / 2};
      votes.add(
          new StanceVote(
              StanceResult.of(probs, prior.describe()),
              1.0,
              false,
              StanceVote.Authority.FACT_CHECK));
    }
    StanceAggregator.Outcome o = aggregator.aggregate(votes);
    java.nio.file.Path trace = CheckTrace.target();
    if (trace != null) {
      CheckTrace.append(
          trace,
          CheckTrace.line(
              claim.text(),
              found,
              widened,
              stances,
              beforeRelevance,
              votes,
              perPassage,
              o.verdict().name()));
    }
    // evidence shown: strongest first, copies marked
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingDouble(
                (Integer i) ->
                    -votes.get(i).weight()
                        * Math.max(
                            votes.get(i).stance().supports(), votes.get(i).stance().refutes()))
            .thenComparingInt(i -> i));
    List<EvidenceItem> items = new ArrayList<>();
    List<Finding> checks = new ArrayList<>();
    for (int i : order) {
      if (items.size() >= MAX_EVIDENCE_SHOWN) {
        break;
      }
      Passage p = found.get(i);
      StanceResult s = votes.get(i).stance();
      String note = s.note();
      if (copyOf.get(i) >= 0) {
        note =
            (note.isEmpty() ? "" : note + "; ")
                + "near-copy of "
                + source(found.get(copyOf.get(i)));
      }
      items.add(
          new EvidenceItem(
              p.url(),
              p.title(),
              p.source(),
              p.published(),
              p.text(),
              s.stance().name(),
              clamp(votes.get(i).weight() * s.confidence()),
              note));
      for (Finding f : perPassage.get(i)) {
        checks.add(new Finding(f.check(), f.outcome(), f.detail() + " (" + source(p) + ")"));
      }
    }
    if (prior != null) {
      checks.add(new Finding("fact-check", "note", capital(prior.describe()) + "."));
    }
    boolean late = false;
    for (Passage p : found) {
      late |= notAfter != null && p.published() != null && p.published().isAfter(notAfter);
    }
    String explanation = explain(o, found, votes, perPassage, prior, widened && late);
    return new ClaimResult(
        claim.id(),
        claim.text(),
        claim.sentence() == null ? claim.text() : claim.sentence(),
        claim.start(),
        claim.end(),
        claim.checkworthiness(),
        o.verdict(),
        clamp(o.confidence()),
        explanation,
        items,
        checks);
  }

  private String explain(
      StanceAggregator.Outcome o,
      List<Passage> found,
      List<StanceVote> votes,
      List<List<Finding>> perPassage,
      PriorCheck prior,
      boolean widened) {
    StringBuilder sb = new StringBuilder();
    Verdict v = o.verdict();
    if (v == Verdict.SUPPORTED) {
      sb.append(because("Supported by", o.supportIndex(), found, votes, perPassage, prior))
          .append(tally(o, votes, perPassage));
    } else if (v == Verdict.REFUTED) {
      sb.append(because("Refuted by", o.refuteIndex(), found, votes, perPassage, prior))
          .append(tally(o, votes, perPassage));
    } else if (v == Verdict.CONFLICTING) {
      sb.append("Credible evidence points both ways. ")
          .append(because("For it:", o.supportIndex(), found, votes, perPassage, prior))
          .append(' ')
          .append(because("Against it:", o.refuteIndex(), found, votes, perPassage, prior))
          .append(tally(o, votes, perPassage));
    } else if (found.isEmpty() && prior == null) {
      sb.append(
          evidence.isEmpty()
              ? "No evidence is available: the evidence index is empty."
              : "No evidence about this claim was found.");
    } else {
      sb.append(
          String.format(
              Locale.ROOT,
              "The %d passage(s) found do not add up to clear support or refutation (%d"
                  + " independent passage(s) support it, %d refute it; strongest support %.2f,"
                  + " refutation %.2f).",
              found.size(),
              o.supporting(),
              o.refuting(),
              o.support(),
              o.refute()));
    }
    if (prior != null && !sb.toString().contains("previously checked")) {
      sb.append(" It was ").append(prior.describe()).append('.');
    }
    if (widened) {
      sb.append(" (Search widened beyond the article's date.)");
    }
    return sb.toString().strip();
  }

  private static String because(
      String lead,
      int index,
      List<Passage> found,
      List<StanceVote> votes,
      List<List<Finding>> perPassage,
      PriorCheck prior) {
    if (index < 0) {
      return lead + " nothing.";
    }
    if (index >= found.size()) {
      return lead + " an earlier fact-check: " + prior.describe() + ".";
    }
    Passage p = found.get(index);
    String detail = null;
    for (Finding f : perPassage.get(index)) {
      boolean better =
          detail == null || f.outcome().equals("disagrees") || !f.check().equals("role");
      if (!f.outcome().equals("note") && better) {
        detail = f.detail();
        if (f.outcome().equals("disagrees")) {
          break;
        }
      }
    }
    if (detail == null) {
      String n = votes.get(index).stance().note();
      detail = "\"" + snippet(p.text()) + "\"" + (n.isEmpty() ? "" : " (" + n + ")");
    }
    return lead + " " + source(p) + ": " + detail;
  }

  /** How many independent passages took each side, and what decided. */
  private static String tally(
      StanceAggregator.Outcome o, List<StanceVote> votes, List<List<Finding>> perPassage) {
    String counts =
        String.format(
            Locale.ROOT,
            " %d independent passage(s) support it, %d refute it",
            o.supporting(),
            o.refuting());
    return switch (o.basis()) {
      case AUTHORITY -> counts + "; " + authority(o, votes, perPassage) + " decided.";
      case POOLED ->
          counts
              + String.format(
                  Locale.ROOT, "; all passages weighed together: %.2f.", o.confidence());
      default -> counts + ".";
    };
  }

  /** What decided an AUTHORITY verdict: "the quantity check", "the earlier fact-check"... */
  private static String authority(
      StanceAggregator.Outcome o, List<StanceVote> votes, List<List<Finding>> perPassage) {
    List<String> names = new ArrayList<>();
    int[] deciding =
        switch (o.verdict()) {
          case SUPPORTED -> new int[] {o.supportIndex()};
          case REFUTED -> new int[] {o.refuteIndex()};
          default -> new int[] {o.supportIndex(), o.refuteIndex()};
        };
    for (int i : deciding) {
      if (i < 0 || i >= votes.size() || votes.get(i).authority() == StanceVote.Authority.MODEL) {
        continue;
      }
      String name = "the earlier fact-check";
      if (votes.get(i).authority() == StanceVote.Authority.DISPUTE) {
        name = "a disputed figure";
      } else if (votes.get(i).authority() == StanceVote.Authority.MIXED_RATING) {
        name = "the earlier fact-check's mixed rating";
      } else if (i < perPassage.size()) {
        // the finding that set the vote's side: a disagreement for a refuting vote
        String wanted = votes.get(i).refute() > votes.get(i).support() ? "disagrees" : "agrees";
        name =
            perPassage.get(i).stream()
                .filter(f -> f.outcome().equals(wanted))
                .map(f -> "the " + f.check() + " check")
                .findFirst()
                .orElse("a structured check");
      }
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? "a structured check" : String.join(" and ", names);
  }

  static String source(Passage p) {
    String s = p.source() != null ? p.source() : p.title() != null ? p.title() : p.url();
    if (s == null) {
      s = "a passage";
    }
    return p.published() == null ? s : s + " (" + p.published().toString().substring(0, 10) + ")";
  }

  static String snippet(String t) {
    String s = t.strip().replaceAll("\\s+", " ");
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<StanceResult> neutral(int n) {
    List<StanceResult> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(StanceResult.of(new double[] {0, 0, 1}, "no stance model"));
    }
    return out;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
