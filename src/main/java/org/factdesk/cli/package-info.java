/**
 * The factdesk command and its subcommands. Exceptions become exit codes and one-line errors here,
 * and only here.
 */
package org.factdesk.cli;
