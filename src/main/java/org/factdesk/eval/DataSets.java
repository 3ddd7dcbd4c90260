package org.factdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.InputException;
import org.factdesk.internal.Json;
import org.factdesk.verify.Stance;

/** Readers for the verification and NLI data sets under {@code ../shared/data}. */
public final class DataSets {
  private DataSets() {}

  /** SNLI JSONL: sentence1 is the premise (evidence), sentence2 the hypothesis (claim). */
  public static List<PairExample> snli(Path file) {
    List<PairExample> out = new ArrayList<>();
    forEachJsonLine(
        file,
        (n, where) -> {
          Stance s =
              switch (n.path("gold_label").asText()) {
                case "entailment" -> Stance.SUPPORTS;
                case "contradiction" -> Stance.REFUTES;
                case "neutral" -> Stance.NEUTRAL;
                default -> null;
              };
          if (s != null) {
            out.add(
                new PairExample(
                    n.path("sentence2").asText(), n.path("sentence1").asText(), s, where));
          }
        });
    return out;
  }

  /** FEVER-Symmetric JSONL (claim, evidence, label) and VitaminC JSONL (the same keys). */
  public static List<PairExample> claimEvidenceJsonl(Path file) {
    List<PairExample> out = new ArrayList<>();
    forEachJsonLine(
        file,
        (n, where) -> {
          String label = n.has("gold_label") ? n.path("gold_label").asText() : "";
          if (label.isEmpty()) {
            label = n.path("label").asText();
          }
          String evidence =
              n.has("evidence") ? n.path("evidence").asText() : n.path("sentence1").asText();
          out.add(new PairExample(n.path("claim").asText(), evidence, stance(label, where), where));
        });
    return out;
  }

  /** Check-COVID's corpus.json: abstract sentences by cord_id. */
  static Map<String, List<String>> abstracts(Path corpus) {
    Map<String, List<String>> abstracts = new HashMap<>();
    forEachJsonLine(
        corpus,
        (n, where) -> {
          List<String> sents = new ArrayList<>();
          n.path("abstract").forEach(s -> sents.add(s.asText()));
          abstracts.put(n.path("cord_id").asText(), sents);
        });
    return abstracts;
  }

  /** The abstract a Check-COVID row points to; bad input when the corpus lacks it. */
  private static List<String> abstractOf(
      Map<String, List<String>> abstracts, JsonNode row, String where) {
    List<String> sents = abstracts.get(row.path("cord_id").asText());
    if (sents == null) {
      throw new InputException(where, "cord_id " + row.path("cord_id") + " not in corpus");
    }
    return sents;
  }

  /** Check-COVID split file (JSONL) with evidence sentences looked up in corpus.json. */
  public static List<PairExample> checkCovid(Path file, Path corpus) {
    Map<String, List<String>> abstracts = abstracts(corpus);
    List<PairExample> out = new ArrayList<>();
    forEachJsonLine(
        file,
        (n, where) -> {
          List<String> sents = abstractOf(abstracts, n, where);
          StringBuilder ev = new StringBuilder();
          for (JsonNode e : n.path("evidence_set")) {
            int i = e.path("sent_index").asInt(-1);
            if (i >= 0 && i < sents.size()) {
              ev.append(ev.length() == 0 ? "" : " ").append(sents.get(i));
            }
          }
          out.add(
              new PairExample(
                  n.path("claim").asText().strip(),
                  ev.toString(),
                  stance(n.path("label").asText(), where),
                  where));
        });
    return out;
  }

  /**
   * Check-COVID as a claim-level set shaped like Climate-FEVER: each claim with its evidence
   * sentences one by one, filled up to {@code size} with the other sentences of the same abstract
   * (in order; they rarely decide the claim). Gold: SUPPORTS, REFUTES or NOT_ENOUGH_INFO.
   */
  public static List<ClaimExample> checkCovidClaims(Path file, Path corpus, int size) {
    Map<String, List<String>> abstracts = abstracts(corpus);
    List<ClaimExample> out = new ArrayList<>();
    forEachJsonLine(
        file,
        (n, where) -> {
          List<String> sents = abstractOf(abstracts, n, where);
          java.util.LinkedHashSet<Integer> picked = new java.util.LinkedHashSet<>();
          for (JsonNode e : n.path("evidence_set")) {
            int i = e.path("sent_index").asInt(-1);
            if (i >= 0 && i < sents.size()) {
              picked.add(i);
            }
          }
          for (int i = 0; i < sents.size() && picked.size() < size; i++) {
            picked.add(i);
          }
          List<String> ev = new ArrayList<>();
          for (int i : picked) {
            ev.add(sents.get(i));
          }
          String gold =
              switch (stance(n.path("label").asText(), where)) {
                case SUPPORTS -> "SUPPORTS";
                case REFUTES -> "REFUTES";
                case NEUTRAL -> "NOT_ENOUGH_INFO";
              };
          out.add(new ClaimExample(n.path("claim").asText().strip(), ev, gold, where));
        });
    return out;
  }

