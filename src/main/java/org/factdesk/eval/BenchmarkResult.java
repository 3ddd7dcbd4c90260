package org.factdesk.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one benchmark run.
 *
 * @param benchmark its name, e.g. "fever-symmetric"
 * @param dataFile the data file(s) read
 * @param examples how many examples were scored
 * @param metrics metric name to value (accuracy, macro_f1, ece, ...)
 * @param confusion "gold -> predicted" to count
 */
public record BenchmarkResult(
    String benchmark,
    String dataFile,
    int examples,
    Map<String, Double> metrics,
    Map<String, Integer> confusion) {
  public BenchmarkResult {
    if (examples < 0) {
      throw new IllegalArgumentException("examples must be >= 0, got " + examples);
    }
    metrics = new TreeMap<>(metrics);
    confusion = new TreeMap<>(confusion);
  }
}
