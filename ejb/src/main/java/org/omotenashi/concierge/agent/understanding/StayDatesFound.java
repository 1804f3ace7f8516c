package org.omotenashi.concierge.agent.understanding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The stay dates a guest's message names. Each part is {@code null} when the message does not say
 * it; when two parts are known the third is filled in, so whatever is present is consistent:
 * check-out is after check-in, nights is at least one, and {@code checkIn + nights = checkOut}.
 */
public record StayDatesFound(LocalDate checkIn, LocalDate checkOut, Integer nights) {

  public StayDatesFound {
    if (nights != null && nights < 1) {
      throw new IllegalArgumentException("nights must be at least 1, not " + nights);
    }
    if (checkIn != null && checkOut != null) {
      if (!checkOut.isAfter(checkIn)) {
        throw new IllegalArgumentException("check-out " + checkOut + " is not after " + checkIn);
      }
      if (nights != null && ChronoUnit.DAYS.between(checkIn, checkOut) != nights) {
        throw new IllegalArgumentException(
            nights + " nights do not lead from " + checkIn + " to " + checkOut);
      }
    }
  }
}
