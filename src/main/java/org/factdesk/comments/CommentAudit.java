package org.factdesk.comments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.InputException;
import org.factdesk.article.Comment;
import org.factdesk.comments.internal.ClusterBuilder;
import org.factdesk.comments.internal.MemorySignal;
import org.factdesk.comments.internal.PhraseSignal;
import org.factdesk.comments.internal.PivotSignal;
import org.factdesk.comments.internal.Prepared;
import org.factdesk.comments.internal.ReplySignal;
import org.factdesk.comments.internal.SemanticSignal;
import org.factdesk.comments.internal.SpecificitySignal;
import org.factdesk.comments.internal.StyleModel;
import org.factdesk.comments.internal.ThreadContext;
import org.factdesk.comments.internal.TimingSignal;

/**
 * The integrity audit of a comment thread. Every signal adds signed weights to a comment's reasons;
 * the score is their sum clipped to 0..1 (a negative sum of the text signals does not offset the
 * timing signals), and the label follows from two thresholds. See docs/comments.md for the weights.
 */
public final class CommentAudit {
  /** Score at or above which a comment is SUSPICIOUS. */
  public static final double SUSPICIOUS = 0.35;

  /** Score at or above which a comment is INAUTHENTIC. */
  public static final double INAUTHENTIC = 0.6;

  private CommentAudit() {}

  /**
   * Audits a thread.
   *
   * @param name the input's name, for error messages
   * @param comments the thread in order
   * @param articleText the article's text, or null
   */
  public static AuditReport audit(
      String name, List<Comment> comments, String articleText, AuditOptions options) {
    if (comments.size() > options.maxComments()) {
      throw new InputException(
          name,
          "thread has "
              + comments.size()
              + " comments, more than the cap of "
              + options.maxComments());
    }
    List<Prepared> prepared = new ArrayList<>(comments.size());
    Set<String> ids = new HashSet<>();
    int duplicates = 0;
    int truncated = 0;
    for (Comment c : comments) {
      Prepared p = new Prepared(prepared.size(), c, options.maxAnalysedChars());
      prepared.add(p);
      if (!ids.add(c.id())) {
        duplicates++;
      }
      if (p.truncated) {
        truncated++;
      }
    }
    int removed = 0;
    if (articleText != null && comments.size() <= 2_000 && articleText.length() <= 1_000_000) {
      // a page saved as text holds its comments too: they are not the article
      for (Comment c : comments) {
        String t = c.text().strip();
        if (t.length() >= 20 && articleText.contains(t)) {
          articleText = articleText.replace(t, " ");
          removed++;
        }
      }
    }
    ThreadContext ctx = new ThreadContext(prepared, articleText);
    if (removed > 0) {
      ctx.note(removed + " comment text(s) found inside the article text were left out of it");
    }
    if (duplicates > 0) {
      ctx.note(
          duplicates
              + " comment(s) reuse an id already in the thread; each is audited, replies go to the"
              + " first");
    }
    if (truncated > 0) {
      ctx.note(
          truncated
              + " comment(s) longer than "
              + options.maxAnalysedChars()
              + " characters: only their beginning is analysed");
    }
    PhraseSignal.apply(ctx);
    SemanticSignal.apply(ctx, options.embedder(), options.semanticLimit());
    ReplySignal.apply(ctx);
    PivotSignal.apply(ctx);
    TimingSignal.apply(ctx);
    if (options.memory() != null) {
      MemorySignal.apply(ctx, options.memory());
    }
    SpecificitySignal.apply(ctx);
    for (Prepared c : prepared) {
      StyleModel.Score s = StyleModel.score(c);
      if (s.probability() >= StyleModel.THRESHOLD) {
        double w =
            StyleModel.W_MAX
                * (s.probability() - StyleModel.THRESHOLD)
                / (1 - StyleModel.THRESHOLD);
        ctx.add(
            c.index,
            new Reason(
                "machine_style",
                String.format(
                    java.util.Locale.ROOT,
                    "polished generic style, p=%.2f (%s); weak evidence",
                    s.probability(),
                    s.explanation()),
                Math.round(w * 1000) / 1000.0));
      }
    }
    List<Label> labels = new ArrayList<>(prepared.size());
    List<Double> scores = new ArrayList<>(prepared.size());
    for (Prepared c : prepared) {
      double text = 0;
      double behaviour = 0;
      for (Reason r : ctx.reasons(c.index)) {
        if (TimingSignal.BEHAVIOUR.contains(r.signal())) {
          behaviour += r.weight();
        } else {
          text += r.weight();
        }
      }
      // concrete detail speaks for the text, not for how the account behaves: a negative text
      // total never offsets the timing signals
      double sum = behaviour > 0 ? behaviour + Math.max(0, text) : behaviour + text;
      double score = Math.max(0, Math.min(1, sum));
      score = Math.round(score * 1000) / 1000.0;
      scores.add(score);
      labels.add(label(score));
    }
    ClusterBuilder.Result clusters = ClusterBuilder.build(ctx, labels);
    List<CommentFinding> findings = new ArrayList<>(prepared.size());
    for (Prepared c : prepared) {
      List<Reason> rs = new ArrayList<>(ctx.reasons(c.index));
      rs.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.weight())));
      List<String> cl = clusters.membership().get(c.index);
      findings.add(
          new CommentFinding(
              c.id(),
              labels.get(c.index),
              scores.get(c.index),
              rs,
              cl.isEmpty() ? null : cl.get(0),
              cl));
    }
    return new AuditReport(findings, clusters.clusters(), ctx.notes());
  }

  public static Label label(double score) {
    if (score >= INAUTHENTIC) {
      return Label.INAUTHENTIC;
    }
    return score >= SUSPICIOUS ? Label.SUSPICIOUS : Label.AUTHENTIC;
  }
}
