package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdesk eval --predictions}: one line per example, agreeing with the figures. */
class EvalPredictionsTest {

  @TempDir Path dir;

  @Test
  void eachExampleIsWrittenAndTheLinesAddUpToTheConfusion() throws Exception {
    Path data = dir.resolve("pairs.jsonl");
    Files.writeString(
        data,
        """
        {"claim": "The Orlen bridge is 214 metres long.", "evidence": "The Orlen bridge, 214 metres long, opened in 1998.", "label": "supports"}
        {"claim": "The Orlen bridge is 214 metres long.", "evidence": "The Orlen bridge is 124 metres long.", "label": "refutes"}
        {"claim": "The Orlen bridge opened in 1998.", "evidence": "Tickets for the summer fair go on sale on Monday.", "label": "not enough info"}
        """,
        StandardCharsets.UTF_8);
    Path figures = dir.resolve("figures.json");
    Path predictions = dir.resolve("predictions.jsonl");
    CliRunner.Result r =
        CliRunner.run(
            "eval",
            "vitaminc",
            "--data-set",
            data.toString(),
            "--predictions",
            predictions.toString(),
            "-o",
            figures.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    Map<String, Integer> counted = new HashMap<>();
    for (String line : lines) {
      JsonNode p = Json.mapper().readTree(line);
      assertThat(p.get("benchmark").asText()).isEqualTo("vitaminc");
      assertThat(p.get("where").asText()).startsWith(data.toString() + ":");
      assertThat(p.get("confidence").asDouble()).isBetween(0.0, 1.0);
      counted.merge(p.get("gold").asText() + " -> " + p.get("predicted").asText(), 1, Integer::sum);
    }
    JsonNode result = Json.mapper().readTree(figures.toFile());
    Map<String, Integer> confusion = new HashMap<>();
    result
        .get("confusion")
        .fields()
        .forEachRemaining(e -> confusion.put(e.getKey(), e.getValue().asInt()));
    assertThat(counted).isEqualTo(confusion);
    assertThat(result.has("predictions")).isFalse(); // the figures stay small
    assertThat(lines.get(1)).contains("\"gold\":\"REFUTES\"");
  }

  @Test
  void anUnwritablePredictionsFileIsRefusedBeforeAnyWork() throws Exception {
    Path data = dir.resolve("pairs.jsonl");
    Files.writeString(
        data,
        "{\"claim\": \"A.\", \"evidence\": \"B.\", \"label\": \"supports\"}\n",
        StandardCharsets.UTF_8);
    CliRunner.Result missing =
        CliRunner.run(
            "eval",
            "vitaminc",
            "--data-set",
            data.toString(),
            "--predictions",
            dir.resolve("no/such/dir/p.jsonl").toString());
    assertThat(missing.status()).isNotZero();
    assertThat(missing.err()).contains("--predictions").contains("directory does not exist");
    assertThat(missing.err()).doesNotContain("vitaminc: n=").doesNotContain("Exception");
    CliRunner.Result directory =
        CliRunner.run(
            "eval", "vitaminc", "--data-set", data.toString(), "--predictions", dir.toString());
    assertThat(directory.err()).contains("is a directory");
    assertThat(Files.exists(dir.resolveSibling(dir.getFileName() + ".tmp"))).isFalse();
  }
}
