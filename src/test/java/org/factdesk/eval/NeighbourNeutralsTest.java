package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.verify.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeighbourNeutralsTest {
  @TempDir Path dir;

  private Path write(String name, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void sentencesComeFromTheClosestOtherAbstractAndDoNotCoverTheClaim() throws Exception {
    Path corpus =
        write(
            "corpus.json",
            "{\"cord_id\":\"own\",\"abstract\":[\"Zinc lozenges shortened colds in adults by two"
                + " days on average.\"]}",
            "{\"cord_id\":\"near\",\"abstract\":[\"Zinc supplements were given to adults in a"
                + " nursing home during winter.\",\"Zinc lozenges shortened colds in adults by two"
                + " days, the trial found.\",\"The weather was mild that year in the region.\"]}",
            "{\"cord_id\":\"far\",\"abstract\":[\"Bridges in the region were inspected by"
                + " engineers during the year.\"]}");
    Path claims =
        write(
            "claims.json",
            "{\"claim\":\"Zinc lozenges shorten common colds in older adults.\",\"cord_id\":\"own\","
                + "\"label\":\"SUPPORT\",\"evidence_set\":[{\"sent_index\":0}]}");
    List<PairExample> n = NeighbourNeutrals.of(claims, corpus, 3, 7);
    // the sentence that repeats the claim (covers it) and the ones sharing none of its words or
    // coming from its own abstract are left out
    assertThat(n)
        .extracting(PairExample::evidence)
        .containsExactly("Zinc supplements were given to adults in a nursing home during winter.");
    assertThat(n).allMatch(p -> p.gold() == Stance.NEUTRAL);
    assertThat(NeighbourNeutrals.of(claims, corpus, 3, 7)).isEqualTo(n);
    assertThatThrownBy(() -> NeighbourNeutrals.of(claims, corpus, 0, 7))
        .hasMessageContaining("perClaim must be >= 1, got 0");
  }
}
