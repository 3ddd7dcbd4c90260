package org.factdesk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code factdesk} command. */
@Command(
    name = "factdesk",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An offline fact-checking desk for news.",
    subcommands = {
      ReadCommand.class,
      ClaimsCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      SearchCommand.class,
      CheckCommand.class,
      CommentsCommand.class,
      ListenCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit status: done. */
  public static final int OK = 0;

  /** Exit status: internal failure. */
  public static final int INTERNAL = 1;

  /** Exit status: bad usage. */
  public static final int USAGE = 2;

  /** Exit status: bad input (unreadable, malformed, refused URL). */
  public static final int BAD_INPUT = 3;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the command line with the given streams and returns the exit status. Used by tests. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(ErrorHandler::usage);
    try {
      return cl.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands errors on; the user still gets one line, not a JVM stack trace
      return ErrorHandler.fatal(e, args, cl.getErr());
    }
  }
}
