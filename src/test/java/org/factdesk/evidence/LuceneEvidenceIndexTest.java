package org.factdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.FactDeskException;
import org.junit.jupiter.api.Test;

/** The shared suite on the embedded Lucene index, plus what is specific to it. */
class LuceneEvidenceIndexTest extends EvidenceIndexContract {
  @Override
  protected EvidenceIndex open(Path dir, PassageEncoder encoder) {
    return LuceneEvidenceIndex.open(dir.resolve("index"), encoder);
  }

  @Test
  void refusesAnIndexBuiltWithAnotherEncoder() {
    try (EvidenceIndex index = open(dir, new TestEncoder())) {
      index.add(List.of(doc("https://a.example/flood", "Alpha", null, null, FLOOD)));
    }
    PassageEncoder other =
        new PassageEncoder() {
          @Override
          public float[][] encode(List<String> texts) {
            return new TestEncoder().encode(texts);
          }

          @Override
          public int dimension() {
            return 64;
          }

          @Override
          public String name() {
            return "another-model";
          }
        };
    assertThatThrownBy(() -> open(dir, other))
        .isInstanceOf(FactDeskException.class)
        .hasMessageContaining("another-model");
  }

  @Test
  void int8VectorsFindTheSame() {
    try (EvidenceIndex index =
        LuceneEvidenceIndex.open(
            dir.resolve("q"),
            new TestEncoder(),
            LuceneEvidenceIndex.Options.defaults()
                .withStorage(LuceneEvidenceIndex.VectorStorage.INT8))) {
      index.add(
          List.of(
              doc("https://a.example/flood", "Alpha", null, null, FLOOD),
              doc("https://c.example/cars", "Gamma", null, null, CARS)));
      assertThat(
              index
                  .search(SearchRequest.of("vehicle", 1).withMode(SearchRequest.Mode.VECTOR))
                  .get(0)
                  .passage()
                  .url())
          .isEqualTo("https://c.example/cars");
    }
  }
}
