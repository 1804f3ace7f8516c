package org.omotenashi.concierge.booking;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.InvalidFieldException;

/**
 * A booking request the hotel cannot accept as asked (check-out before check-in, too many guests,
 * an unknown room type).
 */
// Thrown before anything is written: the caller's transaction may go on (the agent answers the
// guest in the transaction that handles the message).
@ApplicationException(rollback = false)
public class InvalidBookingRequestException extends InvalidFieldException {
  public InvalidBookingRequestException(String field, String problem) {
    super(field, problem);
  }

  @Override
  public String title() {
    return "Invalid booking request";
  }
}
