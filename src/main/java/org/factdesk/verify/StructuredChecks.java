package org.factdesk.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.report.Finding;
import org.factdesk.verify.internal.AffiliationCheck;
import org.factdesk.verify.internal.AgentCheck;
import org.factdesk.verify.internal.AttributionCheck;
import org.factdesk.verify.internal.CauseCheck;
import org.factdesk.verify.internal.ChangeDays;
import org.factdesk.verify.internal.ChangeMultiple;
import org.factdesk.verify.internal.DateCheck;
import org.factdesk.verify.internal.DisputeCheck;
import org.factdesk.verify.internal.EraYears;
import org.factdesk.verify.internal.EventCheck;
import org.factdesk.verify.internal.LexicalCheck;
import org.factdesk.verify.internal.OrdinalCheck;
import org.factdesk.verify.internal.OtherDoer;
import org.factdesk.verify.internal.PersonAges;
import org.factdesk.verify.internal.PlacingCheck;
import org.factdesk.verify.internal.PlanCheck;
import org.factdesk.verify.internal.QuantityCheck;
import org.factdesk.verify.internal.QuoteCheck;
import org.factdesk.verify.internal.RecordCheck;
import org.factdesk.verify.internal.RoleCheck;
import org.factdesk.verify.internal.StateCheck;
import org.factdesk.verify.internal.StatementCheck;
import org.factdesk.verify.internal.TenureCheck;
import org.factdesk.verify.internal.TimeCheck;
import org.factdesk.verify.internal.VoteTally;

/**
 * The structured checks of one claim against one passage: quantities, disputes and causes, reported
 * events and plans, times, titles and roles, attribution, who spoke a quote, changed states and
 * what someone said. Each says what it found; {@link #adjust} lets a finding override the model.
 */
public final class StructuredChecks {
  /**
   * Whether {@link LexicalCheck} runs (JVM property {@code factdesk.verify.lexical}, default true;
   * false turns it off to measure it).
   */
  static final boolean LEXICAL =
      !"false".equals(System.getProperty("factdesk.verify.lexical", "true"));

  private StructuredChecks() {}

  /** The findings for this pair (empty when no check applies); the passage's date unknown. */
  public static List<Finding> run(String claim, String passage, LocalDate articleDate) {
    return run(claim, passage, articleDate, null);
  }

  /**
   * The findings for this pair (empty when no check applies).
   *
   * @param articleDate the article's day, or null
   * @param published the passage's day of publication, or null when unknown
   */
  public static List<Finding> run(
      String claim, String passage, LocalDate articleDate, LocalDate published) {
    return run(claim, passage, articleDate, published, Set.of());
  }

  /**
   * The findings for this pair (empty when no check applies).
   *
   * @param articleDate the article's day, or null
   * @param published the passage's day of publication, or null when unknown
   * @param story the story's subject, a lower-case name ({@link
   *     org.factdesk.verify.internal.Subject#story}), or empty: a claim that names no one is about
   *     it
   */
  public static List<Finding> run(
      String claim, String passage, LocalDate articleDate, LocalDate published, Set<String> story) {
    return run(claim, passage, articleDate, published, story, story);
  }

