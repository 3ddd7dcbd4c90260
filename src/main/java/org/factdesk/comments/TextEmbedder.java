package org.factdesk.comments;

import java.util.List;

/**
 * Sentence embeddings for the semantic signal: L2-normalised vectors, one per text. The command
 * line plugs in {@code org.factdesk.nlp.Embedder}; tests may plug in anything.
 */
@FunctionalInterface
public interface TextEmbedder {
  float[][] embed(List<String> texts);
}
