package org.factdesk.sources;

/**
 * A source, or one line of it, that could not be ingested.
 *
 * @param input the source and, where known, the line ("feeds.jsonl:12")
 * @param problem what was wrong, in one line
 * @param wholeSource true when nothing of the source was ingested
 */
public record SourceProblem(String input, String problem, boolean wholeSource) {
  public SourceProblem {
    if (input == null || problem == null) {
      throw new IllegalArgumentException("input and problem must not be null");
    }
  }

  @Override
  public String toString() {
    return input + ": " + problem;
  }
}
