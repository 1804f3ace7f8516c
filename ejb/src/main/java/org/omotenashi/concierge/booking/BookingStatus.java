package org.omotenashi.concierge.booking;

/** Where a booking is in its life. Only CONFIRMED and CHECKED_IN bookings hold a room. */
public enum BookingStatus {
  CONFIRMED,
  CANCELLED,
  CHECKED_IN,
  CHECKED_OUT,
  NO_SHOW;

  public boolean holdsInventory() {
    return this == CONFIRMED || this == CHECKED_IN;
  }
}
