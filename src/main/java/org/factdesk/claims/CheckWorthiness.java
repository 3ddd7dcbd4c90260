package org.factdesk.claims;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.FactDeskException;
import org.factdesk.claims.internal.LinearModel;

/**
 * Scores a sentence from 0 to 1 for whether it holds a checkable factual claim: the shipped linear
 * model (trained on CT24 English, see MODEL.md) plus the sentence's structure. Each score explains
 * itself with the signals that moved it.
 */
public final class CheckWorthiness {
  static final String RESOURCE = "/org/factdesk/claims/checkworthiness.bin";

  /**
   * How structure moves the learned log-odds, and the threshold of the combined score. Chosen on
   * CT24 dev by {@code org.factdesk.claims.internal.BlendTuner}; see MODEL.md.
   *
   * @param quantity added when the sentence has a quantity
   * @param attribution added when it has an attribution
   * @param actor added when it names a person, organisation or place
   * @param nonFactual subtracted for a question, a call to action, or opinion/hedge cues without a
   *     number or source
   * @param threshold combined score at or above which a sentence is check-worthy
   */
  public record Blend(
      double quantity, double attribution, double actor, double nonFactual, double threshold) {
    public Blend {
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
      }
    }
  }

  /** The shipped blend. */
  public static final Blend BLEND = new Blend(0.3, 0.0, 0.4, 0.5, 0.45);

  private final LinearModel model;

  /** One reason a score is what it is: a model feature or a structure signal. */
  public record Signal(String name, double weight) {}

  /** A score with the signals that made it. */
  public record Score(double value, double threshold, List<Signal> signals) {
    public Score {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("value must be in [0, 1], got " + value);
      }
      signals = List.copyOf(signals);
    }

    public boolean checkWorthy() {
      return value >= threshold;
    }
  }

  private static final class Holder {
    static final CheckWorthiness INSTANCE = new CheckWorthiness(load());
  }

  CheckWorthiness(LinearModel model) {
    this.model = model;
  }

  public static CheckWorthiness shared() {
    return Holder.INSTANCE;
  }

  /** The model's threshold: scores at or above it count as check-worthy. */
  public double threshold() {
    return BLEND.threshold();
  }

  /** The threshold tuned on dev for the learned score alone. */
  public double modelThreshold() {
    return model.threshold();
  }

  /** The learned score alone (what the CT24 figures measure). */
  public double modelScore(String sentence) {
    return model.score(sentence);
  }

  /** The learned score combined with the structure of the sentence. */
  public Score score(String sentence, ClaimStructure s) {
    return score(model.logit(sentence), model.explain(sentence, 3), Signals.of(s), BLEND);
  }

  /** The structure signals the blend uses. */
  public record Signals(boolean quantity, boolean attribution, boolean actor, boolean nonFactual) {
    public static Signals of(ClaimStructure s) {
      boolean factual = !s.quantities().isEmpty() || !s.attributions().isEmpty();
      boolean nonFactual =
          s.modality().question()
              || s.modality().imperative()
              || !s.modality().opinionCues().isEmpty() && !factual
              || !s.modality().hedgeCues().isEmpty() && !factual;
      return new Signals(
          !s.quantities().isEmpty(), !s.attributions().isEmpty(), s.hasNamedActor(), nonFactual);
    }
  }

  /** The learned log-odds of a sentence. */
  public double logit(String sentence) {
    return model.logit(sentence);
  }

  /** Combines learned log-odds with structure signals under {@code blend}. */
  public static Score score(
      double logit, List<LinearModel.Contribution> top, Signals sig, Blend blend) {
    double z = logit;
    List<Signal> signals = new ArrayList<>();
    for (LinearModel.Contribution c : top) {
      signals.add(new Signal("model:" + c.feature(), round(c.weight())));
    }
    if (sig.quantity() && blend.quantity() != 0) {
      z += blend.quantity();
      signals.add(new Signal("structure:quantity", blend.quantity()));
    }
    if (sig.attribution() && blend.attribution() != 0) {
      z += blend.attribution();
      signals.add(new Signal("structure:attribution", blend.attribution()));
    }
    if (sig.actor() && blend.actor() != 0) {
      z += blend.actor();
      signals.add(new Signal("structure:actor", blend.actor()));
    }
    if (sig.nonFactual() && blend.nonFactual() != 0) {
      z -= blend.nonFactual();
      signals.add(new Signal("structure:opinion/question/hedge", -blend.nonFactual()));
    }
    return new Score(round(LinearModel.sigmoid(z)), blend.threshold(), signals);
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }

  static String describe(Score s) {
    StringBuilder b = new StringBuilder();
    for (Signal g : s.signals()) {
      b.append(String.format(Locale.ROOT, "%s %+.2f; ", g.name(), g.weight()));
    }
    return b.toString().strip();
  }

  private static LinearModel load() {
    try (InputStream in = CheckWorthiness.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new FactDeskException(
            "check-worthiness model " + RESOURCE + " is not on the class path");
      }
      return LinearModel.read(in);
    } catch (IOException e) {
      throw new FactDeskException("cannot read check-worthiness model " + RESOURCE, e);
    }
  }
}
