package org.omotenashi.concierge.booking;

import java.time.LocalDate;
import java.util.Objects;

/** Some consecutive nights, both ends included, as staff say them ("from the 1st to the 10th"). */
public record NightRange(LocalDate firstNight, LocalDate lastNight) {
  public NightRange {
    Objects.requireNonNull(firstNight, "firstNight");
    Objects.requireNonNull(lastNight, "lastNight");
    if (lastNight.isBefore(firstNight)) {
      throw new InvalidBookingRequestException("lastNight", "must not be before firstNight");
    }
  }

  public boolean contains(LocalDate night) {
    return !night.isBefore(firstNight) && !night.isAfter(lastNight);
  }
}
