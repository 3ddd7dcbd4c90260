package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.factdesk.ChildJvm;
import org.factdesk.evidence.internal.DocumentFields;
import org.factdesk.internal.NamedThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factdesk watch} killed with SIGKILL at random moments while its feed keeps growing: after
 * a restart the index opens, and every item is in it exactly once.
 */
class WatchCrashTest {
  @TempDir Path tmp;

  private final AtomicInteger written = new AtomicInteger();

  private void writeFeed(Path feed, int items) throws IOException {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Crash Wire</title>");
    for (int i = 1; i <= items; i++) {
      s.append("<item><title>Bulletin ")
          .append(i)
          .append("</title><link>https://crash.example/")
          .append(i)
          .append("</link><description>Bulletin ")
          .append(i)
          .append(" reports the tide at ")
          .append(i * 3)
          .append(" centimetres.</description></item>");
    }
    s.append("</channel></rss>");
    Path tmpFile = feed.resolveSibling("feed.tmp");
    Files.writeString(tmpFile, s, StandardCharsets.UTF_8);
    Files.move(tmpFile, feed, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    written.set(items);
  }

  /** Documents committed in the index at {@code dir}, 0 while there is no commit yet. */
  private static long indexedDocs(Path dir) {
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return 0;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        return r.numDocs();
      }
    } catch (IOException e) {
      return 0; // not there yet, or mid-commit: look again
    }
  }

  @Test
  void survivesKillNineAtAnyMoment() throws Exception {
    Path feeds = Files.createDirectories(tmp.resolve("feeds"));
    Path feed = feeds.resolve("crash.xml");
    writeFeed(feed, 3);
    Path opml = feeds.resolve("feeds.opml");
    Files.writeString(
        opml,
        "<opml version=\"2.0\"><body><outline text=\"Crash\" xmlUrl=\"crash.xml\"/></body></opml>",
        StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    Random random = new Random(20260314L);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int round = 0; round < 3; round++) {
      Process p =
          new ProcessBuilder(
                  java,
                  "--add-modules",
                  "jdk.incubator.vector",
                  "--enable-native-access=ALL-UNNAMED",
                  "-Dfile.encoding=UTF-8",
                  // a killed JVM leaves SQLite's extracted native library behind: keep it in tmp
                  "-Dorg.sqlite.tmpdir=" + tmp,
                  "-cp",
                  ChildJvm.classpath(false),
                  "org.factdesk.cli.Main",
                  "watch",
                  "--data",
                  data.toString(),
                  "--feeds",
                  opml.toString(),
                  "--interval",
                  "100ms")
              .redirectErrorStream(true)
              .start();
      CountDownLatch indexed = new CountDownLatch(1);
      StringBuffer output = new StringBuffer();
      Thread reader =
          new NamedThreads("test-watch-output")
              .newThread(
                  () -> {
                    try (BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                      String line;
                      while ((line = in.readLine()) != null) {
                        output.append(line).append('\n');
                        if (line.contains("new documents")) {
                          indexed.countDown();
                        }
                      }
                    } catch (IOException e) {
                      // the process was killed
                    }
                  });
      reader.start();
      try {
        // wait until the child's first poll is committed: it says so on standard output, and the
        // index on disk shows it (the index is the property under test, so it is checked directly)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!indexed.await(200, TimeUnit.MILLISECONDS)
            && indexedDocs(data.resolve("index")) == 0
            && p.isAlive()
            && System.nanoTime() < deadline) {
          // wait for the first poll to commit, or for the child to die
        }
        assertThat(Math.max(1 - indexed.getCount(), indexedDocs(data.resolve("index"))))
            .as("watch indexed something (exit %s): %s", p.isAlive() ? "-" : p.exitValue(), output)
            .isPositive();
        // keep the feed growing while the watcher polls, then kill it at a random moment
        int steps = 1 + random.nextInt(6);
        for (int s = 0; s < steps; s++) {
          writeFeed(feed, written.get() + 1 + random.nextInt(3));
          Thread.sleep(40 + random.nextInt(120));
        }
      } finally {
        p.destroyForcibly(); // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
      }
    }
    CliRunner.Result r = CliRunner.run("watch", "--data", data.toString(), "--once");
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(Main.OK);

    List<String> ids = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    try (FSDirectory dir = FSDirectory.open(data.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int d = 0; d < reader.maxDoc(); d++) {
        if (live == null || live.get(d)) {
          Document doc = stored.document(d);
          ids.add(doc.get(DocumentFields.ID));
          keys.add(doc.get(DocumentFields.KEY));
        }
      }
    }
    Set<String> expected = new HashSet<>();
    for (int i = 1; i <= written.get(); i++) {
      expected.add("https://crash.example/" + i);
    }
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids); // no duplicates
    assertThat(keys).isEqualTo(expected); // nothing lost
  }
}
