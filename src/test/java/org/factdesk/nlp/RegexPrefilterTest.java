package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.DevSentences;
import org.factdesk.internal.Prefilter;
import org.factdesk.internal.TextMemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The prefilters of the figure and time patterns ({@link Prefilter}) skip a pattern only where it
 * finds nothing: the same figures and times with them as without, on every sentence of the
 * development articles and feeds (not the held-out sets) and on cases made to sit at their edges.
 */
class RegexPrefilterTest {
  static final List<String> EDGES =
      List.of(
          "Nearly one in five residents left; FIVE IN TEN stayed.",
          "Some 3 out of 4 voters agreed, and 12\tin 100 did not.",
          "Sales fell by a third, then by half; HALF the staff left.",
          "The film scored 8.9/10 and 71/100.",
          "It rose two-thirds of the way and a quarter more.",
          "five\u2003in ten and fivein ten",
          "The talks began on 12 March 2024 and ended in mid-May.",
          "On Sept. 3 and Jan. 5, 2023 the board met; in May it did not.",
          "It happened last Tuesday and again on Friday's session.",
          "Over the past three YEARS and for six months, a 10-day trial.",
          "Profits rose in Q3 2025 and in the third quarter of 2024; q4 2023 too.",
          "The quarter-final was the last quarter century's best.",
          "No dates, figures or units here at all.",
          "Week after week, a decade-long wait ended days ago.");

  /** The sentences of the development articles and feeds, and {@link #EDGES}. */
  static List<String> texts() throws Exception {
    List<String> out = new ArrayList<>(EDGES);
    out.addAll(DevSentences.all());
    return out;
  }

  @AfterEach
  void on() {
    Prefilter.enable(true);
    TextMemo.clearAll();
  }

  @Test
  void fractionsAndTimesAreTheSameWithAndWithoutThePrefilters() throws Exception {
    List<String> texts = texts();
    assertThat(texts).hasSizeGreaterThan(1_000);
    LocalDate ref = LocalDate.of(2024, 6, 12);
    List<Object> with = new ArrayList<>();
    List<Object> without = new ArrayList<>();
    for (boolean on : new boolean[] {true, false}) {
      Prefilter.enable(on);
      TextMemo.clearAll();
      List<Object> out = on ? with : without;
      for (String t : texts) {
        out.add(QuantityExtractor.fractions(t));
        out.add(TimeExtractor.extract(t, ref));
      }
    }
    assertThat(with).isEqualTo(without);
    // the edge cases do hold what the patterns find
    assertThat(QuantityExtractor.fractions(EDGES.get(0))).hasSize(2);
    assertThat(QuantityExtractor.fractions(EDGES.get(1))).hasSize(2);
    assertThat(QuantityExtractor.fractions(EDGES.get(5))).isEmpty(); // passed, nothing found
    assertThat(TimeExtractor.extract(EDGES.get(10), ref)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theFractionPrefilterPassesOnlyTextsThatMayHoldOne() {
    assertThat(QuantityExtractor.mayHoldFraction("Sales rose in March by 4%.")).isFalse();
    assertThat(QuantityExtractor.mayHoldFraction("Two IN three agreed.")).isTrue();
    assertThat(QuantityExtractor.mayHoldFraction("7\nout of 9")).isTrue();
    assertThat(QuantityExtractor.mayHoldFraction("a HALF-day")).isTrue();
    assertThat(QuantityExtractor.mayHoldFraction("score 9/10")).isTrue();
    assertThat(QuantityExtractor.mayHoldFraction("in Paris, nine people")).isFalse();
  }
}
