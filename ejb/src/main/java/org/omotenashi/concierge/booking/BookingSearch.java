package org.omotenashi.concierge.booking;

import java.time.LocalDate;

/** Filters of a booking search; null means "any". */
public record BookingSearch(
    String guestEmail, BookingStatus status, LocalDate from, LocalDate to, int limit) {
  public static final int MAX_LIMIT = 500;

  public BookingSearch {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidBookingRequestException("limit", "must be between 1 and " + MAX_LIMIT);
    }
  }
}
