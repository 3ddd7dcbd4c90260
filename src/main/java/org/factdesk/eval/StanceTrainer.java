package org.factdesk.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.FactDeskException;
import org.factdesk.verify.JointEncoder;
import org.factdesk.verify.Stance;
import org.factdesk.verify.TextEmbedder;
import org.factdesk.verify.internal.Mlp;

/**
 * Trains the shipped stance head from the data sets whose licences allow it (SNLI subset dev,
 * FEVER-Symmetric dev, VitaminC sample train files, Check-COVID train) and fits its temperature on
 * Check-COVID dev. Seeded: the same data give the same weights.
 */
public final class StanceTrainer {
  /** Training settings. */
  public record Settings(
      int hidden,
      int epochs,
      double learningRate,
      double l2,
      long seed,
      boolean augment,
      int hardNeutrals,
      int neighbourNeutrals,
      int ensemble) {
    public Settings {
      if (hidden < 1) {
        throw new IllegalArgumentException("hidden must be >= 1, got " + hidden);
      }
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
      }
      if (ensemble < 1) {
        throw new IllegalArgumentException("ensemble must be >= 1, got " + ensemble);
      }
      if (hardNeutrals < 0) {
        throw new IllegalArgumentException("hardNeutrals must be >= 0, got " + hardNeutrals);
      }
      if (neighbourNeutrals < 0) {
        throw new IllegalArgumentException(
            "neighbourNeutrals must be >= 0, got " + neighbourNeutrals);
      }
    }

