package org.factdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A subcommand of the contract that is not built yet. It says so on standard error and exits with
 * status 2, whatever its arguments.
 */
abstract class PendingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Unmatched List<String> ignored;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("Error: " + spec.name() + ": not built yet in this version of factdesk.");
    spec.commandLine().getErr().flush();
    return Main.USAGE;
  }
}