  /**
   * As {@link #run(String, String, LocalDate, LocalDate, Set)}, with the story's subject for the
   * figure check {@code figureStory} (found with the headline when the text alone names no one
   * often enough).
   */
  public static List<Finding> run(
      String claim,
      String passage,
      LocalDate articleDate,
      LocalDate published,
      Set<String> story,
      Set<String> figureStory) {
    List<Finding> out = new ArrayList<>();
    QuantityCheck.check(claim, passage, figureStory, articleDate, published)
        .or(() -> ChangeMultiple.check(claim, passage))
        .ifPresent(out::add);
    if (out.isEmpty()) {
      VoteTally.check(claim, passage, story).ifPresent(out::add); // "the vote was 9 to 4"
    }
    if (disputed(out).isEmpty()) {
      DisputeCheck.check(claim, passage).ifPresent(out::add);
    }
    if (disputed(out).isEmpty()) {
      CauseCheck.check(claim, passage, articleDate, published).ifPresent(out::add);
    }
    EventCheck.refused(claim, passage)
        .or(() -> OtherDoer.check(claim, passage))
        .or(() -> AgentCheck.check(claim, passage))
        .or(() -> EventCheck.otherDay(claim, passage, articleDate, published))
        .or(() -> EventCheck.dueDay(claim, passage, articleDate, published, story))
        .or(() -> EventCheck.check(claim, passage, story))
        .ifPresent(out::add);
    if (out.stream().noneMatch(f -> f.check().equals("event"))) {
      PlanCheck.check(claim, passage, story).ifPresent(out::add);
    }
    Optional<Finding> time =
        TimeCheck.check(claim, passage, articleDate, story)
            .or(
                () ->
                    TimeCheck.between(claim, passage, published != null ? published : articleDate))
            .or(() -> TenureCheck.check(claim, passage, articleDate, story))
            .or(() -> EraYears.check(claim, passage, writtenYear(published, articleDate)));
    if (time.isEmpty() && TimeCheck.sinceLast(claim, passage)) {
      // "the worst in more than 20 years" against "the last one was in 1999" without the
      // article's date: the claim's own date ("in March 2024") is not that last time
      time = Optional.empty();
    } else {
      time = time.or(() -> DateCheck.check(claim, passage, story));
    }
    time.ifPresent(out::add);
    Optional<Finding> record = RecordCheck.check(claim, passage, articleDate, story);
    if (record.filter(StructuredChecks::anotherEvent).isPresent()) {
      // "the largest margin in the rally's history" against another rally's record: its figure
      // agreeing ("48-second") says nothing of the claim's record
      out.removeIf(f -> f.check().equals("quantity") && f.outcome().equals("agrees"));
    }
    Optional<Finding> ordinal =
        record.isPresent() ? record : OrdinalCheck.check(claim, passage, story);
    if (ordinal.isEmpty()) {
      ordinal = PlacingCheck.check(claim, passage, articleDate, published);
      if (ordinal.filter(StructuredChecks::anotherEvent).isPresent()) {
        // "finished second in the 10km" against another race's placing: the distance agreeing
        // says nothing of the claim's placing
        out.removeIf(f -> f.check().equals("quantity") && f.outcome().equals("agrees"));
      }
    }
    ordinal.ifPresent(out::add);
    RoleCheck.check(claim, passage)
        .or(() -> AffiliationCheck.check(claim, passage))
        .ifPresent(out::add);
    PersonAges.check(claim, passage, articleDate, published).ifPresent(out::add);
    AttributionCheck.check(claim, passage).ifPresent(out::add);
    QuoteCheck.check(claim, passage).ifPresent(out::add);
    StateCheck.check(claim, passage, articleDate, published, story).ifPresent(out::add);
    if (LEXICAL && LexicalCheck.unanimous(claim) && !LexicalCheck.unanimous(passage)) {
      notUnanimous(out);
      LexicalCheck.unanimity(claim, passage, story).ifPresent(out::add);
    }
    if (out.stream().noneMatch(f -> f.check().equals("time")) && TimeCheck.hasSince(claim)) {
      untimed(out);
    }
    if (out.stream().noneMatch(f -> f.check().equals(CauseCheck.NAME))
        && CauseCheck.writersCause(claim)
        && !CauseCheck.givesACause(claim, passage)) {
      uncaused(out);
    }
    if (out.stream().noneMatch(StructuredChecks::anotherEvent)) {
      // the mediator said talks resume, but talks about another dispute: not the claim's quote
      StatementCheck.check(claim, passage, story).ifPresent(out::add);
    }
    ChangeDays.anotherDay(claim, passage, articleDate, published)
        .ifPresent(
            note -> {
              // another move is no evidence either way: its figure neither refutes the claim's
              // nor, when it happens to be the same ("rose 11 per cent" in October), confirms it
              out.removeIf(
                  f ->
                      f.check().equals("quantity")
                          || f.outcome().equals("disagrees") && f.check().equals("event"));
              out.add(note);
            });
    if (LEXICAL
        && out.stream()
            .noneMatch(f -> !f.outcome().equals("note") || StructuredChecks.anotherEvent(f))) {
      // no other check decided: the claim in other words, or its opposite
      LexicalCheck.check(claim, passage, story).ifPresent(out::add);
    }
    return out;
  }

