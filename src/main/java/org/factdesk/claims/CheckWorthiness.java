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

  /** Log-odds added for a quantity, an attribution, a named actor; removed for non-factual cues. */
  static final double QUANTITY_BONUS = 0.6;

  static final double ATTRIBUTION_BONUS = 0.4;
  static final double ACTOR_BONUS = 0.2;
  static final double NON_FACTUAL_PENALTY = 1.0;

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
    return model.threshold();
  }

  /** The learned score alone (what the CT24 figures measure). */
  public double modelScore(String sentence) {
    return model.score(sentence);
  }

  /** The learned score combined with the structure of the sentence. */
  public Score score(String sentence, ClaimStructure s) {
    double logit = model.logit(sentence);
    List<Signal> signals = new ArrayList<>();
    for (LinearModel.Contribution c : model.explain(sentence, 3)) {
      signals.add(new Signal("model:" + c.feature(), round(c.weight())));
    }
    boolean factual = !s.quantities().isEmpty() || !s.attributions().isEmpty();
    if (!s.quantities().isEmpty()) {
      logit += QUANTITY_BONUS;
      signals.add(new Signal("structure:quantity", QUANTITY_BONUS));
    }
    if (!s.attributions().isEmpty()) {
      logit += ATTRIBUTION_BONUS;
      signals.add(new Signal("structure:attribution", ATTRIBUTION_BONUS));
    }
    if (s.hasNamedActor()) {
      logit += ACTOR_BONUS;
      signals.add(new Signal("structure:actor", ACTOR_BONUS));
    }
    boolean nonFactual =
        s.modality().question()
            || !s.modality().opinionCues().isEmpty() && !factual
            || !s.modality().hedgeCues().isEmpty() && !factual;
    if (nonFactual) {
      logit -= NON_FACTUAL_PENALTY;
      signals.add(new Signal("structure:opinion/question/hedge", -NON_FACTUAL_PENALTY));
    }
    return new Score(round(LinearModel.sigmoid(logit)), model.threshold(), signals);
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
