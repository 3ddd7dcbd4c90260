package org.factdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.FactDeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedderTest {
  private final Embedder embedder = Embedder.shared();

  @Test
  void embeddingsAreNormalisedWith384Dimensions() {
    float[] v = embedder.embed("Russia fired 183 drones at Ukraine overnight.");
    assertThat(embedder.dimension()).isEqualTo(384);
    assertThat(v).hasSize(384);
    assertThat(Embedder.dot(v, v)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
  }

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    float[][] v =
        embedder.embed(
            List.of(
                "The two militaries agreed to restore their hotline.",
                "The armed forces of both countries will reopen their direct communication line.",
                "The recipe calls for two cups of flour and a pinch of salt."));
    assertThat(Embedder.dot(v[0], v[1])).isGreaterThan(Embedder.dot(v[0], v[2]) + 0.2f);
  }

  /**
   * The quantised model scales activations per batch, so a text's embedding depends slightly on its
   * batch mates; order and meaning must not.
   */
  @Test
  void batchedResultsMatchSingleResultsInInputOrder() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      texts.add("sentence number " + i + " ".repeat(i % 5) + "word ".repeat(i % 13));
    }
    float[][] batched = embedder.embed(texts);
    for (int i : new int[] {0, 13, 33, 69}) {
      float[] single = embedder.embed(texts.get(i));
      assertThat(Embedder.dot(batched[i], single)).isGreaterThan(0.97f);
    }
  }

  @Test
  void emptyAndVeryLongTextsAreEmbedded() {
    float[][] v = embedder.embed(List.of("", "word ".repeat(5000)));
    assertThat(v[0]).hasSize(384);
    assertThat(v[1]).hasSize(384);
  }

  @Test
  void pairsAreEncodedJointlyWithOneStatePerPiece() {
    List<Embedder.PairStates> s =
        embedder.encodePairs(
            List.of("The plant cost 4.2 million euros.", "Short claim."),
            List.of("Officials said the plant cost 4.2 million euros in all.", "Other text."));
    Embedder.PairStates a = s.get(0);
    assertThat(a.pieces().get(0)).isEqualTo("[CLS]");
    assertThat(a.pieces().get(a.secondStart() - 1)).isEqualTo("[SEP]");
    assertThat(a.pieces().get(a.pieces().size() - 1)).isEqualTo("[SEP]");
    assertThat(a.pieces().subList(1, a.secondStart() - 1)).contains("plant", "euros");
    assertThat(a.states()).hasNumberOfRows(a.pieces().size());
    assertThat(a.states()[0]).hasSize(embedder.dimension());
    assertThat(s.get(1).pieces()).startsWith("[CLS]", "short", "claim", ".", "[SEP]", "other");
    assertThatThrownBy(() -> embedder.encodePairs(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void corruptedModelFileIsAClearError(@TempDir Path dir) throws Exception {
    Path onnx = dir.resolve("broken.onnx");
    Files.write(onnx, "not a model".getBytes(StandardCharsets.UTF_8));
    Path tok = dir.resolve("tokenizer.json");
    Files.writeString(
        tok,
        "{\"model\":{\"vocab\":{\"[CLS]\":1,\"[SEP]\":2,\"[UNK]\":3}}}",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Embedder.load(onnx, tok, 1))
        .isInstanceOf(FactDeskException.class)
        .hasMessageContaining("broken.onnx");
  }
}
