package org.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.factdesk.internal.NamedThreads;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.TimeExpression;
import org.junit.jupiter.api.Test;

class ClaimStructureTest {
  static final LocalDate REF = LocalDate.of(2026, 2, 6);

  @Test
  void structureOfAnEvidencePassage() {
    String passage =
        "Kyiv, 5 February 2026 - Ukraine's military said on Thursday that Russia launched 183"
            + " drones overnight. The UN mission has recorded nearly 15,000 civilian deaths since"
            + " February 2022.";
    ClaimStructure s = ClaimStructure.of(passage, REF);
    assertThat(s.quantities()).extracting(q -> q.value()).contains(183.0, 15000.0);
    assertThat(s.times())
        .extracting(TimeExpression::resolved)
        .contains("2026-02-05", "2022-02-01/2026-02-06");
    assertThat(s.actors()).extracting(Actor::name).contains("Kyiv", "Russia");
    assertThat(s.attributions()).isNotEmpty();
  }

  @Test
  void timesAreNotCountedAsQuantities() {
    ClaimStructure s =
        ClaimStructure.of("For the first time in more than four years, in 2014.", REF);
    assertThat(s.quantities()).extracting(q -> q.text()).containsExactly("first");
    assertThat(s.times()).hasSize(2);
  }

  @Test
  void sharedModelsGiveTheSameAnswersOnManyThreads() throws Exception {
    List<String> texts =
        List.of(
            "Russia’s Defense Ministry said 157 Russian servicemen were returned on Thursday.",
            "Ukrainian Economic Minister Mykhailo Fedorov announced that 40% of terminals failed.",
            "According to the Ukrainian air force, Russia fired 183 drones and two missiles.",
            "Nearly 15,000 civilians have been killed since the war began.");
    List<String> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(ClaimStructure.of(t, REF).toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4, new NamedThreads("claims-test"));
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String t = texts.get(i % texts.size());
        results.add(pool.submit(() -> ClaimStructure.of(t, REF).toString()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get(60, TimeUnit.SECONDS))
            .isEqualTo(expected.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
