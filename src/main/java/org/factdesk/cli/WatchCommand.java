package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk watch}: not built yet. */
@Command(
    name = "watch",
    description = "Keep polling feeds into the evidence index. (not built yet)")
final class WatchCommand extends PendingCommand {}
