package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** The booking is in a state that does not allow what was asked (checking out a cancelled booking). */
// Thrown before anything is written: the caller's transaction may go on (the agent answers the
// guest in the transaction that handles the message).
@ApplicationException(rollback = false)
public class BookingStateException extends BusinessException {
  public BookingStateException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Booking state conflict";
  }
}
