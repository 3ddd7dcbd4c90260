package org.factdesk.eval;

/**
 * What a benchmark predicted for one example, for reading its errors (`factdesk eval
 * --predictions`).
 *
 * @param where the example's place in its data file ("test.jsonl:12")
 * @param claim the claim
 * @param gold the data set's label
 * @param predicted the label factdesk gave
 * @param confidence the confidence of {@code predicted}, in [0, 1]
 * @param why what decided: the stance's note (structured checks) or the aggregator's basis
 */
public record Prediction(
    String where, String claim, String gold, String predicted, double confidence, String why) {
  public Prediction {
    if (!(confidence >= 0 && confidence <= 1.000001)) {
      throw new IllegalArgumentException(
          "confidence must be in [0, 1], got " + confidence + " at " + where);
    }
    why = why == null ? "" : why;
  }
}
