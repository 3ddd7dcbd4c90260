package org.factdesk.evidence.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.factdesk.article.Sentence;
import org.factdesk.evidence.SentenceVector;
import org.factdesk.nlp.SentenceSplitter;

/**
 * The sentences of a passage and the stored form of their vectors: a version byte, the dimension,
 * the count, then per sentence its start and end offsets in the passage text and its vector as
 * 16-bit floats (IEEE half precision; half the size of floats, about 3 significant digits, which
 * moves a cosine of unit vectors by less than 1e-3).
 */
public final class SentenceVectors {
  private static final byte VERSION = 1;

  private SentenceVectors() {}

  /** A sentence of a passage: its stripped text and offsets. */
  public record Span(String text, int start, int end) {}

  /**
   * The non-empty sentences of a passage text, stripped, as the checker reads them ({@code
   * SentenceSplitter.split(text, 0)}).
   */
  public static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    for (Sentence s : SentenceSplitter.split(text, 0)) {
      String raw = s.text();
      String t = raw.strip();
      if (t.isEmpty()) {
        continue;
      }
      int lead = raw.indexOf(t);
      int start = s.start() + lead;
      int end = start + t.length();
      if (start < 0 || end > text.length() || !text.regionMatches(start, t, 0, t.length())) {
        // a splitter that rewrites text: keep the sentence, locate it by search
        int at = text.indexOf(t);
        if (at < 0) {
          continue;
        }
        start = at;
        end = at + t.length();
      }
      out.add(new Span(t, start, end));
    }
    return out;
  }

  /** The stored form of the vectors of {@code spans} (same order). */
  public static BytesRef encode(List<Span> spans, float[][] vectors) {
    if (spans.size() != vectors.length) {
      throw new IllegalArgumentException(
          "spans and vectors differ in number: " + spans.size() + " vs " + vectors.length);
    }
    int dim = vectors.length == 0 ? 0 : vectors[0].length;
    ByteBuffer b =
        ByteBuffer.allocate(1 + 4 + 4 + spans.size() * (8 + 2 * dim))
            .order(ByteOrder.LITTLE_ENDIAN);
    b.put(VERSION).putInt(dim).putInt(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      if (vectors[i].length != dim) {
        throw new IllegalArgumentException(
            "vector " + i + " has " + vectors[i].length + " dimensions, not " + dim);
      }
      b.putInt(spans.get(i).start()).putInt(spans.get(i).end());
      for (float f : vectors[i]) {
        b.putShort(Float.floatToFloat16(f));
      }
    }
    return new BytesRef(b.array());
  }

  /**
   * The sentence vectors stored for a passage text; empty when {@code bytes} is null, of another
   * version, or does not fit the text (then the caller embeds the sentences itself).
   */
  public static List<SentenceVector> decode(BytesRef bytes, String text) {
    if (bytes == null || bytes.length < 9) {
      return List.of();
    }
    ByteBuffer b =
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN);
    if (b.get() != VERSION) {
      return List.of();
    }
    int dim = b.getInt();
    int count = b.getInt();
    if (dim < 1 || count < 0 || (long) count * (8 + 2L * dim) != b.remaining()) {
      return List.of();
    }
    List<SentenceVector> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int start = b.getInt();
      int end = b.getInt();
      float[] v = new float[dim];
      for (int j = 0; j < dim; j++) {
        v[j] = Float.float16ToFloat(b.getShort());
      }
      if (start < 0 || end < start || end > text.length()) {
        return List.of();
      }
      unit(v);
      out.add(new SentenceVector(text.substring(start, end), start, end, v));
    }
    return out;
  }

  /** Rescales to unit length what half precision left a little off it. */
  private static void unit(float[] v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
  }
}
