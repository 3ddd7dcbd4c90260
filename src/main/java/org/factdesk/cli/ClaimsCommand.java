package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk claims}: not built yet. */
@Command(
    name = "claims",
    description =
        "Print the check-worthy claims of an article and their structure. (not built yet)")
final class ClaimsCommand extends PendingCommand {}
