package org.factdesk.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.factdesk.FactDeskException;
import org.factdesk.article.Comment;
import org.factdesk.comments.internal.Prepared;
import org.factdesk.comments.internal.StyleFeatures;
import org.factdesk.comments.internal.StyleModel;
import org.factdesk.comments.internal.StyleWeights;
import org.factdesk.comments.internal.TweetText;

/**
 * Trains the machine-written-style model ({@link StyleWeights}) on data that may be shipped: human
 * = YouTube ham comments (Youtube05-Shakira, CC BY 4.0) and the artificial campaigns' S1 originals
 * (CC BY-SA 3.0); machine = the S1 generated tweets and our own machine-written comments ({@code
 * style/machine-comments.txt}). Campaigns S2 and S3 are kept out for testing. Epochs and L2 are
 * chosen by seeded 5-fold cross-validation (AUC) on the training data only.
 */
public final class StyleTrainer {
  static final long SEED = 42;
  static final int FOLDS = 5;
  static final int MAX_EPOCHS = 12;
  static final double[] L2 = {0, 0.001, 0.01};
  static final String OWN = "/org/factdesk/comments/style/machine-comments.txt";

  private StyleTrainer() {}

  /** One text (repaired), as the model sees it, with its feature count and label. */
  public record Example(
      String text, String norm, int features, double hand, boolean machine, String source) {
    public Example {
      if (features < 1) {
        throw new IllegalArgumentException("features must be >= 1, got " + features);
      }
    }

    static Example of(String raw, boolean machine, String source) {
      String t = TweetText.clean(raw);
      String n = StyleFeatures.normalise(t);
      double hand =
          t.isBlank()
              ? 0
              : StyleModel.handLogit(new Prepared(0, new Comment("t", t, null, null, null), 5000));
      return new Example(t, n, StyleFeatures.count(n), hand, machine, source);
    }
  }

  /** The trained weights with the choices and figures that led to them. */
  public record Trained(StyleWeights weights, String log) {}

