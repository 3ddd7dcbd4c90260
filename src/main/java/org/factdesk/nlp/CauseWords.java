package org.factdesk.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Classes of causes written in other words: a word (or a phrase of two or three words) to the class
 * of event it names, so that "an outage" meets "a power cut", "a tremor" an earthquake, "seepage" a
 * leak, "a blaze" a fire, "a gale" a storm, "a puncture" a burst tyre. The table is small and by
 * head word; a plural is looked up as its singular.
 */
public final class CauseWords {
  private static final Map<String, String> CLASSES = classes();

  private static Map<String, String> classes() {
    Map<String, String> out = new HashMap<>();
    put(
        out,
        "power-failure",
        "outage",
        "blackout",
        "power cut",
        "power failure",
        "power outage",
        "power loss",
        "electricity cut",
        "electricity failure",
        "interruption of power",
        "interruption of supply",
        "interruption of electricity",
        "loss of power",
        "loss of supply",
        "loss of electricity");
    put(out, "earthquake", "earthquake", "quake", "tremor", "seismic");
    put(out, "leak", "leak", "leakage", "leaking", "seepage", "seeping", "seep");
    put(out, "fire", "fire", "blaze", "wildfire", "inferno");
    put(out, "storm", "storm", "gale", "hurricane", "cyclone", "typhoon", "windstorm", "tornado");
    put(out, "flood", "flood", "flooding", "inundation", "deluge");
    put(out, "frost", "frost", "freeze", "freezing", "cold snap");
    put(out, "drought", "drought", "dry spell");
    put(out, "corrosion", "corrosion", "rust", "corroded", "rusted");
    put(out, "error", "error", "mistake", "blunder");
    put(out, "fault", "fault", "defect", "malfunction");
    put(out, "strike", "strike", "walkout", "stoppage", "industrial action");
    put(out, "sabotage", "sabotage", "vandalism", "tampering");
    put(out, "subsidence", "subsidence", "sinkhole");
    put(
        out,
        "tyre-failure",
        "puncture",
        "blowout",
        "burst tyre",
        "blown tyre",
        "flat tyre",
        "punctured tyre",
        "tyre burst",
        "tire burst",
        "burst tire",
        "blown tire",
        "flat tire",
        "punctured tire");
    return Map.copyOf(out);
  }

  private static void put(Map<String, String> out, String name, String... words) {
    for (String w : words) {
      if (out.put(w, name) != null) {
        throw new IllegalStateException("cause word \"" + w + "\" is in two classes");
      }
    }
  }

  private CauseWords() {}

  /** Whether {@code name} is the name of one of the classes. */
  public static boolean isClass(String name) {
    return NAMES.contains(name);
  }

  private static final java.util.Set<String> NAMES = java.util.Set.copyOf(CLASSES.values());

  /**
   * The class of a lower-case word or phrase ("outage", "power cuts", "loss of supply"), or empty.
   */
  public static Optional<String> of(String words) {
    String c = CLASSES.get(words);
    if (c == null && words.endsWith("s") && !words.endsWith("ss")) {
      c = CLASSES.get(words.substring(0, words.length() - 1));
    }
    return Optional.ofNullable(c);
  }
}
