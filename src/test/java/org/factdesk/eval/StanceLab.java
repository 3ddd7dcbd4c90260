package org.factdesk.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.nlp.Embedder;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.TextEmbedder;

/**
 * Stance experiments (test scope, run by hand): trains heads with variant settings on the allowed
 * data and prints dev and benchmark figures, with every embedding cached under target/lab.
 *
 * <p>{@code java -cp ... org.factdesk.eval.StanceLab shipped|train|dump NAME}
 */
public final class StanceLab {
  private StanceLab() {}

  public static void main(String[] args) {
    Path data = Path.of(System.getProperty("factdesk.shared", "../shared")).resolve("data");
    TextEmbedder emb =
        new DiskCachedEmbedder(Embedder.shared()::embed, Path.of("target/lab/emb.bin"));
    String mode = args.length > 0 ? args[0] : "shipped";
    List<String> names = args.length > 1 ? List.of(args[1].split(",")) : Benchmarks.NAMES;
    StanceModel model;
    StanceAggregator agg;
    if (mode.equals("shipped")) {
      model = StanceModel.shipped(emb);
      agg = StanceAggregator.standard();
    } else {
      StanceTrainer.Trained t =
          StanceTrainer.train(
              StanceTrainer.shippedTrainingSet(data),
              StanceTrainer.calibrationSet(data),
              emb,
              StanceTrainer.Settings.shipped());
      System.out.println(t.log());
      model = new StanceModel(t.mlp(), t.temperature(), emb);
      agg = new StanceAggregator(t.supportThreshold(), t.refuteThreshold());
    }
    Benchmarks b = new Benchmarks(model, agg, !Boolean.getBoolean("lab.noChecks"));
    List<BenchmarkResult> rs = new ArrayList<>();
    for (String n : names) {
      if (n.startsWith("checks:")) {
        for (String f : n.substring(7).split("\\+")) {
          for (PairExample p : DataSets.claimEvidenceJsonl(data.resolve(f))) {
            var fs = org.factdesk.verify.StructuredChecks.run(p.claim(), p.evidence(), null);
            if (!fs.isEmpty()) {
              System.out.println(
                  p.gold()
                      + "\t"
                      + fs.get(0).outcome()
                      + "\t"
                      + fs.get(0).detail()
                      + "\tC: "
                      + p.claim()
                      + "\tE: "
                      + p.evidence());
            }
          }
        }
        continue;
      }
      if (n.startsWith("dump:")) {
        dump(model, n.substring(5), data);
        continue;
      }
      BenchmarkResult r = b.run(n, Benchmarks.files(n, data), data, 0);
      rs.add(r);
      System.out.println(Benchmarks.summary(r) + " " + r.confusion());
    }
  }

  private static void dump(StanceModel model, String name, Path data) {
    List<PairExample> ex = new ArrayList<>();
    for (Path f : Benchmarks.files(name, data)) {
      ex.addAll(
          name.startsWith("check-covid")
              ? DataSets.checkCovid(f, data.resolve("verification/check-covid/corpus.json"))
              : DataSets.claimEvidenceJsonl(f));
    }
    List<StanceResult> r =
        model.judgePairs(
            ex.stream().map(PairExample::claim).toList(),
            ex.stream().map(PairExample::evidence).toList());
    for (int i = 0; i < ex.size(); i++) {
      PairExample p = ex.get(i);
      StanceResult s = r.get(i);
      System.out.printf(
          Locale.ROOT,
          "%s\t%s\t%.2f/%.2f/%.2f\tC: %s\tE: %s%n",
          p.gold(),
          s.stance(),
          s.supports(),
          s.refutes(),
          1 - s.supports() - s.refutes(),
          p.claim(),
          p.evidence());
    }
  }
}
