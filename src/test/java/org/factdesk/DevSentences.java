package org.factdesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every sentence of the news development sets' articles and feeds, split at sentence ends, for
 * tests that compare two ways of reading the same texts. The held-out sets are never read.
 */
public final class DevSentences {
  private static final Path ROOT = Path.of("src/test/resources/org/factdesk/verify");

  private DevSentences() {}

  /** The non-blank sentences of {@code news} and {@code news-dev*}, in file order. */
  public static List<String> all() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> sets = Files.list(ROOT)) {
      for (Path set : sets.sorted().toList()) {
        String name = set.getFileName().toString();
        if (!name.equals("news") && !name.startsWith("news-dev")) {
          continue; // never the held-out sets
        }
        try (Stream<Path> files = Files.list(set)) {
          for (Path f : files.sorted().toList()) {
            for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
              for (String s : line.split("(?<=[.!?\"])\\s+")) {
                if (!s.isBlank()) {
                  out.add(s);
                }
              }
            }
          }
        }
      }
    }
    return out;
  }
}
