package org.factdesk.comments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.FactDeskException;

/**
 * Memory of threads audited before, kept as an append-only journal {@code
 * <data>/comments/memory.tsv}: one line per comment with its thread key, id, author and the hashes
 * of its rare word 5-grams. Lines are appended in one write per thread; a torn last line is ignored
 * when reading. The journal stops growing at {@link #MAX_BYTES} (the audit says so).
 */
public final class CrossThreadMemory {
  /** The journal is not appended to beyond this size. */
  public static final long MAX_BYTES = 64L << 20;

  private final Path file;
  private final Map<Long, List<Entry>> byGram = new HashMap<>();
  private final Map<String, Set<String>> authorsByThread = new HashMap<>();

  /** One remembered comment. */
  public record Entry(String thread, String commentId, String author) {}

  private CrossThreadMemory(Path file) {
    this.file = file;
  }

  /** Opens (does not yet create) the memory under {@code dataDir/comments}. */
  public static CrossThreadMemory open(Path dataDir) {
    CrossThreadMemory m = new CrossThreadMemory(dataDir.resolve("comments").resolve("memory.tsv"));
    m.load();
    return m;
  }

  public Path file() {
    return file;
  }

  private void load() {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length != 4 || !line.endsWith(";")) {
          continue; // torn or foreign line
        }
        Entry e = new Entry(f[0], f[1], f[2].isEmpty() ? null : f[2]);
        if (e.author() != null) {
          authorsByThread.computeIfAbsent(e.thread(), t -> new HashSet<>()).add(e.author());
        } else {
          authorsByThread.computeIfAbsent(e.thread(), t -> new HashSet<>());
        }
        String grams = f[3].substring(0, f[3].length() - 1);
        if (grams.isEmpty()) {
          continue;
        }
        for (String g : grams.split(",")) {
          try {
            byGram.computeIfAbsent(Long.parseUnsignedLong(g, 16), k -> new ArrayList<>(1)).add(e);
          } catch (NumberFormatException ignored) {
            // a damaged hash is skipped
          }
        }
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot read comment memory " + file, e);
    }
  }

  public boolean knows(String thread) {
    return authorsByThread.containsKey(thread);
  }

  /** Remembered comments that used this phrase hash. */
  public List<Entry> withGram(long gram) {
    return byGram.getOrDefault(gram, List.of());
  }

  /** Earlier threads and their known authors. */
  public Map<String, Set<String>> authorsByThread() {
    return authorsByThread;
  }

  /**
   * Appends a thread. Returns false (and writes nothing) when the thread is already known or the
   * journal is full.
   */
  public boolean record(String thread, List<Entry> entries, List<long[]> grams) {
    if (knows(thread)) {
      return false;
    }
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        return false;
      }
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        b.append(e.thread())
            .append('\t')
            .append(clean(e.commentId()))
            .append('\t')
            .append(e.author() == null ? "" : clean(e.author()))
            .append('\t');
        long[] g = grams.get(i);
        for (int k = 0; k < g.length; k++) {
          if (k > 0) {
            b.append(',');
          }
          b.append(Long.toHexString(g[k]));
        }
        b.append(";\n");
      }
      Files.createDirectories(file.getParent());
      try (OutputStream out =
          Files.newOutputStream(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND,
              StandardOpenOption.WRITE)) {
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
      }
      Set<String> authors = new HashSet<>();
      for (Entry e : entries) {
        if (e.author() != null) {
          authors.add(e.author());
        }
      }
      authorsByThread.put(thread, authors);
      return true;
    } catch (IOException e) {
      throw new FactDeskException("cannot write comment memory " + file, e);
    }
  }

  private static String clean(String s) {
    String t = s.replaceAll("[\\t\\r\\n;]", " ");
    return t.length() > 200 ? t.substring(0, 200) : t;
  }
}