  /** The year a passage was written (its own day, else the article's), or 0 when unknown. */
  private static int writtenYear(LocalDate published, LocalDate articleDate) {
    LocalDate d = published != null ? published : articleDate;
    return d == null ? 0 : d.getYear();
  }

  /**
   * "The council approved the plan unanimously": a passage that reports the decision but not how
   * the vote went is no evidence for the claim's point; its agreement becomes a note.
   */
  private static void notUnanimous(List<Finding> out) {
    for (int i = 0; i < out.size(); i++) {
      Finding f = out.get(i);
      if (f.outcome().equals("agrees") && !f.check().equals("role") && !f.check().equals("date")) {
        out.set(
            i,
            new Finding(
                f.check(),
                "note",
                "The evidence reports the decision but not that it was unanimous, the claim's"
                    + " point: "
                    + f.detail()));
      }
    }
  }

  /**
   * "Rud retired on Thursday after a crash caused by a burst tyre": the claim's point is the cause
   * it gives in the writer's own words, so a passage that reports the event but gives no cause is
   * no evidence for the claim; its event agreement becomes a note.
   */
  private static void uncaused(List<Finding> out) {
    for (int i = 0; i < out.size(); i++) {
      Finding f = out.get(i);
      if (f.check().equals("event") && f.outcome().equals("agrees")) {
        out.set(
            i,
            new Finding(
                f.check(),
                "note",
                "The evidence reports the event but not its cause, the claim's point: "
                    + f.detail()));
      }
    }
  }

  /**
   * "Began rationing on Wednesday for the first time in more than ten years": the claim's point is
   * the time since it last happened, so a passage that reports the event (or the state) but says
   * nothing of that time is no evidence for the claim; its agreement becomes a note (neutral, see
   * {@link #adjust}), and the passages that date the last time decide.
   */
  private static void untimed(List<Finding> out) {
    for (int i = 0; i < out.size(); i++) {
      Finding f = out.get(i);
      if ((f.check().equals("event") || f.check().equals(StateCheck.NAME))
          && f.outcome().equals("agrees")) {
        out.set(
            i,
            new Finding(
                f.check(),
                "note",
                "The evidence reports the event but not the time since it last happened, the"
                    + " claim's point: "
                    + f.detail()));
      }
    }
  }

  /**
   * The model's stance adjusted by the findings: a disputed figure makes it 0.5 each way; any
   * disagreement makes the passage refute the claim (REFUTES at least 0.85). Agreement of a
   * quantity, event, time or attribution check (the claim's core figure, reported event, time or
   * source found as claimed) raises SUPPORTS to at least 0.75 and caps REFUTES at 0.15; a role or a
   * date agreeing alone changes nothing (it confirms a title or when an event happened, not the
   * claim). A passage that reports the same kind of event about others (another dispute, other
   * parties), or that does not report a plan claim's action by its subject, is no evidence: its
   * stance becomes 0.8 NEUTRAL.
   */
  public static StanceResult adjust(StanceResult model, List<Finding> findings) {
    if (findings.isEmpty()) {
      return model;
    }
    Optional<Finding> dispute = disputed(findings);
    if (dispute.isPresent()) {
      return StanceResult.of(
          new double[] {DISPUTE_FLOOR, DISPUTE_FLOOR, 0}, dispute.get().detail());
    }
    boolean disagrees = findings.stream().anyMatch(f -> f.outcome().equals("disagrees"));
    boolean agrees =
        findings.stream().anyMatch(f -> f.outcome().equals("agrees") && confirmsClaim(f.check()));
    if (disagrees) {
      String note =
          findings.stream().filter(f -> f.outcome().equals("disagrees")).findFirst().get().detail();
      double r = Math.max(model.refutes(), REFUTES_FLOOR);
      double rest = 1 - r;
      double s = rest * 0.2;
      return StanceResult.of(new double[] {s, r, rest - s}, note);
    }
    if (!agrees && findings.stream().anyMatch(StructuredChecks::anotherEvent)) {
      String note =
          findings.stream().filter(StructuredChecks::anotherEvent).findFirst().get().detail();
      return StanceResult.of(new double[] {0.1, 0.1, 0.8}, note);
    }
    if (agrees) {
      String note =
          findings.stream()
              .filter(f -> f.outcome().equals("agrees") && confirmsClaim(f.check()))
              .findFirst()
              .get()
              .detail();
      double s = Math.max(model.supports(), SUPPORTS_FLOOR);
      double r = Math.min(model.refutes(), 0.15);
      r = Math.min(r, 1 - s);
      return StanceResult.of(new double[] {s, r, Math.max(0, 1 - s - r)}, note);
    }
    return model;
  }

