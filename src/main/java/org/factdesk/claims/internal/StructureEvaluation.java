package org.factdesk.claims.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.claims.CheckWorthiness;
import org.factdesk.claims.ClaimStructure;
import org.factdesk.internal.Json;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Attribution;
import org.factdesk.nlp.Quantity;
import org.factdesk.nlp.TimeExpression;

/**
 * Precision and recall of the structure extractors (quantities, times, actors, attributions) and of
 * the check-worthiness decision on a hand-labelled JSONL file of news sentences. Matching: a
 * quantity by value, unit and approximation; a time by resolved value and overlapping text; an
 * actor by name and type; an attribution by verb and source (case and a leading "the" ignored).
 * Usage: {@code StructureEvaluation FILE.jsonl REFERENCE_DATE}.
 */
public final class StructureEvaluation {
  private StructureEvaluation() {}

  /** Counts for one structure. */
  public record Counts(int truePositives, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : truePositives / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Result per structure name: quantities, times, actors, actor_titles, attributions, checkworthy,
   * and, when the file labels them ({@code "negated"}, {@code "hedged"} per sentence), negated and
   * hedged.
   */
  public record Result(int sentences, Map<String, Counts> counts, List<String> misses) {}

  public static Result run(Path jsonl, LocalDate reference) throws IOException {
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    int[][] c = new int[8][3];
    String[] names = {
      "quantities",
      "times",
      "actors",
      "actor_titles",
      "attributions",
      "checkworthy",
      "negated",
      "hedged"
    };
    boolean modalityLabelled = false;
    List<String> misses = new ArrayList<>();
    int n = 0;
    for (int ln = 0; ln < lines.size(); ln++) {
      if (lines.get(ln).isBlank()) {
        continue;
      }
      JsonNode g = Json.mapper().readTree(lines.get(ln));
      String text = g.get("text").asText();
      ClaimStructure s = ClaimStructure.of(text, reference);
      n++;
      // quantities
      List<Quantity> pq = new ArrayList<>(s.quantities());
      for (JsonNode q : g.get("quantities")) {
        c[0][2]++;
        Quantity hit = null;
        for (Quantity p : pq) {
          boolean unit =
              q.get("unit").isNull() ? p.unit() == null : q.get("unit").asText().equals(p.unit());
          if (Math.abs(p.value() - q.get("value").asDouble())
                  < 1e-6 * Math.max(1, Math.abs(p.value()))
              && unit
              && p.approx().label().equals(q.get("approx").asText())) {
            hit = p;
            break;
          }
        }
        if (hit != null) {
          c[0][0]++;
          pq.remove(hit);
        } else {
          misses.add("quantity missed: " + q + " in: " + text);
        }
      }
      c[0][1] += s.quantities().size();
      for (Quantity p : pq) {
        misses.add(
            "quantity spurious: "
                + p.text()
                + "="
                + p.value()
                + " "
                + p.unit()
                + " "
                + p.approx().label()
                + " in: "
                + text);
      }
      // times
      List<TimeExpression> pt = new ArrayList<>(s.times());
      for (JsonNode t : g.get("times")) {
        c[1][2]++;
        TimeExpression hit = null;
        String gt = t.get("text").asText().toLowerCase(Locale.ROOT);
        for (TimeExpression p : pt) {
          String ptext = p.text().toLowerCase(Locale.ROOT);
          if ((ptext.contains(gt) || gt.contains(ptext))
              && t.get("resolved").asText().equals(p.resolved())) {
            hit = p;
            break;
          }
        }
        if (hit != null) {
          c[1][0]++;
          pt.remove(hit);
        } else {
          misses.add(
              "time missed: "
                  + t
                  + " in: "
                  + text
                  + " got "
                  + s.times().stream().map(x -> x.text() + "=" + x.resolved()).toList());
        }
      }
      c[1][1] += s.times().size();
      for (TimeExpression p : pt) {
        misses.add("time spurious: " + p.text() + "=" + p.resolved() + " in: " + text);
      }
      // actors
      List<Actor> pa = new ArrayList<>(s.actors());
      for (JsonNode a : g.get("actors")) {
        c[2][2]++;
        Actor hit = null;
        for (Actor p : pa) {
          if (p.name().equals(a.get("name").asText())
              && p.type().name().equals(a.get("type").asText())) {
            hit = p;
            break;
          }
        }
        if (a.has("title")) {
          c[3][2]++;
          if (hit != null && hit.title() != null) {
            c[3][1]++;
            if (hit.title().equals(a.get("title").asText())) {
              c[3][0]++;
            }
          }
        }
        if (hit != null) {
          c[2][0]++;
          pa.remove(hit);
        } else {
          misses.add(
              "actor missed: "
                  + a
                  + " in: "
                  + text
                  + " got "
                  + s.actors().stream().map(x -> x.name() + "/" + x.type()).toList());
        }
      }
      c[2][1] += s.actors().size();
      for (Actor p : pa) {
        misses.add("actor spurious: " + p.name() + "/" + p.type() + " in: " + text);
      }
      // attributions
      List<Attribution> pr = new ArrayList<>(s.attributions());
      for (JsonNode a : g.get("attributions")) {
        c[4][2]++;
        Attribution hit = null;
        for (Attribution p : pr) {
          if (norm(p.source()).equals(norm(a.get("source").asText()))
              && p.verb().equalsIgnoreCase(a.get("verb").asText())) {
            hit = p;
            break;
          }
        }
        if (hit != null) {
          c[4][0]++;
          pr.remove(hit);
        } else {
          misses.add(
              "attribution missed: "
                  + a
                  + " in: "
                  + text
                  + " got "
                  + s.attributions().stream().map(x -> x.source() + "/" + x.verb()).toList());
        }
      }
      c[4][1] += s.attributions().size();
      for (Attribution p : pr) {
        misses.add("attribution spurious: " + p.source() + "/" + p.verb() + " in: " + text);
      }
      // check-worthiness decision
      boolean gold = g.get("checkworthy").asBoolean();
      boolean pred = CheckWorthiness.shared().score(text, s).checkWorthy();
      c[5][2] += gold ? 1 : 0;
      c[5][1] += pred ? 1 : 0;
      c[5][0] += gold && pred ? 1 : 0;
      if (gold != pred) {
        misses.add("checkworthy " + (gold ? "missed" : "spurious") + ": " + text);
      }
      // negation and hedges, in files that label them (sentence level)
      if (g.has("negated") && g.has("hedged")) {
        modalityLabelled = true;
        flag(c[6], g.get("negated").asBoolean(), s.modality().negated(), "negated", text, misses);
        flag(c[7], g.get("hedged").asBoolean(), s.modality().hedged(), "hedged", text, misses);
      }
    }
    Map<String, Counts> counts = new LinkedHashMap<>();
    for (int i = 0; i < (modalityLabelled ? names.length : 6); i++) {
      counts.put(names[i], new Counts(c[i][0], c[i][1], c[i][2]));
    }
    return new Result(n, counts, misses);
  }

  private static void flag(
      int[] c, boolean gold, boolean pred, String name, String text, List<String> misses) {
    c[2] += gold ? 1 : 0;
    c[1] += pred ? 1 : 0;
    c[0] += gold && pred ? 1 : 0;
    if (gold != pred) {
      misses.add(name + " " + (gold ? "missed" : "spurious") + ": " + text);
    }
  }

  private static String norm(String s) {
    String l = s.toLowerCase(Locale.ROOT).strip();
    return l.startsWith("the ") ? l.substring(4) : l;
  }

  public static void main(String[] args) throws IOException {
    Result r = run(Path.of(args[0]), LocalDate.parse(args[1]));
    for (String m : r.misses()) {
      System.out.println(m);
    }
    r.counts()
        .forEach(
            (k, v) ->
                System.out.printf(
                    Locale.ROOT,
                    "%-13s P=%.3f R=%.3f F1=%.3f (tp=%d predicted=%d gold=%d)%n",
                    k,
                    v.precision(),
                    v.recall(),
                    v.f1(),
                    v.truePositives(),
                    v.predicted(),
                    v.gold()));
  }
}
