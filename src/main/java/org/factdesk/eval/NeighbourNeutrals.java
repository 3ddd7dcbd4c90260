package org.factdesk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factdesk.verify.Stance;
import org.factdesk.verify.internal.TextSignals;

/**
 * "On topic but not evidence" NEUTRAL pairs from Check-COVID: each claim paired with sentences of
 * other abstracts that are about the same things (the abstracts sharing the claim's rarest content
 * words), as a search would return them. A sentence must share at least one content word with the
 * claim and cover less than 30 % of the claim's content words, so that it is related but unlikely
 * to decide the claim. Not used by the shipped heads ({@code
 * StanceTrainer.Settings.neighbourNeutrals} 0): it lowered Check-COVID dev (docs/verify.md, session
 * 4).
 */
final class NeighbourNeutrals {
  /** How many of the closest other abstracts a claim's sentences are drawn from. */
  static final int ABSTRACTS = 3;

  /** A sentence covering this share of the claim's content words or more is not taken. */
  static final double MAX_COVER = 0.3;

  private NeighbourNeutrals() {}

  /**
   * Up to {@code perClaim} NEUTRAL pairs per claim of {@code file} (Check-COVID JSONL), sentences
   * chosen with {@code seed} from the {@link #ABSTRACTS} other abstracts of {@code corpus} whose
   * shared content words with the claim weigh most (each word weighs log(abstracts / abstracts
   * containing it), so "COVID-19" counts for little and "hydroxychloroquine" for much).
   */
  static List<PairExample> of(Path file, Path corpus, int perClaim, long seed) {
    if (perClaim < 1) {
      throw new IllegalArgumentException("perClaim must be >= 1, got " + perClaim);
    }
    Map<String, List<String>> abstracts = DataSets.abstracts(corpus);
    List<String> ids = new ArrayList<>(abstracts.keySet());
    Collections.sort(ids);
    Map<String, Set<String>> words = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    for (String id : ids) {
      Set<String> w = TextSignals.of(String.join(" ", abstracts.get(id))).content();
      words.put(id, w);
      w.forEach(x -> df.merge(x, 1, Integer::sum));
    }
    Random random = new Random(seed);
    List<PairExample> out = new ArrayList<>();
    DataSets.forEachJsonLine(
        file,
        (JsonNode n, String where) -> {
          String claim = n.path("claim").asText().strip();
          String own = n.path("cord_id").asText();
          Set<String> c = TextSignals.of(claim).content();
          if (c.isEmpty()) {
            return;
          }
          List<String> near = new ArrayList<>(ids);
          near.remove(own);
          Map<String, Double> shared = new HashMap<>();
          for (String id : near) {
            double score = 0;
            for (String w : c) {
              if (words.get(id).contains(w)) {
                score += Math.log(ids.size() / (double) df.get(w));
              }
            }
            shared.put(id, score);
          }
          near.sort(Comparator.comparing((String id) -> -shared.get(id)).thenComparing(id -> id));
          List<String> candidates = new ArrayList<>();
          for (String id : near.subList(0, Math.min(ABSTRACTS, near.size()))) {
            for (String s : abstracts.get(id)) {
              int k = overlap(c, TextSignals.of(s).content());
              if (s.length() >= 40 && k >= 1 && k < MAX_COVER * c.size()) {
                candidates.add(s);
              }
            }
          }
          Collections.shuffle(candidates, random);
          for (int k = 0; k < Math.min(perClaim, candidates.size()); k++) {
            out.add(
                new PairExample(claim, candidates.get(k), Stance.NEUTRAL, where + " neighbour"));
          }
        });
    return out;
  }

  private static int overlap(Set<String> claim, Set<String> text) {
    int n = 0;
    for (String w : claim) {
      if (text.contains(w)) {
        n++;
      }
    }
    return n;
  }
}
