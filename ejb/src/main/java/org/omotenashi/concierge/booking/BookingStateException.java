package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** The booking is in a state that does not allow what was asked (checking out a cancelled booking). */
@ApplicationException(rollback = true)
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
