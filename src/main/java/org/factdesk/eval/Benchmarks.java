package org.factdesk.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.InputException;
import org.factdesk.verify.Stance;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;
import org.factdesk.verify.StructuredChecks;
import org.factdesk.verify.Verdict;
import org.factdesk.verify.internal.Votes;

/** The verification benchmarks: each reads its data set, runs the stance model, scores it. */
public final class Benchmarks {
  /** The benchmark names {@code factdesk eval} accepts. */
  public static final List<String> NAMES =
      List.of(
          "fever-symmetric",
          "vitaminc",
          "check-covid",
          "check-covid-numeric",
          "check-covid-temporal",
          "healthver",
          "climate-fever",
          "averitec");

  /** Verdicts as Climate-FEVER (and our claim-level Check-COVID dev set) labels claims. */
  public static final Map<Verdict, String> CLIMATE_FEVER_LABELS =
      Map.of(
          Verdict.SUPPORTED, "SUPPORTS",
          Verdict.REFUTED, "REFUTES",
          Verdict.CONFLICTING, "DISPUTED",
          Verdict.UNVERIFIED, "NOT_ENOUGH_INFO");

  /** Verdicts as AVeriTeC labels claims. */
  public static final Map<Verdict, String> AVERITEC_LABELS =
      Map.of(
          Verdict.SUPPORTED, "Supported",
          Verdict.REFUTED, "Refuted",
          Verdict.CONFLICTING, "Conflicting Evidence/Cherrypicking",
          Verdict.UNVERIFIED, "Not Enough Evidence");

  private final StanceModel model;
  private final StanceAggregator aggregator;
  private final boolean structured;

  public Benchmarks(StanceModel model, StanceAggregator aggregator) {
    this(model, aggregator, true);
  }

  /**
   * @param structured whether the structured checks adjust the head's stances, as in {@code check}
   */
  public Benchmarks(StanceModel model, StanceAggregator aggregator, boolean structured) {
    this.model = model;
    this.aggregator = aggregator;
    this.structured = structured;
  }

  /**
   * Dev sets (for choosing settings; not in {@link #NAMES}): Check-COVID dev as pairs and as claims
   * with five sentences each, HealthVer dev as pairs and as claims (pairs grouped by claim).
   */
  public static final List<String> DEV_NAMES =
      List.of("check-covid-dev", "check-covid-dev-claims", "healthver-dev", "healthver-dev-claims");

  /** The data files of a benchmark under the shared data directory {@code data}. */
  public static List<Path> files(String name, Path data) {
    Path v = data.resolve("verification");
    Path cc = v.resolve("check-covid");
    return switch (name) {
      case "fever-symmetric" -> List.of(v.resolve("fever-symmetric/test.jsonl"));
      case "vitaminc" -> List.of(data.resolve("nli/vitaminc-sample/test.jsonl"));
      case "check-covid" ->
          List.of(
              cc.resolve("test/covidCheck_test_composed.json"),
              cc.resolve("test/covidCheck_test_extracted.json"));
      case "check-covid-numeric" ->
          List.of(
              cc.resolve("challenge/covidCheck_test_composed_noNEI_numeric.json"),
              cc.resolve("challenge/covidCheck_test_extracted_noNEI_numeric.json"));
      case "check-covid-temporal" ->
          List.of(
              cc.resolve("challenge/covidCheck_test_composed_noNEI_temporal.json"),
              cc.resolve("challenge/covidCheck_test_extracted_noNEI_temporal.json"));
      case "healthver" -> List.of(v.resolve("healthver/test.csv"));
      case "climate-fever" -> List.of(v.resolve("climate-fever/climate-fever.jsonl"));
      case "averitec" -> List.of(v.resolve("averitec/dev.json"));
      case "check-covid-dev", "check-covid-dev-claims" ->
          List.of(cc.resolve("dev/covidCheck_dev_composed+extracted.json"));
      case "healthver-dev", "healthver-dev-claims" -> List.of(v.resolve("healthver/dev.csv"));
      default ->
          throw new InputException(name, "unknown benchmark; known: " + String.join(", ", NAMES));
    };
  }

