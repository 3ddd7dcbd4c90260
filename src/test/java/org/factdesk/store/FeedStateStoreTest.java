package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateStoreTest {
  @TempDir Path data;

  @Test
  void savesAndReadsBackAcrossReopening() {
    FeedState s =
        new FeedState(
            "https://a.example/rss",
            "\"e1\"",
            "Mon, 02 Mar 2026 10:00:00 GMT",
            Instant.parse("2026-03-02T10:15:00Z"),
            2,
            "HTTP 503",
            Instant.parse("2026-03-01T10:00:00Z"),
            7);
    try (FeedStateStore store = FeedStateStore.open(data)) {
      assertThat(store.get("https://a.example/rss"))
          .isEqualTo(FeedState.fresh("https://a.example/rss"));
      store.save(s);
      store.setWatched(List.of("https://a.example/rss", "https://b.example/rss"));
    }
    try (FeedStateStore store = FeedStateStore.open(data)) {
      assertThat(store.get("https://a.example/rss")).isEqualTo(s);
      assertThat(store.all()).containsExactly(s);
      assertThat(store.watched()).containsExactly("https://a.example/rss", "https://b.example/rss");
      store.setWatched(List.of("https://c.example/rss"));
      assertThat(store.watched()).containsExactly("https://c.example/rss");
    }
  }
}
