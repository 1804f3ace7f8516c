package org.omotenashi.concierge.agent.dialogue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The hotel's rules for a stay, checked before asking the reservation system. */
final class StayLimits {
  private StayLimits() {}

  static boolean acceptable(
      HotelProfile hotel, LocalDate today, LocalDate checkIn, LocalDate checkOut) {
    long nights = ChronoUnit.DAYS.between(checkIn, checkOut);
    return !checkIn.isBefore(today)
        && nights >= 1
        && nights <= hotel.maxNights()
        && !checkIn.isAfter(today.plusDays(hotel.bookingHorizonDays()));
  }
}
