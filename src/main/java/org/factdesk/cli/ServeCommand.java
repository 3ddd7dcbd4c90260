package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk serve}: not built yet. */
@Command(name = "serve", description = "Serve the web app and the /v1 API. (not built yet)")
final class ServeCommand extends PendingCommand {}
