package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No room of the type is free on every night of the stay (or the type is closed for sale). */
// Thrown before anything is written: the caller's transaction may go on (the agent answers the
// guest in the transaction that handles the message).
@ApplicationException(rollback = false)
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
