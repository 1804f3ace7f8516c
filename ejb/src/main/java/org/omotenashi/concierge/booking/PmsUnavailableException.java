package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** The external property-management system does not answer; reads may be served from the cache, writes are refused so that nothing is promised twice. */
// Thrown before anything is written: the caller's transaction may go on (the agent answers the
// guest in the transaction that handles the message).
@ApplicationException(rollback = false)
public class PmsUnavailableException extends BusinessException {
  public PmsUnavailableException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 503;
  }

  @Override
  public String title() {
    return "Property-management system unavailable";
  }
}