    /** The settings of the shipped head. */
    public static Settings shipped() {
      return new Settings(128, 20, 1e-3, 1e-4, 20261125L, false, 0, 0, 3);
    }
  }

  /** What training produced. */
  public record Trained(
      Mlp mlp,
      double temperature,
      double supportThreshold,
      double refuteThreshold,
      int examples,
      String log) {}

  private StanceTrainer() {}

  /** The shipped training set, read from {@code data} (the shared data directory). */
  public static List<PairExample> shippedTrainingSet(Path data) {
    return trainingSet(data, Settings.shipped());
  }

  /**
   * The training set for {@code settings}: the allowed data, plus (when {@code hardNeutrals} > 0)
   * that many NEUTRAL pairs per Check-COVID train claim made of sentences of its abstract that are
   * not its evidence (same topic, not deciding: what most retrieved sentences are), and (when
   * {@code neighbourNeutrals} > 0) that many per claim from other abstracts on the same things
   * ({@link NeighbourNeutrals}).
   */
  public static List<PairExample> trainingSet(Path data, Settings settings) {
    List<PairExample> all = baseTrainingSet(data);
    Path cc = data.resolve("verification/check-covid");
    if (settings.neighbourNeutrals() > 0) {
      all.addAll(
          NeighbourNeutrals.of(
              cc.resolve("train/covidCheck_train_composed+extracted.json"),
              cc.resolve("corpus.json"),
              settings.neighbourNeutrals(),
              settings.seed() + 4));
    }
    if (settings.hardNeutrals() > 0) {
      all.addAll(
          DataSets.checkCovidNeutrals(
              cc.resolve("train/covidCheck_train_composed+extracted.json"),
              cc.resolve("corpus.json"),
              settings.hardNeutrals(),
              settings.seed() + 3));
    }
    return all;
  }

  private static List<PairExample> baseTrainingSet(Path data) {
    List<PairExample> all = new ArrayList<>();
    all.addAll(DataSets.snli(data.resolve("nli/snli-subset/dev.jsonl")));
    all.addAll(DataSets.claimEvidenceJsonl(data.resolve("verification/fever-symmetric/dev.jsonl")));
    for (int i = 0; i < 5; i++) {
      all.addAll(
          DataSets.claimEvidenceJsonl(data.resolve("nli/vitaminc-sample/train_" + i + ".jsonl")));
    }
    Path cc = data.resolve("verification/check-covid");
    all.addAll(
        DataSets.checkCovid(
            cc.resolve("train/covidCheck_train_composed+extracted.json"),
            cc.resolve("corpus.json")));
    return all;
  }

  /** Check-COVID dev, for the temperature. */
  public static List<PairExample> calibrationSet(Path data) {
    Path cc = data.resolve("verification/check-covid");
    return DataSets.checkCovid(
        cc.resolve("dev/covidCheck_dev_composed+extracted.json"), cc.resolve("corpus.json"));
  }

  /** Trains a head on {@code train} and fits its temperature on {@code calibration}. */
  public static Trained train(
      List<PairExample> train,
      List<PairExample> calibration,
      TextEmbedder embedder,
      Settings settings) {
    return train(train, calibration, embedder, null, settings);
  }

  /**
   * Trains a head whose input is the pair features followed by the joint-encoding block of {@code
   * joint} (none when null).
   */
  public static Trained train(
      List<PairExample> train,
      List<PairExample> calibration,
      TextEmbedder embedder,
      JointEncoder joint,
      Settings settings) {
    if (settings.augment()) {
      train = new ArrayList<>(train);
      train.addAll(Augmenter.contrast(train, settings.seed() + 2));
    }
    float[][] x = PairEncoder.features(train, embedder, joint);
    int[] y = new int[train.size()];
    int[] counts = new int[3];
    for (int i = 0; i < y.length; i++) {
      y[i] = train.get(i).gold().ordinal();
      counts[y[i]]++;
    }
    double[] w = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      w[i] = y.length / (3.0 * counts[y[i]]);
    }
    List<Mlp> members = new ArrayList<>();
    for (int k = 0; k < settings.ensemble(); k++) {
      long seed = settings.seed() + 1000L * k;
      Mlp m = new Mlp(x[0].length, settings.hidden(), 3, seed);
      m.train(x, y, w, settings.epochs(), settings.learningRate(), settings.l2(), seed + 1);
      members.add(m);
    }
    Mlp mlp = members.size() == 1 ? members.get(0) : Mlp.average(members);
    double t = 1;
    double[] thresholds = {0.5, 0.5};
    if (!calibration.isEmpty()) {
      float[][] cx = PairEncoder.features(calibration, embedder, joint);
      int[] cy = new int[calibration.size()];
      for (int i = 0; i < cy.length; i++) {
        cy[i] = calibration.get(i).gold().ordinal();
      }
      t = fitTemperature(mlp, cx, cy);
      thresholds = fitThresholds(mlp, t, cx, cy);
    }
    String log =
        String.format(
            Locale.ROOT,
            "trained on %d pairs (SUPPORTS %d, REFUTES %d, NEUTRAL %d), features %d, hidden %d"
                + " x %d seeds, epochs %d, seed %d; temperature %.3f, thresholds support %.2f"
                + " refute %.2f fitted on %d calibration pairs",
            y.length,
            counts[Stance.SUPPORTS.ordinal()],
            counts[Stance.REFUTES.ordinal()],
            counts[Stance.NEUTRAL.ordinal()],
            x[0].length,
            settings.hidden(),
            settings.ensemble(),
            settings.epochs(),
            settings.seed(),
            t,
            thresholds[0],
            thresholds[1],
            calibration.size());
    return new Trained(mlp, t, thresholds[0], thresholds[1], y.length, log);
  }

  /** The temperature in [0.25, 8] that minimises the negative log-likelihood (grid search). */
  static double fitTemperature(Mlp mlp, float[][] x, int[] y) {
    double[][] logits = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      logits[i] = mlp.logits(x[i]);
    }
    double best = 1;
    double bestNll = Double.POSITIVE_INFINITY;
    for (double t = 0.25; t <= 8.0001; t *= 1.05) {
      double nll = 0;
      for (int i = 0; i < x.length; i++) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits[i]) {
          max = Math.max(max, z / t);
        }
        double sum = 0;
        for (double z : logits[i]) {
          sum += Math.exp(z / t - max);
        }
        nll -= logits[i][y[i]] / t - max - Math.log(sum);
      }
      if (nll < bestNll) {
        bestNll = nll;
        best = t;
      }
    }
    return best;
  }

  /**
   * The support and refute thresholds (0.50 to 0.90 by 0.05: a stance counts only when it is more
   * likely than not) that maximise macro-F1 of the single-passage verdict (SUPPORTED / REFUTED /
   * UNVERIFIED) against the gold labels.
   */
  static double[] fitThresholds(Mlp mlp, double temperature, float[][] x, int[] y) {
    double[][] p = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      p[i] = mlp.predict(x[i], temperature);
    }
    double[] best = {0.5, 0.5};
    double bestF1 = -1;
    for (int a = 0; a <= 8; a++) {
      for (int b = 0; b <= 8; b++) {
        double ts = 0.50 + 0.05 * a;
        double tr = 0.50 + 0.05 * b;
        List<Integer> gold = new ArrayList<>();
        List<Integer> pred = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
          boolean s = p[i][0] >= ts;
          boolean r = p[i][1] >= tr;
          int v = s && r ? (p[i][0] >= p[i][1] ? 0 : 1) : s ? 0 : r ? 1 : 2;
          gold.add(y[i]);
          pred.add(v);
        }
        double f1 = Metrics.macroF1(gold, pred, List.of(0, 1, 2));
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          best = new double[] {ts, tr};
        }
      }
    }
    return best;
  }

  /**
   * Trains the two shipped heads on the shipped data, the pair-feature head and the joint head (the
   * same features plus the joint-encoding block of {@code joint}), embedding each text once.
   */
  public static List<Trained> trainShipped(Path data, TextEmbedder embedder, JointEncoder joint) {
    TextEmbedder once = new org.factdesk.verify.internal.CachingEmbedder(embedder, 1_000_000);
    List<PairExample> train = shippedTrainingSet(data);
    List<PairExample> calibration = calibrationSet(data);
    Trained base = train(train, calibration, once, Settings.shipped());
    Trained withJoint = train(train, calibration, once, joint, Settings.shipped());
    return List.of(base, withJoint);
  }

  /** Writes the pair-feature head into {@code dir}: stance-head.bin and stance-head.properties. */
  public static void write(Trained trained, Path dir) {
    write(trained, dir, "stance-head", "");
  }

  /**
   * Writes the joint head into {@code dir}: stance-joint-head.bin and its properties, with {@code
   * top} (how many passages per claim it judges in {@code check}).
   */
  public static void writeJoint(Trained trained, Path dir, int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0, got " + top);
    }
    write(trained, dir, "stance-joint-head", "top=" + top + "\n");
  }

  private static void write(Trained trained, Path dir, String name, String extra) {
    try {
      Files.createDirectories(dir);
      Path bin = dir.resolve(name + ".bin");
      Path tmp = dir.resolve(name + ".bin.tmp");
      try (OutputStream os = Files.newOutputStream(tmp)) {
        trained.mlp().write(os);
      }
      Files.move(
          tmp,
          bin,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      String props =
          "# written by `factdesk eval train-stance`; see MODEL.md\n"
              + "temperature="
              + String.format(Locale.ROOT, "%.4f", trained.temperature())
              + "\nsupport_threshold="
              + String.format(Locale.ROOT, "%.2f", trained.supportThreshold())
              + "\nrefute_threshold="
              + String.format(Locale.ROOT, "%.2f", trained.refuteThreshold())
              + "\n"
              + extra;
      Files.writeString(dir.resolve(name + ".properties"), props, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FactDeskException("cannot write the stance head to " + dir, e);
    }
  }
}
