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
  }

  @Test
  void refusesBadSettingsAndMissingResults() {
    assertThatThrownBy(() -> new TextMemo<String, String>("x", 0, t -> t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity must be >= 1, got 0");
    TextMemo<String, String> nothing = new TextMemo<>("nothing", 4, t -> null);
    assertThatThrownBy(() -> nothing.get("a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing gave no result for a");
  }
}
