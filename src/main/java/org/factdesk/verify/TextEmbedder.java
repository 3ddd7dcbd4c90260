package org.factdesk.verify;

import java.util.List;

/** Turns texts into sentence embeddings; the shipped one is {@code org.factdesk.nlp.Embedder}. */
@FunctionalInterface
public interface TextEmbedder {
  /** One vector per text, in order. */
  float[][] embed(List<String> texts);
}
