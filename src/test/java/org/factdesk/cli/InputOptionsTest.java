package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that reads an article takes the same input options and checks them the same way.
 */
class InputOptionsTest {
  private static final String PAGE = Path.of("examples/article.html").toString();

  /** The command line, with the output file that {@code listen} requires. */
  private static String[] args(String command, String... rest) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(rest));
    if (command.equals("listen")) {
      all.addAll(List.of("--output", "target/input-options-test.ogg"));
    }
    return all.toArray(String[]::new);
  }

  @ParameterizedTest
  @ValueSource(strings = {"read", "claims", "check", "listen"})
  void aTooSmallCapIsBadInputNamingTheFile(String command) {
    CliRunner.Result r = CliRunner.run(args(command, PAGE, "--max-bytes", "100"));
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).startsWith("Error: " + command + ": " + PAGE + ": ");
    assertThat(r.err().strip()).doesNotContain("\n").contains("100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"read", "claims", "check", "listen"})
  void aCapBelowOneIsBadUsage(String command) {
    CliRunner.Result r = CliRunner.run(args(command, PAGE, "--max-bytes", "0"));
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--max-bytes must be >= 1, got 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"read", "claims", "check", "listen"})
  void aLoopbackUrlIsRefusedWithoutTheFlag(String command) {
    CliRunner.Result r = CliRunner.run(args(command, "http://127.0.0.1:9/article.html"));
    assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).startsWith("Error: " + command + ": http://127.0.0.1:9/article.html: ");
  }
}
