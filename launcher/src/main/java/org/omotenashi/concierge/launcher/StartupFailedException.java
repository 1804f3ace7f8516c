package org.omotenashi.concierge.launcher;

/**
 * The system did not become ready: the message says why and ends with the last lines the
 * application server printed, which usually name the cause.
 */
public final class StartupFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  StartupFailedException(String reason, String logTail) {
    super(
        reason
            + (logTail.isBlank()
                ? ""
                : "\n--- last lines of the application server's log ---\n" + logTail));
  }
}
