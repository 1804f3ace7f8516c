package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No room of the type is free on every night of the stay (or the type is closed for sale). */
@ApplicationException(rollback = true)
public class NoRoomAvailableException extends BusinessException {
  public NoRoomAvailableException(String roomType, StayPeriod stay) {
    super("No " + roomType + " room is free from " + stay.checkIn() + " to " + stay.checkOut());
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "No room available";
  }
}
