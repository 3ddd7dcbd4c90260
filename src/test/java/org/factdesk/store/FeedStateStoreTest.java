package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.factdesk.FactDeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateStoreTest {
  @TempDir Path data;

  private static final FeedState FULL =
      new FeedState(
          "https://a.example/rss",
          "\"e1\"",
          "Mon, 02 Mar 2026 10:00:00 GMT",
          Instant.parse("2026-03-02T10:15:00Z"),
          2,
          "HTTP 503",
          Instant.parse("2026-03-01T10:00:00Z"),
          7);

  @Test
  void savesAndReadsBackAcrossReopening() {
    try (FeedStateStore store = FeedStateStore.open(data)) {
      assertThat(store.get("https://a.example/rss"))
          .isEqualTo(FeedState.fresh("https://a.example/rss"));
      store.save(FULL);
      store.setWatched(List.of("https://a.example/rss", "https://b.example/rss"));
    }
    try (FeedStateStore store = FeedStateStore.open(data)) {
      assertThat(store.get("https://a.example/rss")).isEqualTo(FULL);
      assertThat(store.all()).containsExactly(FULL);
      assertThat(store.watched()).containsExactly("https://a.example/rss", "https://b.example/rss");
      store.setWatched(List.of("https://c.example/rss"));
      assertThat(store.watched()).containsExactly("https://c.example/rss");
    }
    assertThat(data.resolve("state").resolve(FeedStateStore.FILE_NAME)).isRegularFile();
  }

  @Test
  void upsertReplacesEveryColumnIncludingNulls() {
    FeedState later =
        new FeedState(
            FULL.url(),
            null,
            null,
            Instant.parse("2026-03-03T00:00:00.123456789Z"),
            0,
            null,
            Instant.parse("2026-03-02T23:59:59.000001Z"),
            9);
    FeedState other = FeedState.fresh("https://0.example/first-by-url");
    try (FeedStateStore store = FeedStateStore.open(data)) {
      store.save(FULL);
      store.save(other);
      store.save(later);
      assertThat(store.get(FULL.url())).isEqualTo(later); // nanoseconds survive
      assertThat(store.all()).containsExactly(other, later);
    }
  }

  @Test
  void usesWriteAheadLogAndStoresTimesAsIsoText() throws Exception {
    try (FeedStateStore store = FeedStateStore.open(data)) {
      store.save(FULL);
    }
    Path file = data.resolve("state").resolve(FeedStateStore.FILE_NAME);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("wal"); // persistent in the file
      }
      try (ResultSet r =
          s.executeQuery("SELECT next_poll, typeof(next_poll), last_success FROM feed_state")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("2026-03-02T10:15:00Z");
        assertThat(r.getString(2)).isEqualTo("text");
        assertThat(r.getString(3)).isEqualTo("2026-03-01T10:00:00Z");
      }
    }
  }

  @Test
  void twoStoresOnTheSameDirectorySeeEachOthersWrites() {
    try (FeedStateStore a = FeedStateStore.open(data);
        FeedStateStore b = FeedStateStore.open(data)) {
      a.save(FULL);
      assertThat(b.get(FULL.url())).isEqualTo(FULL);
      b.setWatched(List.of("x"));
      assertThat(a.watched()).containsExactly("x");
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsReportedWithItsPath() throws Exception {
    Path file = data.resolve("state").resolve(FeedStateStore.FILE_NAME);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "this is not an SQLite database, just text ".repeat(40), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FeedStateStore.open(data))
        .isInstanceOf(FactDeskException.class)
        .hasMessageContaining(file.toString())
        .hasCauseInstanceOf(java.sql.SQLException.class);
  }

  @Test
  void aNewerSchemaIsRefused() throws Exception {
    try (FeedStateStore store = FeedStateStore.open(data)) {
      store.save(FULL);
    }
    Path file = data.resolve("state").resolve(FeedStateStore.FILE_NAME);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> FeedStateStore.open(data))
        .isInstanceOf(FactDeskException.class)
        .hasMessageContaining("schema version 99");
  }

  @Test
  void anOverlongErrorIsCutAndAnOverlongUrlIsRefused() {
    FeedState longError =
        new FeedState(FULL.url(), null, null, Instant.EPOCH, 1, "x".repeat(5000), null, 0);
    try (FeedStateStore store = FeedStateStore.open(data)) {
      store.save(longError);
      assertThat(store.get(FULL.url()).lastError()).hasSize(2048);
      String url = "https://a.example/" + "p".repeat(5000);
      assertThatThrownBy(() -> store.save(FeedState.fresh(url)))
          .isInstanceOf(FactDeskException.class)
          .hasMessageContaining("cannot save the state of feed");
      assertThatThrownBy(() -> store.setWatched(List.of("ok", url)))
          .isInstanceOf(FactDeskException.class);
      assertThat(store.watched()).isEmpty(); // the failed replacement was rolled back whole
    }
  }
}
