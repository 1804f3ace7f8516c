package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No booking has this reference. */
@ApplicationException(rollback = true)
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
