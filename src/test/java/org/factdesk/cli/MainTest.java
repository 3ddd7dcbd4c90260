package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void helpListsEveryContractCommand() {
    CliRunner.Result r = CliRunner.run("--help");
    assertThat(r.status()).isZero();
    for (String c :
        new String[] {
          "read",
          "claims",
          "ingest",
          "watch",
          "search",
          "check",
          "comments",
          "listen",
          "serve",
          "eval"
        }) {
      assertThat(r.out()).contains(c);
    }
  }

  @Test
  void versionNamesFactdesk() {
    CliRunner.Result r = CliRunner.run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("factdesk ");
  }

  @Test
  void unknownSubcommandIsUsageError() {
    CliRunner.Result r = CliRunner.run("frobnicate");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("Error:").doesNotContain("Exception");
  }

  @Test
  void noSubcommandIsUsageError() {
    assertThat(CliRunner.run().status()).isEqualTo(Main.USAGE);
  }
}
