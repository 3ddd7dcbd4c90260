package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk ingest}: not built yet. */
@Command(name = "ingest", description = "Ingest sources into the evidence index. (not built yet)")
final class IngestCommand extends PendingCommand {}
