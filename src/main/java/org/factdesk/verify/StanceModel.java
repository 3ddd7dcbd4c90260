package org.factdesk.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.factdesk.FactDeskException;
import org.factdesk.nlp.Embedder;
import org.factdesk.verify.internal.Direction;
import org.factdesk.verify.internal.Mlp;
import org.factdesk.verify.internal.PairFeatures;
import org.factdesk.verify.internal.TextSignals;

/**
 * The stance head: a small perceptron over sentence-embedding pair features ({@code u, v, |u-v|,
 * u*v}) and surface features (overlap, negation, numbers, names). Thread-safe once built.
 */
public final class StanceModel {
  /** The shipped weights, relative to the class path root. */
  public static final String WEIGHTS = "/org/factdesk/verify/stance-head.bin";

  /** The shipped settings (temperature) beside the weights. */
  public static final String SETTINGS = "/org/factdesk/verify/stance-head.properties";

  /**
   * The shipped joint head (pair features plus joint encoding), relative to the class path root.
   */
  public static final String JOINT_WEIGHTS = "/org/factdesk/verify/stance-joint-head.bin";

  /** The joint head's settings (temperature, top). */
  public static final String JOINT_SETTINGS = "/org/factdesk/verify/stance-joint-head.properties";

  /**
   * How many passages per claim (the most relevant first) the joint head judges by default; each
   * costs one run of the sentence model on the pair. The JVM property {@code
   * factdesk.stance.jointTop} overrides the shipped value (0 turns the joint head off).
   */
  public static final int JOINT_TOP = 5;

  private static final int MAX_TEXT = 2_000;

  private final Mlp mlp;
  private final double temperature;
  private final TextEmbedder embedder;
  private final Joint joint;

  /**
   * The joint head: judges the first {@code top} passages of a claim from the pair features plus
   * {@link JointEncoder joint-encoding features}.
   */
  public record Joint(Mlp mlp, double temperature, JointEncoder encoder, int top) {
    public Joint {
      if (!(temperature > 0)) {
        throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
      }
      if (top < 0) {
        throw new IllegalArgumentException("top must be >= 0, got " + top);
      }
    }
  }

  /**
   * @param mlp the trained head
   * @param temperature logit temperature from calibration (1 = none)
   * @param embedder the sentence embedder the head was trained on
   */
  public StanceModel(Mlp mlp, double temperature, TextEmbedder embedder) {
    this(mlp, temperature, embedder, null);
  }

