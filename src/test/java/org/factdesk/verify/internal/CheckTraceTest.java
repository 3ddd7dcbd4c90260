package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.internal.Json;
import org.factdesk.report.Finding;
import org.factdesk.verify.Passage;
import org.factdesk.verify.StanceResult;
import org.factdesk.verify.StanceVote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckTraceTest {
  @Test
  void offUnlessThePropertyNamesAFile() {
    assertThat(System.getProperty(CheckTrace.PROPERTY)).isNull();
    assertThat(CheckTrace.target()).isNull();
  }

  @Test
  void oneLinePerClaimSaysWhatEachStepMadeOfEachPassage(@TempDir Path dir) throws Exception {
    StanceResult head = StanceResult.of(new double[] {0.76, 0.21, 0.03}, "");
    StanceResult muted =
        StanceResult.of(new double[] {0.1, 0.1, 0.8}, "about another fact of the same story");
    String line =
        CheckTrace.line(
            "Replacement buses now run.",
            List.of(
                new Passage("https://x.test/1", "T", "S", null, "Coaches replaced trains.", 0.8)),
            false,
            List.of(head),
            List.of(new StanceVote(head, 1.0)),
            List.of(new StanceVote(muted, 1.0, true, StanceVote.Authority.MODEL)),
            List.of(List.of(new Finding("lexical", "agrees", "the same in other words"))),
            "UNVERIFIED");
    assertThat(line).doesNotContain("\n");
    Path file = dir.resolve("trace.jsonl");
    CheckTrace.append(file, line);
    CheckTrace.append(file, line);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode o = Json.mapper().readTree(lines.get(0));
    assertThat(o.path("verdict").asText()).isEqualTo("UNVERIFIED");
    JsonNode p = o.path("passages").get(0);
    assertThat(p.path("head").asText()).isEqualTo("S0.76 R0.21 N0.03");
    assertThat(p.path("relevant").asText()).isEqualTo("S0.10 R0.10 N0.80");
    assertThat(p.path("relevantCopy").asBoolean()).isTrue();
    assertThat(p.path("relevantNote").asText()).contains("another fact");
    assertThat(p.path("findings").get(0).asText()).startsWith("lexical:agrees:");
  }

  @Test
  void anUnwritableTraceFileIsAnInputErrorNamingTheProperty(@TempDir Path dir) {
    Path missing = dir.resolve("no/such/dir/trace.jsonl");
    assertThatThrownBy(() -> CheckTrace.append(missing, "{}"))
        .isInstanceOf(org.factdesk.InputException.class)
        .hasMessageContaining(CheckTrace.PROPERTY)
        .hasCauseInstanceOf(java.io.IOException.class);
  }
}
