package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk read}: not built yet. */
@Command(name = "read", description = "Read an article: text, metadata, comments (not built yet)")
final class ReadCommand extends PendingCommand {}