  /**
   * @param joint the joint head for the first passages of each claim, or null to judge every
   *     passage with {@code mlp}
   */
  public StanceModel(Mlp mlp, double temperature, TextEmbedder embedder, Joint joint) {
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
    }
    this.mlp = mlp;
    this.temperature = temperature;
    this.embedder = embedder;
    this.joint = joint;
  }

  /** This model with the joint head for the first passages (null: none). */
  public StanceModel withJoint(Joint joint) {
    return new StanceModel(mlp, temperature, embedder, joint);
  }

  /** The joint head, or null. */
  public Joint joint() {
    return joint;
  }

  /**
   * Loads the shipped heads with the given embedder: the pair-feature head, and the joint head when
   * it ships (run by the shared sentence model, for the first {@code top} passages).
   *
   * @throws FactDeskException when the weights are missing or corrupt (the message says which)
   */
  public static StanceModel shipped(TextEmbedder embedder) {
    return shipped(embedder, (c, p) -> JointEncoder.of(Embedder.shared()).encode(c, p));
  }

  /** As {@link #shipped(TextEmbedder)}, with the joint head run by {@code jointEncoder}. */
  public static StanceModel shipped(TextEmbedder embedder, JointEncoder jointEncoder) {
    StanceModel base;
    try (InputStream w = StanceModel.class.getResourceAsStream(WEIGHTS);
        InputStream s = StanceModel.class.getResourceAsStream(SETTINGS)) {
      if (w == null || s == null) {
        throw new FactDeskException("stance model: " + WEIGHTS + " is missing from the build");
      }
      base =
          new StanceModel(
              threeOutputs(shippedHead(WEIGHTS, w)),
              Double.parseDouble(settings(s).getProperty("temperature", "1")),
              embedder);
    } catch (IOException | NumberFormatException e) {
      throw new FactDeskException(
          "stance model: cannot load " + WEIGHTS + ": " + e.getMessage(), e);
    }
    try (InputStream w = StanceModel.class.getResourceAsStream(JOINT_WEIGHTS);
        InputStream s = StanceModel.class.getResourceAsStream(JOINT_SETTINGS)) {
      if (w == null || s == null) {
        return base;
      }
      Properties p = settings(s);
      int top =
          Integer.getInteger(
              "factdesk.stance.jointTop",
              Integer.parseInt(p.getProperty("top", Integer.toString(JOINT_TOP)).trim()));
      if (top <= 0) {
        return base;
      }
      Mlp mlp = threeOutputs(shippedHead(JOINT_WEIGHTS, w));
      double t = Double.parseDouble(p.getProperty("temperature", "1"));
      return base.withJoint(new Joint(mlp, t, jointEncoder, top));
    } catch (IOException | NumberFormatException e) {
      throw new FactDeskException(
          "stance model: cannot load " + JOINT_WEIGHTS + ": " + e.getMessage(), e);
    }
  }

  /**
   * The shipped heads by resource, read once per JVM: a head is not changed after loading, and
   * reading one (inflating and parsing some megabytes) cost more than judging an article's
   * passages.
   */
  private static final Map<String, Mlp> SHIPPED_HEADS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Mlp shippedHead(String resource, InputStream weights) throws IOException {
    Mlp m = SHIPPED_HEADS.get(resource);
    if (m == null) {
      m = Mlp.read(weights);
      Mlp before = SHIPPED_HEADS.putIfAbsent(resource, m);
      m = before != null ? before : m;
    }
    return m;
  }

  private static Mlp threeOutputs(Mlp mlp) throws IOException {
    if (mlp.outputs() != Stance.values().length) {
      throw new IOException("stance head must have 3 outputs, got " + mlp.outputs());
    }
    return mlp;
  }

  private static Properties settings(InputStream s) throws IOException {
    Properties p = new Properties();
    p.load(new java.io.InputStreamReader(s, StandardCharsets.UTF_8));
    return p;
  }

  /**
   * Loads a head from a stream.
   *
   * @throws IOException when the stream is not a head file or is corrupt
   */
  public static StanceModel load(InputStream weights, double temperature, TextEmbedder embedder)
      throws IOException {
    return new StanceModel(threeOutputs(Mlp.read(weights)), temperature, embedder);
  }

  /** The stance of one passage. */
  public StanceResult judge(String claim, String passage) {
    return judge(claim, List.of(passage)).get(0);
  }

  /** The stance of each passage towards {@code claim}, in order (embeddings batched). */
  public List<StanceResult> judge(String claim, List<String> passages) {
    return judge(claim, passages, i -> true);
  }

  /**
   * As {@link #judge(String, List)}, with the joint head judging only those of the first {@code
   * top} passages that {@code joint} accepts (by index); the pair-feature head judges the others.
   * The caller skips passages whose stance cannot change its outcome (each costs a run of the
   * sentence model).
   */
  public List<StanceResult> judge(
      String claim, List<String> passages, java.util.function.IntPredicate joint) {
    if (passages.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(passages.size() + 1);
    texts.add(clip(claim));
    for (String p : passages) {
      texts.add(clip(p));
    }
    float[][] vecs = embedder.embed(texts);
    TextSignals cs = TextSignals.of(texts.get(0));
    int n = passages.size();
    int[] slot = new int[n]; // index into the joint head's inputs, or -1
    List<String> jointTexts = new ArrayList<>();
    int top = this.joint == null ? 0 : Math.min(this.joint.top(), n);
    for (int i = 0; i < n; i++) {
      slot[i] = -1;
      if (i < top && joint.test(i)) {
        slot[i] = jointTexts.size();
        jointTexts.add(texts.get(i + 1));
      }
    }
    int m = jointTexts.size();
    float[][] blocks =
        m == 0
            ? new float[0][]
            : this.joint
                .encoder()
                .encode(java.util.Collections.nCopies(m, texts.get(0)), jointTexts);
    String[] notes = new String[n];
    float[][] jointIn = new float[m][];
    float[][] pairIn = new float[n - m][];
    int[] pairSlot = new int[n];
    for (int i = 0, k = 0; i < n; i++) {
      TextSignals ps = TextSignals.of(texts.get(i + 1));
      float[] x = features(vecs[0], vecs[i + 1], cs, ps);
      notes[i] = note(cs, ps);
      if (slot[i] >= 0) {
        jointIn[slot[i]] = jointInput(x, blocks[slot[i]]);
      } else if (x.length != mlp.inputs()) {
        throw new FactDeskException(
            "stance model expects "
                + mlp.inputs()
                + " features but the embedder gives "
                + x.length
                + "; the weights do not fit this embedder");
      } else {
        pairSlot[i] = k;
        pairIn[k++] = x;
      }
    }
    // each head runs on all its inputs at once (one pass over its weights)
    double[][] jp =
        m == 0 ? new double[0][] : this.joint.mlp().predictAll(jointIn, this.joint.temperature());
    double[][] pp = mlp.predictAll(pairIn, temperature);
    List<StanceResult> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(StanceResult.of(slot[i] >= 0 ? jp[slot[i]] : pp[pairSlot[i]], notes[i]));
    }
    return out;
  }

  /**
   * The stance of each (claim, passage) pair, embedding each distinct text once, in batches of 64:
   * the fast path for evaluation.
   */
  public List<StanceResult> judgePairs(List<String> claims, List<String> passages) {
    if (claims.size() != passages.size()) {
      throw new IllegalArgumentException(
          "claims and passages differ in size: " + claims.size() + " vs " + passages.size());
    }
    java.util.Map<String, float[]> vec = new java.util.HashMap<>();
    java.util.LinkedHashSet<String> unique = new java.util.LinkedHashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      unique.add(clip(claims.get(i)));
      unique.add(clip(passages.get(i)));
    }
    List<String> texts = new ArrayList<>(unique);
    for (int i = 0; i < texts.size(); i += 64) {
      List<String> batch = texts.subList(i, Math.min(texts.size(), i + 64));
      float[][] v = embedder.embed(batch);
      for (int j = 0; j < batch.size(); j++) {
        vec.put(batch.get(j), v[j]);
      }
    }
    float[][] blocks = new float[0][];
    if (joint != null && joint.top() > 0) {
      List<String> cc = new ArrayList<>(claims.size());
      List<String> pp = new ArrayList<>(claims.size());
      for (int i = 0; i < claims.size(); i++) {
        cc.add(clip(claims.get(i)));
        pp.add(clip(passages.get(i)));
      }
      blocks = joint.encoder().encode(cc, pp);
    }
    List<StanceResult> out = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      String c = clip(claims.get(i));
      String p = clip(passages.get(i));
      TextSignals cs = TextSignals.of(c);
      TextSignals ps = TextSignals.of(p);
      float[] x = features(vec.get(c), vec.get(p), cs, ps);
      out.add(
          blocks.length > 0
              ? predictJoint(x, blocks[i], note(cs, ps))
              : StanceResult.of(mlp.predict(x, temperature), note(cs, ps)));
    }
    return out;
  }

  private StanceResult predictJoint(float[] x, float[] block, String note) {
    return StanceResult.of(joint.mlp().predict(jointInput(x, block), joint.temperature()), note);
  }

  /** The joint head's input: pair features and joint block, checked against the head's size. */
  private float[] jointInput(float[] x, float[] block) {
    float[] all = concat(x, block);
    if (all.length != joint.mlp().inputs()) {
      throw new FactDeskException(
          "joint stance head expects "
              + joint.mlp().inputs()
              + " features but gets "
              + all.length
              + "; the weights do not fit this embedder");
    }
    return all;
  }

  /** The pair features followed by a joint-encoding block (the joint head's input). */
  public static float[] concat(float[] x, float[] block) {
    float[] all = java.util.Arrays.copyOf(x, x.length + block.length);
    System.arraycopy(block, 0, all, x.length, block.length);
    return all;
  }

  /** Raw logits of a feature vector (for calibration). */
  public double[] logits(float[] x) {
    return mlp.logits(x);
  }

  /** The feature vector of a pair (shared with training). */
  public static float[] features(float[] u, float[] v, TextSignals claim, TextSignals passage) {
    return PairFeatures.of(u, v, PairFeatures.hand(claim, passage, PairFeatures.cosine(u, v)));
  }

  static String clip(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
  }

  /** A plain note on the surface signals that usually decide a stance. */
  static String note(TextSignals claim, TextSignals passage) {
    Map<String, String> notes = new LinkedHashMap<>();
    if (!claim.numbers().isEmpty() && !passage.numbers().isEmpty()) {
      List<String> missing = new ArrayList<>();
      for (double c : claim.numbers()) {
        boolean found = false;
        for (double p : passage.numbers()) {
          found |= TextSignals.sameFigure(c, p);
        }
        if (!found) {
          missing.add(fmt(c));
        }
      }
      if (!missing.isEmpty()) {
        List<String> pn = new ArrayList<>();
        for (double p : passage.numbers()) {
          pn.add(fmt(p));
        }
        notes.put(
            "numbers",
            "claim figure(s) " + String.join(", ", missing) + " not in passage (" + pn + ")");
      }
    }
    String opposed =
        Direction.opposed(Direction.of(claim.tokens()), Direction.of(passage.tokens()));
    if (opposed != null) {
      notes.put("direction", "direction words differ: " + opposed);
    }
    if ((claim.negations() > 0) != (passage.negations() > 0)) {
      notes.put("negation", claim.negations() > 0 ? "claim negated" : "passage negated");
    }
    return String.join("; ", notes.values());
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
