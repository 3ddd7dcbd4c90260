package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.DevSentences;
import org.factdesk.internal.Prefilter;
import org.factdesk.internal.TextMemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checks' prefilters ({@link Prefilter}) skip a pattern only where it finds nothing: the same
 * roles with them as without, and a counter-figure's words wherever {@link DisputeCheck#COUNTER}
 * matches, on every sentence of the development articles and feeds (not the held-out sets) and on
 * cases made for them.
 */
class CheckPrefilterTest {
  @AfterEach
  void on() {
    Prefilter.enable(true);
    TextMemo.clearAll();
  }

  @Test
  void aCounterFigureNeedsOneOfItsWords() throws Exception {
    List<String> texts = DevSentences.all();
    texts.addAll(
        List.of(
            "31 animals died, not 9.",
            "Some 31 died rather than 9.",
            "They put the number at 800 INSTEAD.",
            "Far fewer than the council claimed.",
            "The union Disputed the company's estimate, saying about 40,000.",
            "She denied the figures, adding that 12 were hurt.",
            "He challenged the count and said 50."));
    int matched = 0;
    for (String t : texts) {
      if (DisputeCheck.COUNTER.matcher(t).find()) {
        matched++;
        assertThat(DisputeCheck.mayCounter(t)).as(t).isTrue();
      }
    }
    assertThat(matched).isGreaterThanOrEqualTo(7);
    assertThat(DisputeCheck.mayCounter("31 animals died on Monday.")).isFalse();
  }

  @Test
  void rolesAreTheSameWithAndWithoutThePrefilter() throws Exception {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Transport Minister Ana Petrova spoke.",
                "Ana Petrova, the defence minister, spoke.",
                "The Chancellor, Olaf Brenner, met Mayor Lise Dahl and Governor Tom Hart.",
                "Nordlys Air's chief executive, Maria Voss, and CEO Per Lund.",
                "The spokeswoman Kari Berg, Chairman Ole Dahl and Police Commissioner Jan Moe.",
                "Finance Director Eva Holm, Chief Operating Officer Lars Berg, Manager Ivo Lind.",
                "Secretary of State Anne Wood met President Ola Nord and Executive Kim Lee.",
                "No one with a title is named here, said Ola Nord."));
    texts.addAll(DevSentences.all());
    List<Object> with = new ArrayList<>();
    List<Object> without = new ArrayList<>();
    for (boolean on : new boolean[] {true, false}) {
      Prefilter.enable(on);
      TextMemo.clearAll();
      for (String t : texts) {
        (on ? with : without).add(RoleCheck.roles(t));
      }
    }
    assertThat(with).isEqualTo(without);
    for (int i = 0; i < 7; i++) {
      assertThat(with.get(i)).as(texts.get(i)).asString().isNotEqualTo("{}");
    }
  }
}
