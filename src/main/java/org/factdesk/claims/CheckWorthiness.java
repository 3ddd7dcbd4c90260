package org.factdesk.claims;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.FactDeskException;
import org.factdesk.claims.internal.EmbeddingMlp;
import org.factdesk.claims.internal.LinearModel;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Embedder;

/**
 * Scores a sentence from 0 to 1 for whether it holds a checkable factual claim: the shipped linear
 * model over hashed n-grams, a small network over the sentence's MiniLM embedding (both trained on
 * CT24 English, see MODEL.md) and the sentence's structure. Each score explains itself with the
 * signals that moved it.
 */
public final class CheckWorthiness {
  static final String RESOURCE = "/org/factdesk/claims/checkworthiness.bin";
  static final String EMBEDDING_RESOURCE = "/org/factdesk/claims/checkworthiness-embedding.bin";

  /**
   * How structure moves the learned log-odds, and the threshold of the combined score. Chosen on
   * CT24 dev by {@code org.factdesk.claims.internal.BlendTuner}; see MODEL.md.
   *
   * @param quantity added when the sentence has a quantity
   * @param attribution added when it has an attribution
   * @param actor added when it names a person, organisation or place
   * @param nonFactual subtracted for a question, a call to action, or opinion/hedge cues without a
   *     number or source
   * @param embedding weight of the embedding network's log-odds
   * @param threshold combined score at or above which a sentence is check-worthy
   */
  public record Blend(
      double quantity,
      double attribution,
      double actor,
      double nonFactual,
      double embedding,
      double threshold) {
    public Blend {
      if (!(embedding >= 0)) {
        throw new IllegalArgumentException("embedding must be >= 0, got " + embedding);
      }
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
      }
    }
  }

  /**
   * The sentence-embedding model whose vectors the embedding network reads: the quantised
   * bge-small-en-v1.5 that ships in the langchain4j artifact (chosen on CT24 dev over the shared
   * all-MiniLM-L6-v2; see MODEL.md).
   */
  public static final String EMBEDDING_MODEL = "bge-small-en-v1.5-q";

  /** How that model's token states are pooled (chosen on CT24 dev; see MODEL.md). */
  public static final Embedder.Pooling POOLING = Embedder.Pooling.MEAN_MAX_CLS;

  /** The shipped blend. */
  public static final Blend BLEND = new Blend(0.3, 0.8, 0.0, 1.0, 1.2, 0.35);

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

  /** Loaded on first use, so that the n-gram model works while the network is being trained. */
  private static final class EmbeddingHolder {
    static final EmbeddingMlp MODEL = loadEmbeddingModel();
  }

  /** The embedding model, loaded on first use; one ONNX session shared by all threads. */
  private static final class EmbedderHolder {
    static final Embedder EMBEDDER =
        Embedder.fromClassPath(
            EMBEDDING_MODEL,
            "/" + EMBEDDING_MODEL + ".onnx",
            "/" + EMBEDDING_MODEL + "-tokenizer.json",
            Runtime.getRuntime().availableProcessors());
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

  /**
   * The learned scores combined with the structure of the sentence; embeds the sentence on its own.
   * To score many sentences, embed them in one batch and use {@link #score(String, ClaimStructure,
   * float[])}.
   */
  public Score score(String sentence, ClaimStructure s) {
    return score(sentence, s, embed(List.of(sentence))[0]);
  }

  /**
   * The vectors the embedding network reads, one per sentence, computed in batches by {@link
   * #EMBEDDING_MODEL} with {@link #POOLING}.
   */
  public float[][] embed(List<String> sentences) {
    return EmbedderHolder.EMBEDDER.embed(sentences, POOLING);
  }

  /**
   * The learned scores combined with the structure; {@code embedding} is the sentence's vector from
   * {@link #embed(List)}.
   */
  public Score score(String sentence, ClaimStructure s, float[] embedding) {
    return score(
        model.logit(sentence),
        model.explain(sentence, 3),
        embeddingLogit(embedding),
        Signals.of(s),
        BLEND);
  }

  /** The embedding network's log-odds for a sentence vector from {@link #embed(List)}. */
  public double embeddingLogit(float[] embedding) {
    return EmbeddingHolder.MODEL.logit(embedding);
  }

  /** The structure signals the blend uses. */
  public record Signals(
      boolean quantity,
      boolean attribution,
      boolean actor,
      boolean nonFactual,
      boolean fragment,
      boolean noComment) {
    /** Signals of a whole sentence (not a fragment). */
    public Signals(boolean quantity, boolean attribution, boolean actor, boolean nonFactual) {
      this(quantity, attribution, actor, nonFactual, false, false);
    }

    public static Signals of(ClaimStructure s) {
      boolean factual = !s.quantities().isEmpty() || !s.attributions().isEmpty();
      boolean nonFactual =
          s.modality().question()
              || s.modality().imperative()
              || !s.modality().opinionCues().isEmpty() && !factual
              || !s.modality().hedgeCues().isEmpty() && !factual;
      return new Signals(
          !s.quantities().isEmpty(),
          !s.attributions().isEmpty(),
          s.hasNamedActor(),
          nonFactual,
          Fragments.isFragment(s.tokens()),
          // boilerplate "no comment" of an unnamed source; a named official's refusal is news
          s.quantities().isEmpty()
              && s.actors().stream().noneMatch(a -> a.type() == Actor.Type.PERSON)
              && Fragments.isNoComment(s.tokens()));
    }
  }

  /** The learned log-odds of a sentence. */
  public double logit(String sentence) {
    return model.logit(sentence);
  }

  /**
   * Combines the n-gram model's log-odds ({@code top}: its largest feature contributions), the
   * embedding network's log-odds and the structure signals under {@code blend}.
   */
  public static Score score(
      double logit,
      List<LinearModel.Contribution> top,
      double embeddingLogit,
      Signals sig,
      Blend blend) {
    double z = logit;
    List<Signal> signals = new ArrayList<>();
    for (LinearModel.Contribution c : top) {
      signals.add(new Signal("model:" + c.feature(), round(c.weight())));
    }
    if (blend.embedding() != 0) {
      double e = blend.embedding() * embeddingLogit;
      z += e;
      signals.add(new Signal("embedding:" + EMBEDDING_MODEL, round(e)));
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
    boolean structure =
        blend.quantity() != 0
            || blend.attribution() != 0
            || blend.actor() != 0
            || blend.nonFactual() != 0;
    if (sig.fragment() && structure) { // a structure signal: off when the blend reads no structure
      z -= FRAGMENT_PENALTY;
      signals.add(new Signal("structure:fragment (no verb, or cut short)", -FRAGMENT_PENALTY));
    } else if (sig.noComment() && structure) {
      z -= FRAGMENT_PENALTY;
      signals.add(
          new Signal("structure:no comment (declined or did not respond)", -FRAGMENT_PENALTY));
    }
    return new Score(round(LinearModel.sigmoid(z)), blend.threshold(), signals);
  }

  /**
   * Log-odds taken off a fragment ("The agency did not.", "More than 400 people."): a fixed value
   * large enough to put it below the threshold, not tuned (session 5).
   */
  static final double FRAGMENT_PENALTY = 6.0;

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

  private static EmbeddingMlp loadEmbeddingModel() {
    try (InputStream in = CheckWorthiness.class.getResourceAsStream(EMBEDDING_RESOURCE)) {
      if (in == null) {
        throw new FactDeskException(
            "check-worthiness embedding model " + EMBEDDING_RESOURCE + " is not on the class path");
      }
      return EmbeddingMlp.read(in);
    } catch (IOException e) {
      throw new FactDeskException(
          "cannot read check-worthiness embedding model " + EMBEDDING_RESOURCE, e);
    }
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