  /**
   * Whether {@link #adjust} gives these findings the same stance whatever the model said: a
   * disputed figure (0.5 each way), or a passage about the same kind of event elsewhere (another
   * event, plan or state, 0.8 NEUTRAL) that no check finds agreeing or disagreeing. The stance
   * model's judgement of such a passage cannot change its vote, so {@code check} does not run its
   * costly joint head on it.
   */
  public static boolean overridesModel(List<Finding> findings) {
    if (disputed(findings).isPresent()) {
      return true;
    }
    return findings.stream()
            .noneMatch(
                f ->
                    f.outcome().equals("disagrees")
                        || f.outcome().equals("agrees") && confirmsClaim(f.check()))
        && findings.stream().anyMatch(StructuredChecks::anotherEvent);
  }

  /** The least REFUTES {@link #adjust} gives a passage a check finds disagreeing. */
  public static final double REFUTES_FLOOR = 0.85;

  /** The least SUPPORTS {@link #adjust} gives a passage a check finds confirming the claim. */
  public static final double SUPPORTS_FLOOR = 0.75;

  /** SUPPORTS and REFUTES of a passage that repeats the claim's figure and disputes it. */
  public static final double DISPUTE_FLOOR = 0.5;

  /**
   * The least probability {@link #adjust} gives the side these findings fix, whatever the model
   * says (a dispute counts twice, once each way), or 0 when they fix no side.
   */
  public static double floor(List<Finding> findings) {
    if (disputed(findings).isPresent()) {
      return 2 * DISPUTE_FLOOR;
    }
    if (findings.stream().anyMatch(f -> f.outcome().equals("disagrees"))) {
      return REFUTES_FLOOR;
    }
    if (findings.stream().anyMatch(f -> f.outcome().equals("agrees") && confirmsClaim(f.check()))) {
      return SUPPORTS_FLOOR;
    }
    return 0;
  }

  /**
   * The note of a passage that repeats the claim's figure and disputes it (both sides at once: its
   * vote makes the verdict CONFLICTING), if any.
   */
  public static Optional<Finding> disputed(List<Finding> findings) {
    return findings.stream().filter(f -> f.check().equals(QuantityCheck.DISPUTE)).findFirst();
  }

  /**
   * A passage that reports the same kind of event about other parties or another topic, or the
   * claim's state changing at another time.
   */
  private static boolean anotherEvent(Finding f) {
    return (f.check().equals("event")
            || f.check().equals(PlanCheck.NAME)
            || f.check().equals(StateCheck.NAME))
        && f.outcome().equals("note");
  }

  /**
   * Whether an agreeing finding of this check confirms the claim itself: a quantity, a time since
   * something last happened or a source does; a role or an event's date agreeing does not (on the
   * dev data a matching date came with a refuted claim in a third of the pairs: the claim changed
   * another detail), unless both dates go with the same kind of event verb ({@link
   * DateCheck#SAME_EVENT}: "opened in 1962" against "was inaugurated in 1962").
   */
  private static boolean confirmsClaim(String check) {
    return !check.equals("role") && !check.equals("date");
  }
}
