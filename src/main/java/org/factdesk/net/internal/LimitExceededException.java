package org.factdesk.net.internal;

import java.io.IOException;

/** A stream produced more bytes than allowed. */
public final class LimitExceededException extends IOException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }
}
