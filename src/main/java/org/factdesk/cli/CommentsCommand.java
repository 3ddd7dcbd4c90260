package org.factdesk.cli;

import picocli.CommandLine.Command;

/** {@code factdesk comments}: not built yet. */
@Command(
    name = "comments",
    description =
        "Audit a comment thread for templated, coordinated or machine-written comments. (not built yet)")
final class CommentsCommand extends PendingCommand {}
