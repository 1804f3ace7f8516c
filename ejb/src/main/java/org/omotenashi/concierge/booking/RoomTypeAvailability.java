package org.omotenashi.concierge.booking;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one room type offers for a stay: how many rooms are free on every night, the price of each
 * night and the total, in {@code currency} (taxes included).
 */
public record RoomTypeAvailability(
    String roomType, String name, int available, List<BigDecimal> nightly, BigDecimal total, String currency) {
  public RoomTypeAvailability {
    nightly = List.copyOf(nightly);
  }

  public boolean isBookable() {
    return available > 0;
  }
}
