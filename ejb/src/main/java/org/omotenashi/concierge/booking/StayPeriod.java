package org.omotenashi.concierge.booking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The nights of a stay: from the check-in date to the check-out date, which is not a night of the
 * stay. Always at least one night.
 */
public record StayPeriod(LocalDate checkIn, LocalDate checkOut) {
  public StayPeriod {
    Objects.requireNonNull(checkIn, "checkIn");
    Objects.requireNonNull(checkOut, "checkOut");
    if (!checkOut.isAfter(checkIn)) {
      throw new InvalidBookingRequestException("checkOut", "must be after checkIn");
    }
  }

  public int nights() {
    return (int) ChronoUnit.DAYS.between(checkIn, checkOut);
  }

  /** Each night of the stay, named by its date (the night of the 15th starts on the 15th). */
  public List<LocalDate> eachNight() {
    return checkIn.datesUntil(checkOut).toList();
  }

  public boolean overlaps(LocalDate firstNight, LocalDate lastNight) {
    return !checkIn.isAfter(lastNight) && checkOut.isAfter(firstNight);
  }
}
