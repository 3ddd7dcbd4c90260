package org.factdesk.narrate;

import org.factdesk.FactDeskException;

/** The chosen speech engine is not installed, not configured or not allowed. */
public class EngineUnavailableException extends FactDeskException {
  private static final long serialVersionUID = 1L;

  public EngineUnavailableException(String message) {
    super(message);
  }

  public EngineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