  /** The training set described above, in file order. */
  public static List<Example> trainingSet(Path data) {
    List<Example> out = new ArrayList<>();
    Path yt = data.resolve("comments/youtube-spam/Youtube05-Shakira.csv");
    List<List<String>> rows = Csv.read(yt);
    List<String> head = rows.get(0);
    int text = head.indexOf("CONTENT");
    int cls = head.indexOf("CLASS");
    if (text < 0 || cls < 0) {
      throw new FactDeskException(yt + ": no CONTENT or CLASS column in " + head);
    }
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() == head.size() && r.get(cls).strip().equals("0")) {
        out.add(Example.of(r.get(text), false, "youtube-ham"));
      }
    }
    out.addAll(campaign(data, "S1"));
    out.addAll(formalHuman(data));
    try (InputStream in = StyleTrainer.class.getResourceAsStream(OWN)) {
      if (in == null) {
        throw new FactDeskException("not on the class path: " + OWN);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(Example.of(line, true, "own-machine"));
        }
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot read " + OWN, e);
    }
    return out;
  }

  /**
   * Formal human prose, so that polish alone is not learned as "machine": the distinct Wikipedia
   * evidence sentences of FEVER-symmetric dev (CC BY-SA 3.0; tokenisation undone) and the distinct
   * claims of Check-COVID train (MIT; written by annotators from news).
   */
  static List<Example> formalHuman(Path data) {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    DataSets.forEachJsonLine(
        data.resolve("verification/fever-symmetric/dev.jsonl"),
        (n, where) -> seen.add(detokenise(n.path("evidence").asText())));
    List<Example> out = new ArrayList<>();
    for (String t : seen) {
      out.add(Example.of(t, false, "fever-evidence"));
    }
    seen.clear();
    DataSets.forEachJsonLine(
        data.resolve("verification/check-covid/train/covidCheck_train_composed+extracted.json"),
        (n, where) -> seen.add(n.path("claim").asText().strip()));
    for (String t : seen) {
      out.add(Example.of(t, false, "check-covid-claim"));
    }
    return out;
  }

  /** Undoes the Penn-Treebank tokenisation of FEVER's Wikipedia sentences. */
  static String detokenise(String t) {
    return t.replace("-LRB-", "(")
        .replace("-RRB-", ")")
        .replace("-LSB-", "[")
        .replace("-RSB-", "]")
        .replace("``", "\"")
        .replace("''", "\"")
        .replace("--", "-")
        .replaceAll(" ([.,;:!?)\\]%]|'s|n't|'re|'ve|'ll|'d)", "$1")
        .replaceAll("([(\\[$]) ", "$1")
        .strip();
  }

  /** A campaign's originals (human) and generated tweets (machine), texts repaired. */
  public static List<Example> campaign(Path data, String split) {
    Path c = data.resolve("comments/artificial-campaigns");
    List<Example> out = new ArrayList<>();
    DataSets.forEachJsonLine(
        c.resolve("originals.json"),
        (n, where) -> {
          if (n.path("campaign").asText().startsWith(split)) {
            out.add(Example.of(n.path("tweets").asText(), false, split + "-original"));
          }
        });
    DataSets.forEachJsonLine(
        c.resolve("campaign_" + split + ".json"),
        (n, where) -> out.add(Example.of(n.path("tweets").asText(), true, split + "-generated")));
    return out;
  }

  static StyleWeights fit(List<Example> xs, int epochs, double l2, long seed) {
    StyleWeights w = new StyleWeights();
    Random rnd = new Random(seed);
    List<Example> order = new ArrayList<>(xs);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, rnd);
      double lr = 0.2 / Math.sqrt(epoch);
      for (Example x : order) {
        w.step(x.norm(), x.features(), x.hand(), x.machine(), lr, l2);
      }
    }
    return w;
  }

  /** Area under the ROC curve of the model's probability (ties count one half). */
  public static double auc(StyleWeights w, List<Example> xs) {
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (Example x : xs) {
      (x.machine() ? pos : neg).add(w.probability(x.norm(), x.hand()));
    }
    if (pos.isEmpty() || neg.isEmpty()) {
      throw new IllegalArgumentException(
          "AUC needs both classes, got " + pos.size() + " machine, " + neg.size() + " human");
    }
    double wins = 0;
    for (double a : pos) {
      for (double b : neg) {
        wins += a > b ? 1 : a == b ? 0.5 : 0;
      }
    }
    return wins / (pos.size() * (double) neg.size());
  }

  /** Chooses epochs and L2 by cross-validation, then trains on all of the training set. */
  public static Trained train(Path data) {
    List<Example> all = trainingSet(data);
    List<Example> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(SEED));
    StringBuilder log = new StringBuilder();
    long machine = all.stream().filter(Example::machine).count();
    log.append(
        String.format(
            Locale.ROOT,
            "training set: %d texts (%d machine, %d human)%n",
            all.size(),
            machine,
            all.size() - machine));
    int bestEpochs = 0;
    double bestL2 = 0;
    double bestAuc = -1;
    for (double l2 : L2) {
      for (int epochs = 1; epochs <= MAX_EPOCHS; epochs++) {
        double sum = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
          List<Example> tr = new ArrayList<>();
          List<Example> va = new ArrayList<>();
          for (int i = 0; i < shuffled.size(); i++) {
            (i % FOLDS == fold ? va : tr).add(shuffled.get(i));
          }
          sum += auc(fit(tr, epochs, l2, SEED), va);
        }
        double a = sum / FOLDS;
        log.append(String.format(Locale.ROOT, "cv l2 %.3f epochs %2d AUC %.4f%n", l2, epochs, a));
        if (a > bestAuc + 1e-9) {
          bestAuc = a;
          bestEpochs = epochs;
          bestL2 = l2;
        }
      }
    }
    StyleWeights w = fit(all, bestEpochs, bestL2, SEED);
    log.append(
        String.format(
            Locale.ROOT,
            "chosen: epochs %d, l2 %.3f (5-fold AUC %.4f); %d non-zero weights;"
                + " hand-set logit weight %.3f%n",
            bestEpochs,
            bestL2,
            bestAuc,
            w.nonZero(),
            w.handWeight()));
    return new Trained(w, log.toString());
  }

  /** Writes {@code style-model.bin} into {@code dir}. */
  public static Path write(Trained t, Path dir) {
    Path file = dir.resolve("style-model.bin");
    try {
      Files.createDirectories(dir);
      try (OutputStream out = Files.newOutputStream(file)) {
        t.weights().write(out);
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot write " + file, e);
    }
    return file;
  }
}
