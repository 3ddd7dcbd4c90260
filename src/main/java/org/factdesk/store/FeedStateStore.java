package org.factdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.FactDeskException;
import org.sqlite.SQLiteConfig;

/**
 * Feed state and the list of watched feeds in the embedded SQLite database {@code
 * <data>/state/feeds.db}. Every write is its own transaction, so a kill at any moment leaves the
 * last committed state.
 *
 * <p>Durability: the database runs in WAL journal mode with {@code synchronous=FULL}. WAL alone
 * makes a commit survive a killed process (the commit record is in the WAL file once the commit
 * returns; a torn tail is ignored on the next open). {@code FULL} also fsyncs the WAL on every
 * commit, so a commit survives an OS crash or power loss as well; we write once per feed poll, so
 * the extra fsync costs nothing that matters.
 *
 * <p>Times are stored as ISO-8601 UTC text ({@link Instant#toString()}), which keeps every digit of
 * the instant and reads well in the {@code sqlite3} shell.
 */
public final class FeedStateStore implements AutoCloseable {
  /** The database file name inside {@code <data>/state}. */
  public static final String FILE_NAME = "feeds.db";

  private static final int SCHEMA_VERSION = 1;
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final int MAX_URL = 4096;
  private static final int MAX_ETAG = 1024;
  private static final int MAX_LAST_MODIFIED = 256;
  private static final int MAX_ERROR = 2048;

  private final Connection db;
  private final Path file;

  private FeedStateStore(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** Opens (or creates) the store in the data directory. */
  public static FeedStateStore open(Path dataDir) {
    Path file = dataDir.resolve("state").resolve(FILE_NAME);
    Connection db = null;
    try {
      Files.createDirectories(file.getParent());
      db = config().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      db.setAutoCommit(true);
      createSchema(db, file);
      return new FeedStateStore(file, db);
    } catch (SQLException | IOException | RuntimeException e) {
      if (db != null) {
        try {
          db.close();
        } catch (SQLException closing) {
          e.addSuppressed(closing);
        }
      }
      if (e instanceof FactDeskException f) {
        throw f;
      }
      throw new FactDeskException("cannot open the feed state database " + file, e);
    }
  }

  private static SQLiteConfig config() {
    SQLiteConfig c = new SQLiteConfig();
    c.setJournalMode(SQLiteConfig.JournalMode.WAL);
    c.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    c.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    // take the write lock when a transaction starts, so two processes never deadlock on upgrade
    c.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    c.setEncoding(SQLiteConfig.Encoding.UTF8);
    return c;
  }

  private static void createSchema(Connection db, Path file) throws SQLException {
    try (Statement s = db.createStatement()) {
      int version;
      try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
        version = r.next() ? r.getInt(1) : 0;
      }
      if (version > SCHEMA_VERSION) {
        throw new FactDeskException(
            "the feed state database "
                + file
                + " has schema version "
                + version
                + ", newer than this factdesk understands ("
                + SCHEMA_VERSION
                + ")");
      }
      s.execute(
          "CREATE TABLE IF NOT EXISTS feed_state ("
              + "url TEXT PRIMARY KEY NOT NULL CHECK (length(url) <= "
              + MAX_URL
              + "), etag TEXT CHECK (length(etag) <= "
              + MAX_ETAG
              + "), last_modified TEXT CHECK (length(last_modified) <= "
              + MAX_LAST_MODIFIED
              + "), next_poll TEXT NOT NULL, failures INTEGER NOT NULL CHECK (failures >= 0),"
              + " last_error TEXT CHECK (length(last_error) <= "
              + MAX_ERROR
              + "), last_success TEXT,"
              + " items_indexed INTEGER NOT NULL CHECK (items_indexed >= 0)) STRICT");
      s.execute(
          "CREATE TABLE IF NOT EXISTS watched_feed ("
              + "position INTEGER PRIMARY KEY NOT NULL, url TEXT NOT NULL CHECK (length(url) <= "
              + MAX_URL
              + "), title TEXT) STRICT");
      s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
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
            "INSERT INTO feed_state (url, etag, last_modified, next_poll, failures, last_error,"
                + " last_success, items_indexed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                + " last_modified = excluded.last_modified, next_poll = excluded.next_poll,"
                + " failures = excluded.failures, last_error = excluded.last_error,"
                + " last_success = excluded.last_success, items_indexed = excluded.items_indexed")) {
      p.setString(1, s.url());
      p.setString(2, s.etag());
      p.setString(3, s.lastModified());
      p.setString(4, s.nextPoll().toString());
      p.setInt(5, s.failures());
      p.setString(6, s.lastError() == null ? null : cut(s.lastError(), MAX_ERROR));
      p.setString(7, s.lastSuccess() == null ? null : s.lastSuccess().toString());
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
      } catch (SQLException | RuntimeException e) {
        try {
          db.rollback();
        } catch (SQLException rollingBack) {
          e.addSuppressed(rollingBack);
        }
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

  private FeedState read(ResultSet r) throws SQLException {
    String url = r.getString("url");
    String success = r.getString("last_success");
    return new FeedState(
        url,
        r.getString("etag"),
        r.getString("last_modified"),
        instant(r.getString("next_poll"), url, "next_poll"),
        r.getInt("failures"),
        r.getString("last_error"),
        success == null ? null : instant(success, url, "last_success"),
        r.getLong("items_indexed"));
  }

  private Instant instant(String text, String url, String column) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new FactDeskException(
          "bad " + column + " '" + text + "' for feed " + url + " in " + file, e);
    }
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
