package org.factdesk.evidence;

import java.util.List;

/**
 * Turns texts into L2-normalised vectors for the vector half of the index. The shipped
 * implementation wraps the sentence-embedding model; tests may use others.
 */
public interface PassageEncoder {
  /** One vector per text, each of {@link #dimension()} floats with unit length. */
  float[][] encode(List<String> texts);

  /** The vector length. */
  int dimension();

  /** A name recorded in the index, so an index is not searched with another model's vectors. */
  String name();
}
