package org.factdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextMemoTest {
  @Test
  void computesEachTextOnceAndDropsTheLeastRecentlyUsedFirst() {
    AtomicInteger calls = new AtomicInteger();
    TextMemo<String, Integer> m =
        new TextMemo<>(
            "lengths",
            2,
            String::length,
            t -> {
              calls.incrementAndGet();
              return t.length();
            });
    assertThat(m.get("abc")).isEqualTo(3);
    assertThat(m.get("abc")).isEqualTo(3);
    assertThat(calls).hasValue(1);
    m.get("de");
    m.get("abc"); // "de" is now the least recently used
    m.get("fghi");
    assertThat(m.size()).isEqualTo(2);
    m.get("abc");
    assertThat(calls).hasValue(3); // abc still there
    m.get("de");
    assertThat(calls).hasValue(4); // de was dropped
    assertThat(TextMemo.clearAll()).contains("lengths");
    assertThat(m.size()).isZero();
    m.get("abc");
    assertThat(calls).hasValue(5);
    assertThat(m.computedCount()).isEqualTo(5);
  }

  @Test
  void countsWhatEachMemoComputedByName() {
    TextMemo<String, Integer> m =
        new TextMemo<>("counted lengths", 4, String::length, String::length);
    long before = TextMemo.computedCounts().get("counted lengths");
    m.get("a");
    m.get("a");
    m.get("bb");
    assertThat(TextMemo.computedCounts().get("counted lengths") - before).isEqualTo(2);
  }

  @Test
  void textsLongerThanTheLimitAreComputedEachTimeAndNotKept() {
    AtomicInteger calls = new AtomicInteger();
    TextMemo<String, Integer> m =
        new TextMemo<>(
            "long lengths",
            8,
            String::length,
            t -> {
              calls.incrementAndGet();
              return t.length();
            });
    String limit = "a".repeat(TextMemo.MAX_TEXT_CHARS);
    String longer = limit + "b";
    assertThat(m.get(longer)).isEqualTo(TextMemo.MAX_TEXT_CHARS + 1);
    assertThat(m.get(longer)).isEqualTo(TextMemo.MAX_TEXT_CHARS + 1);
    assertThat(calls).hasValue(2);
    assertThat(m.size()).isZero();
    m.get(limit);
    m.get(limit);
    assertThat(calls).hasValue(3); // at the limit: remembered
    assertThat(m.size()).isEqualTo(1);
  }

  @Test
  void refusesBadSettingsAndMissingResults() {
    assertThatThrownBy(() -> new TextMemo<String, String>("x", 0, String::length, t -> t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity must be >= 1, got 0");
    TextMemo<String, String> nothing = new TextMemo<>("nothing", 4, String::length, t -> null);
    assertThatThrownBy(() -> nothing.get("a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing gave no result for a");
    String longText = "x".repeat(TextMemo.MAX_TEXT_CHARS + 1);
    assertThatThrownBy(() -> nothing.get(longText))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing gave no result for xxx");
  }
}
