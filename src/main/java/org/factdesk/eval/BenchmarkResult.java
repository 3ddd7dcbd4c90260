package org.factdesk.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
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
 * @param predictions each example's prediction, in order (kept out of the figures' JSON)
 */
public record BenchmarkResult(
    String benchmark,
    String dataFile,
    int examples,
    Map<String, Double> metrics,
    Map<String, Integer> confusion,
    @JsonIgnore List<Prediction> predictions) {
  public BenchmarkResult {
    if (examples < 0) {
      throw new IllegalArgumentException("examples must be >= 0, got " + examples);
    }
    metrics = new TreeMap<>(metrics);
    confusion = new TreeMap<>(confusion);
    predictions = List.copyOf(predictions);
  }
}
