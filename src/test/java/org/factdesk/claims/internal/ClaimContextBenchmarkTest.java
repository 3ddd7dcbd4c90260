package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.claims.ClaimSetting;
import org.factdesk.claims.ClaimStructure;
import org.factdesk.internal.Json;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Cost of the session-2 context work (compound splitting, reference resolution, time and place
 * settings) on structures already extracted, against the cost of extracting them, on the labelled
 * sentences read as one article (three sentences a paragraph). Writes {@code
 * target/bench/claims-context.json}; asserts nothing about time.
 */
class ClaimContextBenchmarkTest {
  @Test
  void measureContextCostPerSentence() throws Exception {
    Path file =
        Path.of(getClass().getResource("/org/factdesk/claims/labelled-sentences.jsonl").toURI());
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(Json.mapper().readTree(line).get("text").asText());
      }
    }
    LocalDate ref = LocalDate.of(2026, 2, 6);
    List<ClaimStructure> structures = new ArrayList<>();
    for (String t : texts) {
      structures.add(ClaimStructure.of(t, ref)); // warm-up, and the structures reused below
    }
    long s0 = System.nanoTime();
    for (String t : texts) {
      ClaimStructure.of(t, ref);
    }
    double structureMs = (System.nanoTime() - s0) / 1e6 / texts.size();
    int rounds = 50;
    int parts = 0;
    context(texts, structures, ref); // warm-up
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      parts += context(texts, structures, ref);
    }
    double contextMs = (System.nanoTime() - t0) / 1e6 / (rounds * texts.size());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("benchmark", "claims-context");
    out.put("sentences", texts.size());
    out.put("rounds", rounds);
    out.put("parts_per_round", parts / rounds);
    out.put("context_ms_per_sentence", contextMs);
    out.put("structure_ms_per_sentence", structureMs);
    out.put("threads", 1);
    out.put(
        "load_average",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("claims-context.json"), Json.pretty(out), StandardCharsets.UTF_8);
    System.out.println(Json.pretty(out));
    assertThat(parts).isGreaterThanOrEqualTo(rounds * texts.size());
  }

  /** What ClaimFinder does after scoring, for every sentence; returns the number of parts. */
  private static int context(List<String> texts, List<ClaimStructure> structures, LocalDate ref) {
    ArticleContext ctx = new ArticleContext();
    ClaimSettings settings = new ClaimSettings();
    int parts = 0;
    for (int i = 0; i < texts.size(); i++) {
      String s = texts.get(i);
      ClaimStructure st = structures.get(i);
      settings.enterParagraph(i / 3);
      List<Actor> actors = ctx.resolvePersons(st.actors());
      List<TimeExpression> times = ctx.resolveThat(st.times());
      List<CompoundSplitter.Part> ps = CompoundSplitter.split(s, st.quantities(), st.tokens());
      for (CompoundSplitter.Part p : ps) {
        String text = ctx.standAlone(p.text(), actors, s);
        ClaimSetting setting =
            settings.setting(s, p, ps.size() > 1, times, actors, Dateline.NONE, ref, true);
        if (!ClaimSettings.withSetting(text, setting, p.text()).isBlank()) {
          parts++;
        }
      }
      ctx.remember(s, actors, times, st);
      settings.remember(s, actors, times);
    }
    return parts;
  }
}
