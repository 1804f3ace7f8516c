package org.omotenashi.concierge.booking;

/** Who stays: adults (at least one) and children. */
public record Party(int adults, int children) {
  public Party {
    if (adults < 1) {
      throw new InvalidBookingRequestException("adults", "must be at least 1");
    }
    if (children < 0) {
      throw new InvalidBookingRequestException("children", "must not be negative");
    }
  }

  public int guests() {
    return adults + children;
  }
}
