package org.factdesk.cli;

import java.io.PrintWriter;
import org.factdesk.FactDeskException;
import org.factdesk.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one-line errors and exit codes. Stack traces only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    String command = cl.getCommandName();
    int status;
    String message;
    if (ex instanceof InputException) {
      status = Main.BAD_INPUT;
      message = ex.getMessage();
    } else if (ex instanceof UsageException) {
      status = Main.USAGE;
      message = ex.getMessage();
    } else if (ex instanceof FactDeskException) {
      status = Main.INTERNAL;
      message = messageWithCause(ex);
    } else {
      status = Main.INTERNAL;
      message = "internal error: " + messageWithCause(ex);
    }
    err.println("Error: " + command + ": " + oneLine(message));
    if (GlobalOptions.verbose(cl)) {
      ex.printStackTrace(err);
    } else if (status == Main.INTERNAL) {
      err.println("(run again with --verbose for details)");
    }
    err.flush();
    return status;
  }

  /**
   * The one-line report of a JVM error that escaped a command (a stack overflow or running out of
   * memory on some input); the trace only with --verbose.
   */
  static int fatal(VirtualMachineError e, String[] args, PrintWriter err) {
    // the first word that is not an option names the command ("factdesk -v claims x.txt")
    String command =
        java.util.Arrays.stream(args)
            .filter(a -> !a.startsWith("-"))
            .findFirst()
            .orElse("factdesk");
    String what =
        e instanceof StackOverflowError
            ? "stack overflow (the input is too deeply nested or has an extremely long sentence)"
            : "out of memory (the input is too large for the heap; FACTDESK_JAVA_OPTS=-Xmx... gives"
                + " more)";
    err.println("Error: " + command + ": internal error: " + what);
    if (GlobalOptions.verbose(java.util.List.of(args))) {
      e.printStackTrace(err);
    } else {
      err.println("(run again with --verbose for details)");
    }
    err.flush();
    return Main.INTERNAL;
  }

  static int usage(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("Error: " + cl.getCommandName() + ": " + oneLine(ex.getMessage()));
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return Main.USAGE;
  }

  private static String messageWithCause(Throwable ex) {
    String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    Throwable cause = ex.getCause();
    if (cause != null && cause.getMessage() != null && !m.contains(cause.getMessage())) {
      m = m + " (" + cause.getMessage() + ")";
    }
    return m;
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 500 ? line.substring(0, 497) + "..." : line;
  }
}
