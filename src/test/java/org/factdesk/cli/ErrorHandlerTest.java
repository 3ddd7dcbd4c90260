package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {
  @Test
  void aJvmErrorBecomesOneLineWithoutTrace() {
    StringWriter out = new StringWriter();
    int status =
        ErrorHandler.fatal(
            new StackOverflowError(), new String[] {"claims", "x.txt"}, new PrintWriter(out));
    assertThat(status).isEqualTo(Main.INTERNAL);
    assertThat(out.toString())
        .startsWith("Error: claims: internal error: stack overflow")
        .doesNotContain("\tat ");
    assertThat(out.toString().lines()).hasSize(2);
  }

  @Test
  void theTraceOnlyWithVerbose() {
    StringWriter out = new StringWriter();
    ErrorHandler.fatal(
        new OutOfMemoryError("Java heap space"),
        new String[] {"check", "a.html", "--verbose"},
        new PrintWriter(out));
    assertThat(out.toString()).contains("out of memory").contains("\tat ");
  }

  @Test
  void anOptionBeforeTheCommandIsNotItsNameAndDashVIsVerbose() {
    StringWriter out = new StringWriter();
    ErrorHandler.fatal(
        new StackOverflowError(), new String[] {"-v", "claims", "x.txt"}, new PrintWriter(out));
    assertThat(out.toString()).startsWith("Error: claims: internal error").contains("\tat ");
  }
}
