package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No booking has this reference. */
// Thrown before anything is written: the caller's transaction may go on (the agent answers the
// guest in the transaction that handles the message).
@ApplicationException(rollback = false)
public class BookingNotFoundException extends BusinessException {
  public BookingNotFoundException(BookingReference reference) {
    super("No booking " + reference);
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Booking not found";
  }
}
