package org.factdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.FactDeskException;

/**
 * Feed state and the list of watched feeds in the embedded H2 database {@code <data>/state/feeds}.
 * Every write is its own transaction, so a kill at any moment leaves the last committed state.
 */
public final class FeedStateStore implements AutoCloseable {
  private final Connection db;
  private final Path file;

  private FeedStateStore(Path dataDir) throws SQLException, java.io.IOException {
    Path dir = dataDir.resolve("state");
    Files.createDirectories(dir);
    this.file = dir.resolve("feeds");
    this.db = DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "factdesk", "");
    db.setAutoCommit(true);
    try (Statement s = db.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS feed_state ("
              + "url VARCHAR(4096) PRIMARY KEY, etag VARCHAR(1024), last_modified VARCHAR(256),"
              + " next_poll TIMESTAMP WITH TIME ZONE NOT NULL, failures INT NOT NULL,"
              + " last_error VARCHAR(2048), last_success TIMESTAMP WITH TIME ZONE,"
              + " items_indexed BIGINT NOT NULL)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS watched_feed ("
              + "position INT PRIMARY KEY, url VARCHAR(4096) NOT NULL, title VARCHAR(1024))");
    }
  }

  /** Opens (or creates) the store in the data directory. */
  public static FeedStateStore open(Path dataDir) {
    try {
      return new FeedStateStore(dataDir);
    } catch (SQLException | java.io.IOException e) {
      throw new FactDeskException("cannot open the feed state database in " + dataDir, e);
    }
  }

  /** The state of a feed, or a fresh one if it was never polled. */
  public synchronized FeedState get(String url) {
    try (PreparedStatement p = db.prepareStatement("SELECT * FROM feed_state WHERE url = ?")) {
      p.setString(1, url);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? read(r) : FeedState.fresh(url);
      }
    } catch (SQLException e) {
      throw new FactDeskException("cannot read the state of feed " + url + " from " + file, e);
    }
  }

  /** Saves the state of a feed (one transaction). */
  public synchronized void save(FeedState s) {
    try (PreparedStatement p =
        db.prepareStatement(
            "MERGE INTO feed_state (url, etag, last_modified, next_poll, failures, last_error,"
                + " last_success, items_indexed) KEY (url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, s.url());
      p.setString(2, s.etag());
      p.setString(3, s.lastModified());
      p.setObject(4, utc(s.nextPoll()));
      p.setInt(5, s.failures());
      p.setString(6, s.lastError() == null ? null : cut(s.lastError(), 2048));
      p.setObject(7, s.lastSuccess() == null ? null : utc(s.lastSuccess()));
      p.setLong(8, s.itemsIndexed());
      p.executeUpdate();
    } catch (SQLException e) {
      throw new FactDeskException("cannot save the state of feed " + s.url() + " in " + file, e);
    }
  }

  /** All feed states, by URL. */
  public synchronized List<FeedState> all() {
    List<FeedState> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM feed_state ORDER BY url")) {
      while (r.next()) {
        out.add(read(r));
      }
      return out;
    } catch (SQLException e) {
      throw new FactDeskException("cannot read feed states from " + file, e);
    }
  }

  /** Replaces the list of watched feeds (one transaction). */
  public synchronized void setWatched(List<String> urls) {
    try {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement();
          PreparedStatement p =
              db.prepareStatement("INSERT INTO watched_feed (position, url) VALUES (?, ?)")) {
        s.execute("DELETE FROM watched_feed");
        for (int i = 0; i < urls.size(); i++) {
          p.setInt(1, i);
          p.setString(2, urls.get(i));
          p.executeUpdate();
        }
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new FactDeskException("cannot save the watched feeds in " + file, e);
    }
  }

  /** The watched feeds, in order. */
  public synchronized List<String> watched() {
    List<String> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT url FROM watched_feed ORDER BY position")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new FactDeskException("cannot read the watched feeds from " + file, e);
    }
  }

  private static FeedState read(ResultSet r) throws SQLException {
    OffsetDateTime success = r.getObject("last_success", OffsetDateTime.class);
    return new FeedState(
        r.getString("url"),
        r.getString("etag"),
        r.getString("last_modified"),
        r.getObject("next_poll", OffsetDateTime.class).toInstant(),
        r.getInt("failures"),
        r.getString("last_error"),
        success == null ? null : success.toInstant(),
        r.getLong("items_indexed"));
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new FactDeskException("cannot close the feed state database " + file, e);
    }
  }
}
