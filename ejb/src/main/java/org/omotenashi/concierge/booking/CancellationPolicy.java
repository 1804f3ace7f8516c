package org.omotenashi.concierge.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.omotenashi.concierge.hotel.Property;

/**
 * When a booking may be cancelled free of charge: until {@code freeHours} before arrival, arrival
 * being the check-in date at the hotel's check-in time in its time zone (72 hours before 15:00 in
 * Kyoto is 15:00 Kyoto time three days before). After that, and for a no-show, the first night is
 * charged.
 */
public record CancellationPolicy(int freeHours, LocalTime checkInTime, ZoneId zone) {

  public static CancellationPolicy of(Property property) {
    return new CancellationPolicy(
        property.getStayRules().freeCancellationHours(),
        property.getStayRules().checkInTime(),
        property.getTimezone());
  }

  /** The last instant at which a booking arriving on {@code checkIn} is cancelled for free. */
  public Instant freeUntil(LocalDate checkIn) {
    return checkIn.atTime(checkInTime).atZone(zone).toInstant().minus(freeHours, ChronoUnit.HOURS);
  }

  public boolean isFree(LocalDate checkIn, Instant now) {
    return !now.isAfter(freeUntil(checkIn));
  }
}
