package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk check}: not built yet. */
@Command(name = "check", description = "Fact-check an article. (not built yet)")
final class CheckCommand extends PendingCommand {}
