package org.factdesk;

/**
 * An internal failure that is not the user's input: a shipped model that will not load, an index
 * that cannot be opened, a database error. The message says what was being done and on what; the
 * cause is always chained. The command line exits with status 1.
 */
public class FactDeskException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FactDeskException(String message, Throwable cause) {
    super(message, cause);
  }

  public FactDeskException(String message) {
    super(message);
  }
}
