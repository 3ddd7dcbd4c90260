package org.factdesk.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.nlp.Embedder;
import org.factdesk.verify.JointEncoder;
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
      model = StanceModel.shipped(emb, cachedJoint());
      agg = StanceAggregator.standard();
    } else {
      StanceTrainer.Settings d = StanceTrainer.Settings.shipped();
      StanceTrainer.Settings st =
          new StanceTrainer.Settings(
              Integer.getInteger("lab.hidden", d.hidden()),
              Integer.getInteger("lab.epochs", d.epochs()),
              Double.parseDouble(System.getProperty("lab.lr", "" + d.learningRate())),
              Double.parseDouble(System.getProperty("lab.l2", "" + d.l2())),
              Long.getLong("lab.seed", d.seed()),
              Boolean.getBoolean("lab.augment"),
              Integer.getInteger("lab.neutrals", d.hardNeutrals()),
              Integer.getInteger("lab.neighbours", d.neighbourNeutrals()),
              Integer.getInteger("lab.ensemble", d.ensemble()));
      System.out.println(st);
      JointEncoder joint = Boolean.getBoolean("lab.joint") ? cachedJoint() : null;
      StanceTrainer.Trained t =
          StanceTrainer.train(
              StanceTrainer.trainingSet(data, st),
              StanceTrainer.calibrationSet(data),
              emb,
              joint,
              st);
      System.out.println(t.log());
      model = new StanceModel(t.mlp(), t.temperature(), emb);
      if (joint != null) {
        model =
            model.withJoint(
                new StanceModel.Joint(t.mlp(), t.temperature(), joint, Integer.MAX_VALUE));
      }
      agg = StanceAggregator.strongestPassage(t.supportThreshold(), t.refuteThreshold());
      if (Boolean.getBoolean("lab.agg")) {
        AggregatorTrainer.Trained at =
            AggregatorTrainer.train(
                new Benchmarks(model, StanceAggregator.standard()),
                data,
                AggregatorTrainer.Settings.shipped());
        System.out.println(at.log());
        agg = new StanceAggregator(at.model(), null);
      }
    }
    Benchmarks b = new Benchmarks(model, agg, !Boolean.getBoolean("lab.noChecks"));
    List<BenchmarkResult> rs = new ArrayList<>();
    if (Boolean.getBoolean("lab.grid")) {
      grid(b, data);
      return;
    }
    for (String n : names) {
      if (n.startsWith("checks:")) {
        for (String f : n.substring(7).split("@")) {
          List<PairExample> pe =
              f.contains("check-covid")
                  ? DataSets.checkCovid(
                      data.resolve(f), data.resolve("verification/check-covid/corpus.json"))
                  : f.endsWith(".csv")
                      ? DataSets.healthVer(data.resolve(f))
                      : DataSets.claimEvidenceJsonl(data.resolve(f));
          for (PairExample p : pe) {
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

  /** The shipped joint encoder with every pair's block cached in target/lab/joint.bin. */
  static JointEncoder cachedJoint() {
    JointEncoder real = JointEncoder.of(Embedder.shared());
    TextEmbedder keyed =
        keys -> {
          List<String> c = new ArrayList<>();
          List<String> p = new ArrayList<>();
          for (String k : keys) {
            int at = k.indexOf('\u0001');
            c.add(k.substring(0, at));
            p.add(k.substring(at + 1));
          }
          return real.encode(c, p);
        };
    DiskCachedEmbedder cache = new DiskCachedEmbedder(keyed, Path.of("target/lab/joint.bin"));
    return (claims, passages) -> {
      List<String> keys = new ArrayList<>(claims.size());
      for (int i = 0; i < claims.size(); i++) {
        keys.add(claims.get(i) + "\u0001" + passages.get(i));
      }
      float[][] out = new float[keys.size()][];
      for (int i = 0; i < keys.size(); i += 512) {
        List<String> part = keys.subList(i, Math.min(keys.size(), i + 512));
        float[][] v = cache.embed(part);
        System.arraycopy(v, 0, out, i, v.length);
      }
      String parts = System.getProperty("lab.jointParts", "mean,cls,align");
      for (int i = 0; i < out.length; i++) {
        float[] b = out[i];
        int dim = (b.length - org.factdesk.verify.internal.JointFeatures.ALIGN_NAMES.size()) / 2;
        float[] kept = new float[0];
        if (parts.contains("mean")) {
          kept = StanceModel.concat(kept, java.util.Arrays.copyOfRange(b, 0, dim));
        }
        if (parts.contains("cls")) {
          kept = StanceModel.concat(kept, java.util.Arrays.copyOfRange(b, dim, 2 * dim));
        }
        if (parts.contains("align")) {
          kept = StanceModel.concat(kept, java.util.Arrays.copyOfRange(b, 2 * dim, b.length));
        }
        out[i] = kept;
      }
      return out;
    };
  }

  /** Claim-level thresholds chosen on Check-COVID dev claims; then shown on the claim test sets. */
  private static void grid(Benchmarks b, Path data) {
    Path cc = data.resolve("verification/check-covid");
    List<ClaimExample> dev =
        DataSets.checkCovidClaims(
            cc.resolve("dev/covidCheck_dev_composed+extracted.json"), cc.resolve("corpus.json"), 5);
    List<ClaimExample> cf =
        DataSets.climateFever(data.resolve("verification/climate-fever/climate-fever.jsonl"));
    List<ClaimExample> av = DataSets.averitec(data.resolve("verification/averitec/dev.json"));
    var dv = b.votes(dev);
    var cv = b.votes(cf);
    var avv = b.votes(av);
    double best = -1;
    double[] bt = null;
    for (double ts = 0.30; ts <= 0.901; ts += 0.05) {
      for (double tr = 0.30; tr <= 0.901; tr += 0.05) {
        var agg = StanceAggregator.strongestPassage(ts, tr);
        var r = Benchmarks.scoreClaims("d", "", dev, dv, agg, Benchmarks.CLIMATE_FEVER_LABELS);
        double f = r.metrics().get("macro_f1");
        var c = Benchmarks.scoreClaims("c", "", cf, cv, agg, Benchmarks.CLIMATE_FEVER_LABELS);
        var a = Benchmarks.scoreClaims("a", "", av, avv, agg, Benchmarks.AVERITEC_LABELS);
        System.out.printf(
            Locale.ROOT,
            "ts=%.2f tr=%.2f dev acc=%.3f f1=%.3f | climate acc=%.3f f1=%.3f | averitec acc=%.3f f1=%.3f%n",
            ts,
            tr,
            r.metrics().get("accuracy"),
            f,
            c.metrics().get("accuracy"),
            c.metrics().get("macro_f1"),
            a.metrics().get("accuracy"),
            a.metrics().get("macro_f1"));
        if (f > best + 1e-9) {
          best = f;
          bt = new double[] {ts, tr};
        }
      }
    }
    System.out.printf(Locale.ROOT, "best on dev: ts=%.2f tr=%.2f f1=%.3f%n", bt[0], bt[1], best);
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
