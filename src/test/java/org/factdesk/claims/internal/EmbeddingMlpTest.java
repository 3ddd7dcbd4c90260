package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class EmbeddingMlpTest {
  // dim 2, hidden 2: h0 = relu(x0 - x1), h1 = relu(x1 + 0.5); z = 0.25 + 2*h0 - 1*h1
  private static final EmbeddingMlp MLP =
      new EmbeddingMlp(
          2, new float[] {1, -1, 0, 1}, new float[] {0, 0.5f}, new float[] {2, -1}, 0.25f);

  @Test
  void computesReluNetwork() {
    assertThat(MLP.logit(new float[] {1, 0})).isEqualTo(0.25 + 2 - 0.5, within());
    // h0 is cut at 0 when x1 > x0
    assertThat(MLP.logit(new float[] {0, 1})).isEqualTo(0.25 - 1.5, within());
  }

  @Test
  void writesAndReadsBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MLP.write(out);
    EmbeddingMlp back = EmbeddingMlp.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.dim()).isEqualTo(2);
    assertThat(back.logit(new float[] {0.3f, -0.7f}))
        .isEqualTo(MLP.logit(new float[] {0.3f, -0.7f}), within());
  }

  @Test
  void rejectsWrongDimensionAndSizes() {
    assertThatThrownBy(() -> MLP.logit(new float[3]))
        .hasMessage("embedding must have 2 dimensions, got 3");
    assertThatThrownBy(() -> new EmbeddingMlp(2, new float[3], new float[2], new float[2], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inconsistent sizes");
  }

  @Test
  void rejectsOtherFiles() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LinearModel(new float[2], 0, 0.5f).write(out);
    assertThatThrownBy(() -> EmbeddingMlp.read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a check-worthiness embedding model");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
