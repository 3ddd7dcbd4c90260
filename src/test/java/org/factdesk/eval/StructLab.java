package org.factdesk.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.nlp.Embedder;
import org.factdesk.report.Finding;
import org.factdesk.verify.Stance;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StructuredChecks;

/**
 * Structured-check experiments (test scope, run by hand) on the dev data only: for each set, how
 * often the quantity and time checks fire, how often a finding goes the gold way (disagrees on
 * REFUTES, agrees on SUPPORTS), and the accuracy of the shipped head with and without the checks.
 *
 * <p>{@code java -cp ... org.factdesk.eval.StructLab [list [checks]]} ({@code list} prints every
 * finding; {@code checks}, comma-separated, which checks to count: quantity,time,date by default)
 */
public final class StructLab {
  private StructLab() {}

  public static void main(String[] args) {
    Path data = Path.of(System.getProperty("factdesk.shared", "../shared")).resolve("data");
    boolean list = args.length > 0 && args[0].equals("list");
    // which checks' findings to count and list (default: the quantity, time and date checks)
    java.util.Set<String> checks =
        java.util.Set.of((args.length > 1 ? args[1] : "quantity,time,date").split(","));
    Map<String, List<PairExample>> sets = new TreeMap<>();
    List<PairExample> vc = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      vc.addAll(
          DataSets.claimEvidenceJsonl(data.resolve("nli/vitaminc-sample/train_" + i + ".jsonl")));
    }
    sets.put("vitaminc-train", vc);
    Path cc = data.resolve("verification/check-covid");
    List<PairExample> ccd = new ArrayList<>();
    ccd.addAll(
        DataSets.checkCovid(
            cc.resolve("train/covidCheck_train_composed+extracted.json"),
            cc.resolve("corpus.json")));
    sets.put("check-covid-train", ccd);
    sets.put(
        "check-covid-dev",
        DataSets.checkCovid(
            cc.resolve("dev/covidCheck_dev_composed+extracted.json"), cc.resolve("corpus.json")));
    sets.put(
        "fever-symmetric-dev",
        DataSets.claimEvidenceJsonl(data.resolve("verification/fever-symmetric/dev.jsonl")));
    StanceModel model =
        list
            ? null
            : StanceModel.shipped(
                new DiskCachedEmbedder(Embedder.shared()::embed, Path.of("target/lab/emb.bin")));
    for (var e : sets.entrySet()) {
      List<PairExample> ex = e.getValue();
      List<StanceResult> head =
          model == null
              ? null
              : model.judgePairs(
                  ex.stream().map(PairExample::claim).toList(),
                  ex.stream().map(PairExample::evidence).toList());
      int fired = 0;
      int gold = 0;
      int rightHead = 0;
      int rightChecked = 0;
      for (int i = 0; i < ex.size(); i++) {
        PairExample p = ex.get(i);
        List<Finding> fs = StructuredChecks.run(p.claim(), p.evidence(), null);
        List<Finding> qt = fs.stream().filter(f -> checks.contains(f.check())).toList();
        if (!qt.isEmpty()) {
          fired++;
          boolean dis = qt.stream().anyMatch(f -> f.outcome().equals("disagrees"));
          Stance expect = dis ? Stance.REFUTES : Stance.SUPPORTS;
          boolean ok = expect == p.gold();
          gold += ok ? 1 : 0;
          if (list) {
            System.out.println(
                e.getKey()
                    + "\t"
                    + (ok ? "ok" : "XX")
                    + "\t"
                    + p.gold()
                    + "\t"
                    + qt.get(0).outcome()
                    + "\t"
                    + qt.get(0).detail()
                    + "\tC: "
                    + p.claim()
                    + "\tE: "
                    + p.evidence());
          }
        }
        if (head != null) {
          rightHead += head.get(i).stance() == p.gold() ? 1 : 0;
          rightChecked += StructuredChecks.adjust(head.get(i), fs).stance() == p.gold() ? 1 : 0;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s n=%d quantity/time findings=%d gold-way=%d head=%.4f head+checks=%.4f%n",
          e.getKey(),
          ex.size(),
          fired,
          gold,
          rightHead / (double) ex.size(),
          rightChecked / (double) ex.size());
    }
  }
}