  /**
   * Runs benchmark {@code name} on {@code files} (from {@link #files}, or one file given by the
   * user), scoring at most {@code limit} examples (0 = all).
   */
  public BenchmarkResult run(String name, List<Path> files, Path data, int limit) {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new InputException(f.toString(), "data set file not found");
      }
    }
    String label = files.toString();
    return switch (name) {
      case "fever-symmetric", "check-covid-numeric", "check-covid-temporal" ->
          pairs(name, label, read(name, files, data), limit, true);
      case "vitaminc", "check-covid", "healthver", "check-covid-dev", "healthver-dev" ->
          pairs(name, label, read(name, files, data), limit, false);
      case "climate-fever" ->
          claims(name, label, DataSets.climateFever(files.get(0)), limit, CLIMATE_FEVER_LABELS);
      case "check-covid-dev-claims" ->
          claims(
              name,
              label,
              DataSets.checkCovidClaims(
                  files.get(0), data.resolve("verification/check-covid/corpus.json"), 5),
              limit,
              CLIMATE_FEVER_LABELS);
      case "averitec" ->
          claims(name, label, DataSets.averitec(files.get(0)), limit, AVERITEC_LABELS);
      case "healthver-dev-claims" ->
          claims(name, label, DataSets.healthVerClaims(files.get(0)), limit, CLIMATE_FEVER_LABELS);
      default ->
          throw new InputException(name, "unknown benchmark; known: " + String.join(", ", NAMES));
    };
  }

  private static List<PairExample> read(String name, List<Path> files, Path data) {
    List<PairExample> all = new ArrayList<>();
    for (Path f : files) {
      switch (name) {
        case "healthver", "healthver-dev" -> all.addAll(DataSets.healthVer(f));
        case "check-covid", "check-covid-numeric", "check-covid-temporal", "check-covid-dev" ->
            all.addAll(
                DataSets.checkCovid(f, data.resolve("verification/check-covid/corpus.json")));
        default -> all.addAll(DataSets.claimEvidenceJsonl(f));
      }
    }
    return all;
  }

  private BenchmarkResult pairs(
      String name, String file, List<PairExample> all, int limit, boolean twoWay) {
    List<PairExample> ex = limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
    List<Stance> gold = new ArrayList<>();
    List<Stance> pred = new ArrayList<>();
    double[] conf = new double[ex.size()];
    boolean[] right = new boolean[ex.size()];
    Map<String, Integer> confusion = new HashMap<>();
    List<Prediction> predictions = new ArrayList<>(ex.size());
    List<StanceResult> results =
        model.judgePairs(
            ex.stream().map(PairExample::claim).toList(),
            ex.stream().map(PairExample::evidence).toList());
    for (int i = 0; i < ex.size(); i++) {
      PairExample p = ex.get(i);
      StanceResult r = judged(p.claim(), p.evidence(), results.get(i));
      Stance s;
      double c;
      if (twoWay) {
        double sum = r.supports() + r.refutes();
        s = r.supports() >= r.refutes() ? Stance.SUPPORTS : Stance.REFUTES;
        c = Math.max(r.supports(), r.refutes()) / sum;
      } else {
        s = r.stance();
        c = r.confidence();
      }
      gold.add(p.gold());
      pred.add(s);
      conf[i] = c;
      right[i] = s == p.gold();
      confusion.merge(p.gold() + " -> " + s, 1, Integer::sum);
      predictions.add(new Prediction(p.where(), p.claim(), p.gold().name(), s.name(), c, r.note()));
    }
    List<Stance> labels =
        twoWay ? List.of(Stance.SUPPORTS, Stance.REFUTES) : List.of(Stance.values());
    Map<String, Double> m = new HashMap<>();
    m.put("accuracy", Metrics.accuracy(gold, pred));
    m.put("macro_f1", Metrics.macroF1(gold, pred, labels));
    m.put("ece", Metrics.ece(conf, right, 10));
    return new BenchmarkResult(name, file, ex.size(), m, confusion, predictions);
  }

  private BenchmarkResult claims(
      String name, String file, List<ClaimExample> all, int limit, Map<Verdict, String> labels) {
    List<ClaimExample> ex = limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
    return scoreClaims(name, file, ex, votes(ex), aggregator, labels);
  }

  /**
   * The votes of each claim, built from its passages exactly as {@code check} builds them ({@link
   * Votes#of}: structured checks, near-copies, figures for something else; the data sets give no
   * dates).
   */
  public List<List<StanceVote>> votes(List<ClaimExample> ex) {
    List<String> claimTexts = new ArrayList<>();
    List<String> passageTexts = new ArrayList<>();
    for (ClaimExample c : ex) {
      for (String e : c.evidence()) {
        claimTexts.add(c.claim());
        passageTexts.add(e);
      }
    }
    List<StanceResult> judged = model.judgePairs(claimTexts, passageTexts);
    List<List<StanceVote>> out = new ArrayList<>(ex.size());
    int at = 0;
    for (ClaimExample c : ex) {
      int n = c.evidence().size();
      List<StanceResult> head = judged.subList(at, at + n);
      if (!structured) {
        List<StanceVote> plain = new ArrayList<>();
        head.forEach(h -> plain.add(new StanceVote(h, 1.0)));
        out.add(plain);
      } else {
        out.add(Votes.of(c.claim(), c.evidence(), null, null, head).votes());
      }
      at += n;
    }
    return out;
  }

  /** Scores the verdicts {@code aggregator} gives the claims {@code ex} from their votes. */
  public static BenchmarkResult scoreClaims(
      String name,
      String file,
      List<ClaimExample> ex,
      List<List<StanceVote>> votes,
      StanceAggregator aggregator,
      Map<Verdict, String> labels) {
    List<String> gold = new ArrayList<>();
    List<String> pred = new ArrayList<>();
    double[] conf = new double[ex.size()];
    boolean[] right = new boolean[ex.size()];
    Map<String, Integer> confusion = new HashMap<>();
    List<Prediction> predictions = new ArrayList<>(ex.size());
    for (int i = 0; i < ex.size(); i++) {
      ClaimExample c = ex.get(i);
      StanceAggregator.Outcome o = aggregator.aggregate(votes.get(i));
      String p = labels.get(o.verdict());
      gold.add(c.gold());
      pred.add(p);
      conf[i] = o.confidence();
      right[i] = p.equals(c.gold());
      confusion.merge(c.gold() + " -> " + p, 1, Integer::sum);
      predictions.add(
          new Prediction(
              c.where(),
              c.claim(),
              c.gold(),
              p,
              o.confidence(),
              String.format(
                  Locale.ROOT,
                  "%s; support %.2f, refute %.2f; %d supporting, %d refuting",
                  o.basis(),
                  o.support(),
                  o.refute(),
                  o.supporting(),
                  o.refuting())));
    }
    Map<String, Double> m = new HashMap<>();
    m.put("accuracy", Metrics.accuracy(gold, pred));
    m.put("macro_f1", Metrics.macroF1(gold, pred, List.copyOf(labels.values())));
    m.put("ece", Metrics.ece(conf, right, 10));
    return new BenchmarkResult(name, file, ex.size(), m, confusion, predictions);
  }

  /**
   * The stance of a pair as {@code check} judges a passage: the head's stance adjusted by the
   * structured checks (quantities, titles, attribution; times need an article date, which the data
   * sets do not give).
   */
  private StanceResult judged(String claim, String evidence, StanceResult head) {
    if (!structured) {
      return head;
    }
    return StructuredChecks.adjust(head, StructuredChecks.run(claim, evidence, null));
  }

  /** A one-line summary of a result. */
  public static String summary(BenchmarkResult r) {
    StringBuilder sb = new StringBuilder(r.benchmark()).append(": n=").append(r.examples());
    r.metrics().forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s=%.4f", k, v)));
    return sb.toString();
  }
}
