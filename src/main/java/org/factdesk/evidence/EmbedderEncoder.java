package org.factdesk.evidence;

import java.util.List;
import org.factdesk.nlp.Embedder;

/** The shipped sentence-embedding model as a {@link PassageEncoder}. */
public final class EmbedderEncoder implements PassageEncoder {
  private final Embedder embedder;

  public EmbedderEncoder(Embedder embedder) {
    if (embedder == null) {
      throw new IllegalArgumentException("embedder must not be null");
    }
    this.embedder = embedder;
  }

  /** The shared shipped model (all-MiniLM-L6-v2, quantised). */
  public static EmbedderEncoder shipped() {
    return new EmbedderEncoder(Embedder.shared());
  }

  @Override
  public float[][] encode(List<String> texts) {
    return embedder.embed(texts);
  }

  @Override
  public int dimension() {
    return embedder.dimension();
  }

  @Override
  public String name() {
    return embedder.name();
  }
}
