package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk search}: not built yet. */
@Command(name = "search", description = "Search the evidence index. (not built yet)")
final class SearchCommand extends PendingCommand {}
