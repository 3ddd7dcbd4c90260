package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk listen}: not built yet. */
@Command(
    name = "listen",
    description = "Narrate an article as audio with sentence timings. (not built yet)")
final class ListenCommand extends PendingCommand {}