  /**
   * NEUTRAL pairs from Check-COVID: for each claim, up to {@code perClaim} sentences of its
   * abstract that are not in its evidence set (chosen with {@code seed}), each labelled NEUTRAL.
   */
  public static List<PairExample> checkCovidNeutrals(
      Path file, Path corpus, int perClaim, long seed) {
    Map<String, List<String>> abstracts = abstracts(corpus);
    java.util.Random random = new java.util.Random(seed);
    List<PairExample> out = new ArrayList<>();
    forEachJsonLine(
        file,
        (n, where) -> {
          List<String> sents = abstractOf(abstracts, n, where);
          java.util.Set<Integer> evidence = new java.util.HashSet<>();
          for (JsonNode e : n.path("evidence_set")) {
            evidence.add(e.path("sent_index").asInt(-1));
          }
          List<Integer> others = new ArrayList<>();
          for (int i = 0; i < sents.size(); i++) {
            if (!evidence.contains(i) && sents.get(i).length() >= 40) {
              others.add(i);
            }
          }
          java.util.Collections.shuffle(others, random);
          for (int k = 0; k < Math.min(perClaim, others.size()); k++) {
            out.add(
                new PairExample(
                    n.path("claim").asText().strip(),
                    sents.get(others.get(k)),
                    Stance.NEUTRAL,
                    where + " sentence " + others.get(k)));
          }
        });
    return out;
  }

  /** HealthVer CSV: id, evidence, claim, label, ... (quoted fields may hold commas/newlines). */
  public static List<PairExample> healthVer(Path file) {
    List<List<String>> rows = Csv.read(file);
    if (rows.isEmpty()) {
      throw new InputException(file.toString(), "empty CSV");
    }
    List<String> head = rows.get(0);
    int ev = head.indexOf("evidence");
    int cl = head.indexOf("claim");
    int lb = head.indexOf("label");
    if (ev < 0 || cl < 0 || lb < 0) {
      throw new InputException(file.toString(), "no evidence/claim/label columns in " + head);
    }
    List<PairExample> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      String where = file + ":row " + i;
      if (r.size() <= Math.max(ev, Math.max(cl, lb))) {
        throw new InputException(where, "expected " + head.size() + " fields, got " + r.size());
      }
      out.add(new PairExample(r.get(cl), r.get(ev), stance(r.get(lb), where), where));
    }
    return out;
  }

  /**
   * HealthVer as a claim-level set: the pairs grouped by claim (in file order), each claim with all
   * its evidence passages. Gold: DISPUTED when some passage supports and another refutes it, else
   * SUPPORTS, REFUTES or NOT_ENOUGH_INFO.
   */
  public static List<ClaimExample> healthVerClaims(Path file) {
    Map<String, List<PairExample>> by = new java.util.LinkedHashMap<>();
    for (PairExample p : healthVer(file)) {
      by.computeIfAbsent(p.claim(), k -> new ArrayList<>()).add(p);
    }
    List<ClaimExample> out = new ArrayList<>();
    for (List<PairExample> ps : by.values()) {
      boolean s = ps.stream().anyMatch(p -> p.gold() == Stance.SUPPORTS);
      boolean r = ps.stream().anyMatch(p -> p.gold() == Stance.REFUTES);
      String gold = s && r ? "DISPUTED" : s ? "SUPPORTS" : r ? "REFUTES" : "NOT_ENOUGH_INFO";
      out.add(
          new ClaimExample(
              ps.get(0).claim(),
              ps.stream().map(PairExample::evidence).toList(),
              gold,
              ps.get(0).where()));
    }
    return out;
  }

  /** Climate-FEVER JSONL: claim, claim_label, five evidence sentences. */
  public static List<ClaimExample> climateFever(Path file) {
    List<ClaimExample> out = new ArrayList<>();
    forEachJsonLine(
        file,
        (n, where) -> {
          List<String> ev = new ArrayList<>();
          n.path("evidences").forEach(e -> ev.add(e.path("evidence").asText()));
          out.add(
              new ClaimExample(
                  n.path("claim").asText(), ev, n.path("claim_label").asText(), where));
        });
    return out;
  }

  /** AVeriTeC JSON array: each gold question and answer becomes one passage "Q A". */
  public static List<ClaimExample> averitec(Path file) {
    JsonNode root = readJson(file);
    List<ClaimExample> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : root) {
      String where = file + ":[" + i++ + "]";
      List<String> ev = new ArrayList<>();
      for (JsonNode q : n.path("questions")) {
        for (JsonNode a : q.path("answers")) {
          String answer = a.path("answer").asText("");
          if (a.hasNonNull("boolean_explanation")) {
            answer = answer + ". " + a.path("boolean_explanation").asText();
          }
          ev.add(q.path("question").asText("") + " " + answer);
        }
      }
      out.add(new ClaimExample(n.path("claim").asText(), ev, n.path("label").asText(), where));
    }
    return out;
  }

  static Stance stance(String label, String where) {
    return switch (label.strip().toUpperCase(Locale.ROOT).replace(' ', '_')) {
      case "SUPPORTS", "SUPPORT", "SUPPORTED", "ENTAILMENT" -> Stance.SUPPORTS;
      case "REFUTES", "REFUTE", "REFUTED", "CONTRADICTION" -> Stance.REFUTES;
      case "NOT_ENOUGH_INFO", "NOTENOUGHINFO", "NEI", "NEUTRAL" -> Stance.NEUTRAL;
      default -> throw new InputException(where, "unknown label '" + label + "'");
    };
  }

  interface JsonLine {
    void accept(JsonNode node, String where);
  }

  static void forEachJsonLine(Path file, JsonLine consumer) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + no;
        JsonNode n;
        try {
          n = Json.mapper().readTree(line);
        } catch (IOException e) {
          throw new InputException(where, "not JSON: " + e.getMessage(), e);
        }
        consumer.accept(n, where);
      }
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  static JsonNode readJson(Path file) {
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read JSON: " + e.getMessage(), e);
    }
  }
}
