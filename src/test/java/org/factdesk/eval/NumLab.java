package org.factdesk.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.nlp.Embedder;
import org.factdesk.report.Finding;
import org.factdesk.verify.Stance;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StructuredChecks;
import org.factdesk.verify.internal.QuantityParser;

/**
 * Numbers and dates on the dev data only (test scope, run by hand): picks the pairs whose claim has
 * a figure or a date (as the Check-COVID numeric and temporal challenge subsets do) from VitaminC
 * train and Check-COVID train and dev, and prints the shipped head's stance, the stance after the
 * structured checks, the findings and the figures each side was read as. Summary lines give the
 * accuracy on those pairs (3-way, and 2-way on the pairs that are not NOT_ENOUGH_INFO, as the
 * challenge subsets score). The head was trained on VitaminC train and Check-COVID train, so only
 * Check-COVID dev shows what head + checks do on unseen pairs.
 *
 * <p>{@code java -cp ... org.factdesk.eval.NumLab [list]}
 */
public final class NumLab {
  private NumLab() {}

  static final Pattern NUMERIC =
      Pattern.compile(
          "(?i)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
              + "|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third|quarter"
              + "|double[sd]?|doubling|twice|triple[sd]?|fold|percent|per cent)\\b");
  static final Pattern TEMPORAL =
      Pattern.compile(
          "(?i)\\b(?:january|february|march|april|may|june|july|august|september|october"
              + "|november|december|(?:1[89]|20)\\d\\d|week|weeks|month|months|year|years|day"
              + "|days|spring|summer|autumn|winter|early|late|wave)\\b");

  public static void main(String[] args) {
    Path data = Path.of(System.getProperty("factdesk.shared", "../shared")).resolve("data");
    boolean list = args.length > 0 && args[0].equals("list");
    Map<String, List<PairExample>> sets = new LinkedHashMap<>();
    Path cc = data.resolve("verification/check-covid");
    sets.put(
        "check-covid-dev",
        DataSets.checkCovid(
            cc.resolve("dev/covidCheck_dev_composed+extracted.json"), cc.resolve("corpus.json")));
    List<PairExample> vc = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      vc.addAll(
          DataSets.claimEvidenceJsonl(data.resolve("nli/vitaminc-sample/train_" + i + ".jsonl")));
    }
    sets.put("vitaminc-train", vc);
    sets.put(
        "check-covid-train",
        DataSets.checkCovid(
            cc.resolve("train/covidCheck_train_composed+extracted.json"),
            cc.resolve("corpus.json")));
    StanceModel model =
        StanceModel.shipped(
            new DiskCachedEmbedder(Embedder.shared()::embed, Path.of("target/lab/emb.bin")),
            StanceLab.cachedJoint());
    for (var e : sets.entrySet()) {
      List<PairExample> ex = e.getValue();
      List<StanceResult> head =
          model.judgePairs(
              ex.stream().map(PairExample::claim).toList(),
              ex.stream().map(PairExample::evidence).toList());
      for (String kind : List.of("numeric", "temporal")) {
        Pattern p = kind.equals("numeric") ? NUMERIC : TEMPORAL;
        int n = 0;
        int n2 = 0;
        int right3 = 0;
        int right2 = 0;
        int head2 = 0;
        int fired = 0;
        int goldWay = 0;
        for (int i = 0; i < ex.size(); i++) {
          PairExample x = ex.get(i);
          if (!p.matcher(x.claim()).find()) {
            continue;
          }
          n++;
          List<Finding> fs = StructuredChecks.run(x.claim(), x.evidence(), null);
          StanceResult adj = StructuredChecks.adjust(head.get(i), fs);
          right3 += adj.stance() == x.gold() ? 1 : 0;
          Stance two = adj.supports() >= adj.refutes() ? Stance.SUPPORTS : Stance.REFUTES;
          Stance headTwo =
              head.get(i).supports() >= head.get(i).refutes() ? Stance.SUPPORTS : Stance.REFUTES;
          if (x.gold() != Stance.NEUTRAL) {
            n2++;
            right2 += two == x.gold() ? 1 : 0;
            head2 += headTwo == x.gold() ? 1 : 0;
          }
          List<Finding> qt =
              fs.stream()
                  .filter(f -> !f.check().equals("role") && !f.check().equals("attribution"))
                  .toList();
          if (!qt.isEmpty()) {
            fired++;
            boolean dis = qt.stream().anyMatch(f -> f.outcome().equals("disagrees"));
            goldWay += (dis ? Stance.REFUTES : Stance.SUPPORTS) == x.gold() ? 1 : 0;
          }
          if (list && kind.equals("numeric") == NUMERIC.matcher(x.claim()).find()) {
            boolean wrong2 = x.gold() != Stance.NEUTRAL && two != x.gold();
            System.out.println(
                String.join(
                    "\t",
                    e.getKey(),
                    kind,
                    adj.stance() == x.gold() ? "ok" : (wrong2 ? "XX2" : "XX"),
                    "gold=" + x.gold(),
                    "head="
                        + head.get(i).stance()
                        + String.format(Locale.ROOT, "%.2f", head.get(i).confidence()),
                    "adj=" + adj.stance(),
                    fs.stream()
                        .map(f -> f.check() + ":" + f.outcome() + ":" + f.detail())
                        .collect(Collectors.joining(" | ")),
                    "CQ=" + figures(x.claim()),
                    "EQ=" + figures(x.evidence()),
                    "C: " + x.claim(),
                    "E: " + x.evidence()));
          }
        }
        System.out.printf(
            Locale.ROOT,
            "SUMMARY %s %s n=%d 3-way=%.4f | 2-way n=%d head=%.4f head+checks=%.4f | findings=%d"
                + " gold-way=%d%n",
            e.getKey(),
            kind,
            n,
            right3 / (double) Math.max(1, n),
            n2,
            head2 / (double) Math.max(1, n2),
            right2 / (double) Math.max(1, n2),
            fired,
            goldWay);
      }
    }
  }

  private static String figures(String text) {
    return QuantityParser.parse(text).stream()
        .map(q -> q.text() + "{" + q.value() + "," + q.thing() + "," + q.approx() + "}")
        .collect(Collectors.joining("; "));
  }
}
