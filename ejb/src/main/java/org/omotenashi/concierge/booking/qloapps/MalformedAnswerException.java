package org.omotenashi.concierge.booking.qloapps;

/**
 * QloApps answered, but not with what its webservice sends: a field is missing or of the wrong
 * kind. Internal to the adapter; the gateway turns it into a {@code PmsUnavailableException} that
 * names the call.
 */
class MalformedAnswerException extends RuntimeException {
  MalformedAnswerException(String problem) {
    super(problem);
  }
}
