package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.factdesk.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a child JVM that writes to the store as fast as it can, at seeded random moments,
 * and checks that every write the child saw commit is still there, that the watched list is never
 * half-replaced and that the database passes SQLite's integrity check. The child runs with the
 * launcher's native-access flag; its standard error must stay empty (no JNI warnings).
 */
class FeedStateStoreKillTest {
  @TempDir Path tmp;

  private static final String URL = "https://kill.example/rss";

  @Test
  void committedWritesSurviveKillDashNine() throws Exception {
    Path data = tmp.resolve("data");
    Random random = new Random(20261125L);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.createDirectories(tmp.resolve("native"));
    long lastSeen = 0;
    for (int round = 0; round < 3; round++) {
      Path err = tmp.resolve("child-" + round + ".err");
      Process p =
          new ProcessBuilder(
                  java,
                  "--enable-native-access=ALL-UNNAMED",
                  "-Dfile.encoding=UTF-8",
                  // a killed JVM leaves its extracted native library behind: keep it in tmp
                  "-Dorg.sqlite.tmpdir=" + tmp.resolve("native"),
                  "-cp",
                  ChildJvm.classpath(true),
                  Child.class.getName(),
                  data.toString(),
                  Long.toString(lastSeen))
              .redirectError(err.toFile())
              .start();
      int killAfter = 1 + random.nextInt(200);
      List<String> lines = new ArrayList<>();
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
          lastSeen = Long.parseLong(line);
          if (lines.size() >= killAfter) {
            p.destroyForcibly(); // SIGKILL, while the child keeps writing
            break;
          }
        }
      } finally {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(lines).as("child wrote; stderr: %s", Files.readString(err)).hasSize(killAfter);
      assertThat(Files.readString(err, StandardCharsets.UTF_8)).as("child stderr").isEmpty();

      try (FeedStateStore store = FeedStateStore.open(data)) {
        FeedState s = store.get(URL);
        assertThat(s.itemsIndexed()).isGreaterThanOrEqualTo(lastSeen);
        assertThat(s.nextPoll()).isEqualTo(Instant.ofEpochSecond(s.itemsIndexed()));
        List<String> watched = store.watched();
        assertThat(watched).hasSize(5);
        assertThat(watched.stream().map(w -> w.substring(0, w.indexOf('#'))).distinct()).hasSize(1);
        lastSeen = s.itemsIndexed();
      }
      try (Connection c =
              DriverManager.getConnection(
                  "jdbc:sqlite:" + data.resolve("state").resolve(FeedStateStore.FILE_NAME));
          Statement st = c.createStatement();
          ResultSet r = st.executeQuery("PRAGMA integrity_check")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("ok");
      }
    }
  }

  /**
   * The child: saves an ever-growing counter and replaces the watched list, printing each commit.
   */
  public static final class Child {
    private Child() {}

    public static void main(String[] args) {
      Path data = Path.of(args[0]);
      long n = Long.parseLong(args[1]);
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      try (FeedStateStore store = FeedStateStore.open(data)) {
        while (true) {
          n++;
          store.save(
              new FeedState(
                  URL, "\"" + n + "\"", null, Instant.ofEpochSecond(n), 0, null, null, n));
          List<String> watched = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            watched.add(n + "#" + i);
          }
          store.setWatched(watched);
          out.println(n); // only after both commits returned
        }
      }
    }
  }
}
