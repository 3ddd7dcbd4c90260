package org.factdesk.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.factdesk.evidence.SentenceVector;
import org.junit.jupiter.api.Test;

class SentenceVectorsTest {
  private static final String TEXT = "  The storm damaged 124 homes.   The ferry was suspended. ";

  @Test
  void spansAreTheStrippedSentencesWithTheirOffsets() {
    List<SentenceVectors.Span> spans = SentenceVectors.spans(TEXT);
    assertThat(spans)
        .extracting(SentenceVectors.Span::text)
        .containsExactly("The storm damaged 124 homes.", "The ferry was suspended.");
    for (SentenceVectors.Span s : spans) {
      assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  void roundTripsWithinHalfPrecisionAndUnitLength() {
    List<SentenceVectors.Span> spans = SentenceVectors.spans(TEXT);
    float[][] v = {unit(1, 2, 3, 4), unit(-0.5f, 0.25f, 0.001f, 7)};
    List<SentenceVector> back = SentenceVectors.decode(SentenceVectors.encode(spans, v), TEXT);
    assertThat(back).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(back.get(i).text()).isEqualTo(spans.get(i).text());
      double n = 0;
      for (int j = 0; j < 4; j++) {
        assertThat(Math.abs(back.get(i).vector()[j] - v[i][j])).isLessThan(1e-3f);
        n += back.get(i).vector()[j] * back.get(i).vector()[j];
      }
      assertThat(n).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void unreadableOrMismatchedBytesGiveNothing() {
    List<SentenceVectors.Span> spans = SentenceVectors.spans(TEXT);
    BytesRef good = SentenceVectors.encode(spans, new float[][] {unit(1, 0), unit(0, 1)});
    assertThat(SentenceVectors.decode(null, TEXT)).isEmpty();
    assertThat(SentenceVectors.decode(new BytesRef(new byte[] {9, 0, 0}), TEXT)).isEmpty();
    byte[] otherVersion = good.bytes.clone();
    otherVersion[0] = 2;
    assertThat(SentenceVectors.decode(new BytesRef(otherVersion), TEXT)).isEmpty();
    byte[] cut = java.util.Arrays.copyOf(good.bytes, good.length - 1);
    assertThat(SentenceVectors.decode(new BytesRef(cut), TEXT)).isEmpty();
    assertThat(SentenceVectors.decode(good, "short")).isEmpty(); // offsets beyond the text
  }

  private static float[] unit(float... v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(n));
    }
    return out;
  }
}
