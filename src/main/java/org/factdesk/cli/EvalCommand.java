package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk eval}: not built yet. */
@Command(name = "eval", description = "Run a benchmark on a data set. (not built yet)")
final class EvalCommand extends PendingCommand {}
