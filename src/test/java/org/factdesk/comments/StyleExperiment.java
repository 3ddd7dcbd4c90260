package org.factdesk.comments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Experiment, not shipped: what a linear style classifier of our kind (hashed character and word
 * n-grams, logistic regression by SGD, fixed seed) reaches on TweepFake when trained on its train
 * split. The number of epochs is chosen on the validation split; the test split is scored once.
 * TweepFake's licence is not stated, so no weights from this run are kept.
 *
 * <p>Run: {@code java -cp ... org.factdesk.comments.StyleExperiment}
 *
 * <p>With the argument {@code campaigns}: the same kind of model trained on the artificial
 * campaigns' dev split S1 (generated tweets against the S1 originals, texts normalised by {@link
 * CommentsEval#clean}), its epochs chosen by 5-fold cross-validation on S1 (AUC), then scored once
 * on S2 and S3 (test). The data are CC BY-SA 3.0, so such weights could be shipped with a MODEL.md;
 * they are not, see docs/comments.md for why.
 */
final class StyleExperiment {
  private static final int BITS = 20;
  private static final int DIM = 1 << BITS;

  private StyleExperiment() {}

  record Example(int[] features, boolean bot) {}

  static List<Example> read(Path csv) throws IOException {
    List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8), ';');
    List<String> head = rows.get(0);
    int ti = head.indexOf("text");
    int ai = head.indexOf("account.type");
    List<Example> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() == head.size()) {
        out.add(new Example(features(r.get(ti)), r.get(ai).equals("bot")));
      }
    }
    return out;
  }

  static int[] features(String text) {
    String t =
        text.replaceAll("https?://\\S+", " U ")
            .replaceAll("@\\w+", " @ ")
            .replaceAll("\\s+", " ")
            .strip();
    List<Integer> f = new ArrayList<>();
    String lower = " " + t.toLowerCase(Locale.ROOT) + " ";
    for (int n = 2; n <= 5; n++) {
      for (int i = 0; i + n <= lower.length(); i++) {
        f.add(hash("c" + lower.substring(i, i + n)));
      }
    }
    String[] w = t.split(" ");
    for (int i = 0; i < w.length; i++) {
      f.add(hash("w" + w[i]));
      if (i + 1 < w.length) {
        f.add(hash("b" + w[i] + " " + w[i + 1]));
      }
    }
    f.add(hash("len" + Math.min(20, w.length / 3)));
    return f.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int hash(String s) {
    int h = s.hashCode() * 0x9E3779B1;
    return (h ^ (h >>> 15)) & (DIM - 1);
  }

  static double p(float[] w, int[] f) {
    double z = w[DIM];
    for (int i : f) {
      z += w[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  static double accuracy(float[] w, List<Example> xs) {
    int right = 0;
    for (Example x : xs) {
      right += (p(w, x.features()) >= 0.5) == x.bot() ? 1 : 0;
    }
    return right / (double) xs.size();
  }

  static float[] train(List<Example> xs, int epochs, long seed) {
    float[] w = new float[DIM + 1];
    Random rnd = new Random(seed);
    List<Example> order = new ArrayList<>(xs);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      java.util.Collections.shuffle(order, rnd);
      double lr = 0.2 / Math.sqrt(epoch);
      for (Example x : order) {
        double g = (x.bot() ? 1 : 0) - p(w, x.features());
        float step = (float) (lr * g / Math.sqrt(x.features().length));
        for (int i : x.features()) {
          w[i] += step;
        }
        w[DIM] += (float) (lr * g * 0.1);
      }
    }
    return w;
  }

  /** Area under the ROC curve of p(bot) over the examples (ties count one half). */
  static double auc(float[] w, List<Example> xs) {
    double wins = 0;
    long pairs = 0;
    for (Example a : xs) {
      if (!a.bot()) {
        continue;
      }
      double pa = p(w, a.features());
      for (Example b : xs) {
        if (!b.bot()) {
          double pb = p(w, b.features());
          wins += pa > pb ? 1 : pa == pb ? 0.5 : 0;
          pairs++;
        }
      }
    }
    return wins / pairs;
  }

  static List<Example> campaign(String split) throws IOException {
    Path c = CommentsEval.shared().resolve("data/comments/artificial-campaigns");
    List<Example> out = new ArrayList<>();
    for (String l : Files.readAllLines(c.resolve("originals.json"), StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        var n = org.factdesk.internal.Json.mapper().readTree(l);
        if (n.get("campaign").asText().startsWith(split)) {
          out.add(new Example(features(CommentsEval.clean(n.get("tweets").asText())), false));
        }
      }
    }
    for (String l :
        Files.readAllLines(c.resolve("campaign_" + split + ".json"), StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        var n = org.factdesk.internal.Json.mapper().readTree(l);
        out.add(new Example(features(CommentsEval.clean(n.get("tweets").asText())), true));
      }
    }
    return out;
  }

  static void campaigns() throws IOException {
    List<Example> dev = campaign("S1");
    List<Example> shuffled = new ArrayList<>(dev);
    java.util.Collections.shuffle(shuffled, new Random(42));
    int bestEpochs = 0;
    double bestAuc = -1;
    for (int epochs = 1; epochs <= 10; epochs++) {
      double sum = 0;
      for (int fold = 0; fold < 5; fold++) {
        List<Example> tr = new ArrayList<>();
        List<Example> va = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
          (i % 5 == fold ? va : tr).add(shuffled.get(i));
        }
        sum += auc(train(tr, epochs, 42), va);
      }
      System.out.printf(Locale.ROOT, "S1 5-fold: epochs %d AUC %.3f%n", epochs, sum / 5);
      if (sum / 5 > bestAuc) {
        bestAuc = sum / 5;
        bestEpochs = epochs;
      }
    }
    float[] w = train(dev, bestEpochs, 42);
    System.out.printf(
        Locale.ROOT, "chosen epochs %d (S1 cross-validated AUC %.3f)%n", bestEpochs, bestAuc);
    for (String s : List.of("S2", "S3")) {
      List<Example> test = campaign(s);
      long pos = test.stream().filter(Example::bot).count();
      long tp = test.stream().filter(x -> x.bot() && p(w, x.features()) >= 0.5).count();
      long fp = test.stream().filter(x -> !x.bot() && p(w, x.features()) >= 0.5).count();
      System.out.printf(
          Locale.ROOT,
          "%s (test): AUC %.3f; at p >= 0.5 recall %.3f, FPR %.3f%n",
          s,
          auc(w, test),
          tp / (double) pos,
          fp / (double) (test.size() - pos));
    }
  }

  /** AUC of a score over (machine, score) pairs; ties count one half. */
  static double auc(List<double[]> scored) {
    double wins = 0;
    double pairs = 0;
    for (double[] a : scored) {
      if (a[0] == 1) {
        for (double[] b : scored) {
          if (b[0] == 0) {
            wins += a[1] > b[1] ? 1 : a[1] == b[1] ? 0.5 : 0;
            pairs++;
          }
        }
      }
    }
    return wins / pairs;
  }

  /**
   * The trained style model ({@code factdesk eval train-style}, trained here again: seeded, the
   * same weights) against the shipped hand-set one: AUC of each score, generated vs original
   * tweets, per campaign (S1 is in the trained model's training set; S2 and S3 are not), and
   * TweepFake test accuracy of each alone ("bot" when p >= 0.5; under 5 words p = 0.5, as in the
   * audit).
   */
  static java.util.Map<String, Double> compare() throws IOException {
    Path data = CommentsEval.shared().resolve("data");
    org.factdesk.eval.StyleTrainer.Trained t = org.factdesk.eval.StyleTrainer.train(data);
    System.out.print(t.log());
    org.factdesk.comments.internal.StyleWeights w = t.weights();
    java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
    for (String s : List.of("S1", "S2", "S3")) {
      List<double[]> trained = new ArrayList<>();
      List<double[]> hand = new ArrayList<>();
      for (org.factdesk.eval.StyleTrainer.Example x :
          org.factdesk.eval.StyleTrainer.campaign(data, s)) {
        double label = x.machine() ? 1 : 0;
        trained.add(new double[] {label, trained(w, x.text())});
        hand.add(new double[] {label, handSet(x.text())});
      }
      m.put(s + "_auc_trained", auc(trained));
      m.put(s + "_auc_handset", auc(hand));
    }
    List<List<String>> rows =
        Csv.parse(
            Files.readString(data.resolve("comments/tweepfake/test.csv"), StandardCharsets.UTF_8),
            ';');
    List<String> head = rows.get(0);
    int ti = head.indexOf("text");
    int ai = head.indexOf("account.type");
    double n = 0;
    double rightTrained = 0;
    double rightHand = 0;
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() == head.size()) {
        boolean bot = r.get(ai).equals("bot");
        n++;
        rightTrained += (trained(w, r.get(ti)) >= 0.5) == bot ? 1 : 0;
        rightHand += (handSet(r.get(ti)) >= 0.5) == bot ? 1 : 0;
      }
    }
    m.put("tweepfake_test_accuracy_trained", rightTrained / n);
    m.put("tweepfake_test_accuracy_handset", rightHand / n);
    return m;
  }

  private static org.factdesk.comments.internal.Prepared prepared(String text) {
    return new org.factdesk.comments.internal.Prepared(
        0,
        new org.factdesk.article.Comment("t", text.isBlank() ? "-" : text, null, null, null),
        5000);
  }

  static double handSet(String text) {
    return org.factdesk.comments.internal.StyleModel.score(prepared(text)).probability();
  }

  static double trained(org.factdesk.comments.internal.StyleWeights w, String text) {
    org.factdesk.comments.internal.Prepared p = prepared(text);
    if (p.tokens.wordCount() < 5) {
      return 0.5;
    }
    return w.probability(
        org.factdesk.comments.internal.StyleFeatures.normalise(p.text),
        org.factdesk.comments.internal.StyleModel.handLogit(p));
  }

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("campaigns")) {
      campaigns();
      return;
    }
    if (args.length > 0 && args[0].equals("compare")) {
      System.out.println(compare());
      return;
    }
    Path d = CommentsEval.shared().resolve("data/comments/tweepfake");
    List<Example> train = read(d.resolve("train.csv"));
    List<Example> val = read(d.resolve("validation.csv"));
    List<Example> test = read(d.resolve("test.csv"));
    float[] w = new float[DIM + 1];
    float[] best = null;
    double bestVal = -1;
    int bestEpoch = 0;
    Random rnd = new Random(42);
    List<Example> order = new ArrayList<>(train);
    for (int epoch = 1; epoch <= 8; epoch++) {
      java.util.Collections.shuffle(order, rnd);
      double lr = 0.2 / Math.sqrt(epoch);
      for (Example x : order) {
        double g = (x.bot() ? 1 : 0) - p(w, x.features());
        float step = (float) (lr * g / Math.sqrt(x.features().length));
        for (int i : x.features()) {
          w[i] += step;
        }
        w[DIM] += (float) (lr * g * 0.1);
      }
      double va = accuracy(w, val);
      System.out.printf(
          Locale.ROOT, "epoch %d train %.3f validation %.3f%n", epoch, accuracy(w, train), va);
      if (va > bestVal) {
        bestVal = va;
        best = w.clone();
        bestEpoch = epoch;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "chosen epoch %d (validation %.3f): test accuracy %.3f on %d tweets%n",
        bestEpoch,
        bestVal,
        accuracy(best, test),
        test.size());
    // diagnostic: does this style model tell the campaigns' generated tweets from the originals?
    Path c = CommentsEval.shared().resolve("data/comments/artificial-campaigns");
    List<String> orig = Files.readAllLines(c.resolve("originals.json"), StandardCharsets.UTF_8);
    for (String s : List.of("S1", "S2", "S3")) {
      List<Double> neg = new ArrayList<>();
      for (String l : orig) {
        var n = org.factdesk.internal.Json.mapper().readTree(l);
        if (n.get("campaign").asText().startsWith(s)) {
          neg.add(p(best, features(n.get("tweets").asText())));
        }
      }
      List<Double> pos = new ArrayList<>();
      for (String l : Files.readAllLines(c.resolve("campaign_" + s + ".json"))) {
        if (!l.isBlank()) {
          var n = org.factdesk.internal.Json.mapper().readTree(l);
          pos.add(p(best, features(n.get("tweets").asText())));
        }
      }
      double wins = 0;
      for (double a : pos) {
        for (double b : neg) {
          wins += a > b ? 1 : a == b ? 0.5 : 0;
        }
      }
      long tp = pos.stream().filter(x -> x >= 0.5).count();
      long fp = neg.stream().filter(x -> x >= 0.5).count();
      System.out.printf(
          Locale.ROOT,
          "%s generated vs originals: AUC %.3f; at p >= 0.5 recall %.3f, FPR %.3f%n",
          s,
          wins / (pos.size() * (double) neg.size()),
          tp / (double) pos.size(),
          fp / (double) neg.size());
    }
  }
}
