package org.factdesk.cli;

/** A usage mistake found after parsing, such as conflicting options; exits with status 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
