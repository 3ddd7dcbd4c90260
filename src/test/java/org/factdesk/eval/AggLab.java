package org.factdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.nlp.Embedder;
import org.factdesk.report.Finding;
import org.factdesk.verify.Stance;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;
import org.factdesk.verify.StructuredChecks;
import org.factdesk.verify.TextEmbedder;
import org.factdesk.verify.internal.PairFeatures;
import org.factdesk.verify.internal.Relevance;
import org.factdesk.verify.internal.TextSignals;

/**
 * Aggregation experiments (test scope, run by hand): dumps every claim-level set's per-passage
 * stances (shipped head + structured checks) as TSV under target/agg, for offline analysis.
 *
 * <p>{@code java -cp ... org.factdesk.eval.AggLab dump}
 */
public final class AggLab {
  private AggLab() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(System.getProperty("factdesk.shared", "../shared")).resolve("data");
    TextEmbedder emb =
        new DiskCachedEmbedder(Embedder.shared()::embed, Path.of("target/lab/emb.bin"));
    StanceModel model = StanceModel.shipped(emb);
    if (args.length > 0 && args[0].equals("train")) {
      train(model, data, null);
      return;
    }
    if (args.length > 0 && args[0].equals("crossfit")) {
      train(model, data, crossFit(emb, data, Integer.getInteger("agg.folds", 5)));
      return;
    }
    Path out = Path.of("target/agg");
    Files.createDirectories(out);
    Map<String, List<ClaimExample>> sets = sets(data);
    for (var e : sets.entrySet()) {
      dump(model, emb, e.getValue(), out.resolve(e.getKey() + ".tsv"));
      System.out.println("dumped " + e.getKey() + " " + e.getValue().size());
    }
  }

  /**
   * Trains the aggregator as {@code eval train-aggregator} does (cached embeddings) and prints the
   * dev figures; the claim-level test sets only with {@code -Dagg.test=true}.
   */
  private static void train(StanceModel model, Path data, List<List<StanceVote>> trainVotes) {
    AggregatorTrainer.Settings d = AggregatorTrainer.Settings.shipped();
    AggregatorTrainer.Settings st =
        new AggregatorTrainer.Settings(
            Double.parseDouble(System.getProperty("agg.l2", "" + d.l2())),
            Integer.getInteger("agg.epochs", d.epochs()),
            d.learningRate());
    Benchmarks plain = new Benchmarks(model, StanceAggregator.standard());
    AggregatorTrainer.Trained t;
    if (trainVotes == null) {
      t = AggregatorTrainer.train(plain, data, st);
    } else {
      List<List<ClaimExample>> sets = AggregatorTrainer.sets(data);
      t =
          AggregatorTrainer.train(
              sets, List.of(trainVotes, plain.votes(sets.get(1)), plain.votes(sets.get(2))), st);
    }
    System.out.println(t.log());
    System.out.print(t.model().toProperties());
    List<String> names = new ArrayList<>(List.of("check-covid-dev-claims", "healthver-dev-claims"));
    if (Boolean.getBoolean("agg.test")) {
      names.addAll(List.of("climate-fever", "averitec"));
    }
    for (var agg :
        List.of(
            StanceAggregator.strongestPassage(0.5, 0.5), new StanceAggregator(t.model(), null))) {
      Benchmarks b = new Benchmarks(model, agg);
      for (String n : names) {
        BenchmarkResult r = b.run(n, Benchmarks.files(n, data), data, 0);
        System.out.println(
            (agg.model() == null ? "rule   " : "pooled ")
                + Benchmarks.summary(r)
                + " "
                + r.confusion());
      }
    }
  }

  /**
   * Votes for Check-COVID train claims from heads that did not see them: the claims split into
   * {@code folds}; each fold judged by a head trained (shipped settings) without its pairs.
   */
  private static List<List<StanceVote>> crossFit(TextEmbedder emb, Path data, int folds) {
    List<ClaimExample> claims = AggregatorTrainer.sets(data).get(0);
    List<PairExample> all = StanceTrainer.shippedTrainingSet(data);
    List<List<StanceVote>> out =
        new ArrayList<>(java.util.Collections.nCopies(claims.size(), null));
    // claims sharing an evidence sentence (siblings of the same abstract) go to the same fold
    int[] parent = new int[claims.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (String e : claims.get(i).evidence()) {
        Integer j = first.putIfAbsent(e, i);
        if (j != null) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    for (int k = 0; k < folds; k++) {
      java.util.Set<String> held = new java.util.HashSet<>();
      List<ClaimExample> fold = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < claims.size(); i++) {
        if (Math.floorMod(root(parent, i) * 7919, folds) != k) {
          continue;
        }
        held.add(claims.get(i).where());
        fold.add(claims.get(i));
        at.add(i);
      }
      List<PairExample> train = all.stream().filter(p -> !held.contains(p.where())).toList();
      System.out.println("fold " + k + ": training on " + train.size() + " of " + all.size());
      StanceTrainer.Trained t =
          StanceTrainer.train(
              train, StanceTrainer.calibrationSet(data), emb, StanceTrainer.Settings.shipped());
      StanceModel m = new StanceModel(t.mlp(), t.temperature(), emb);
      List<List<StanceVote>> v = new Benchmarks(m, StanceAggregator.standard()).votes(fold);
      for (int j = 0; j < at.size(); j++) {
        out.set(at.get(j), v.get(j));
      }
    }
    return out;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  static Map<String, List<ClaimExample>> sets(Path data) {
    Path cc = data.resolve("verification/check-covid");
    Map<String, List<ClaimExample>> m = new LinkedHashMap<>();
    m.put(
        "cc-train",
        DataSets.checkCovidClaims(
            cc.resolve("train/covidCheck_train_composed+extracted.json"),
            cc.resolve("corpus.json"),
            5));
    m.put(
        "cc-dev",
        DataSets.checkCovidClaims(
            cc.resolve("dev/covidCheck_dev_composed+extracted.json"),
            cc.resolve("corpus.json"),
            5));
    m.put("hv-dev", healthVerClaims(data.resolve("verification/healthver/dev.csv")));
    m.put(
        "climate-fever",
        DataSets.climateFever(data.resolve("verification/climate-fever/climate-fever.jsonl")));
    m.put("averitec", DataSets.averitec(data.resolve("verification/averitec/dev.json")));
    return m;
  }

  /** HealthVer pairs grouped by claim: any S and R -> DISPUTED, else S / R / NEI. */
  static List<ClaimExample> healthVerClaims(Path file) {
    Map<String, List<PairExample>> by = new LinkedHashMap<>();
    for (PairExample p : DataSets.healthVer(file)) {
      by.computeIfAbsent(p.claim(), k -> new ArrayList<>()).add(p);
    }
    List<ClaimExample> out = new ArrayList<>();
    for (var e : by.entrySet()) {
      boolean s = e.getValue().stream().anyMatch(p -> p.gold() == Stance.SUPPORTS);
      boolean r = e.getValue().stream().anyMatch(p -> p.gold() == Stance.REFUTES);
      String g = s && r ? "DISPUTED" : s ? "SUPPORTS" : r ? "REFUTES" : "NOT_ENOUGH_INFO";
      out.add(
          new ClaimExample(
              e.getKey(),
              e.getValue().stream().map(PairExample::evidence).toList(),
              g,
              e.getValue().get(0).where()));
    }
    return out;
  }

  private static void dump(StanceModel model, TextEmbedder emb, List<ClaimExample> ex, Path file)
      throws IOException {
    List<String> cs = new ArrayList<>();
    List<String> ps = new ArrayList<>();
    for (ClaimExample c : ex) {
      for (String e : c.evidence()) {
        cs.add(c.claim());
        ps.add(e);
      }
    }
    List<StanceResult> judged = model.judgePairs(cs, ps);
    float[][] cv = Relevance.embedAll(emb, cs);
    float[][] pv = Relevance.embedAll(emb, ps);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      int at = 0;
      for (int i = 0; i < ex.size(); i++) {
        ClaimExample c = ex.get(i);
        TextSignals qs = TextSignals.of(c.claim());
        for (int j = 0; j < c.evidence().size(); j++, at++) {
          List<Finding> f = StructuredChecks.run(cs.get(at), ps.get(at), null);
          StanceResult s = StructuredChecks.adjust(judged.get(at), f);
          int flag =
              f.stream().anyMatch(x -> x.outcome().equals("disagrees"))
                  ? -1
                  : f.stream()
                          .anyMatch(x -> x.outcome().equals("agrees") && !x.check().equals("role"))
                      ? 1
                      : 0;
          StanceResult h = judged.get(at);
          w.printf(
              Locale.ROOT,
              "%d\t%s\t%d\t%.5f\t%.5f\t%.5f\t%d\t%.4f\t%.4f\t%.5f\t%.5f\t%.5f%n",
              i,
              c.gold(),
              j,
              s.supports(),
              s.refutes(),
              s.neutral(),
              flag,
              Relevance.overlap(qs, TextSignals.of(ps.get(at))),
              PairFeatures.cosine(cv[at], pv[at]),
              h.supports(),
              h.refutes(),
              h.neutral());
        }
      }
    }
  }
}
