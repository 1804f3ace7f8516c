package org.omotenashi.concierge.hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The rules of the house that bookings obey, read from the property file's {@code policies}:
 * check-in and check-out times, the longest stay, how far ahead a stay may be booked, and how many
 * hours before arrival (at check-in time) a booking may still be cancelled free of charge.
 */
@Embeddable
public class StayRules {
  public static final LocalTime DEFAULT_CHECK_IN = LocalTime.of(15, 0);
  public static final LocalTime DEFAULT_CHECK_OUT = LocalTime.of(11, 0);
  public static final int DEFAULT_MAX_NIGHTS = 30;
  public static final int DEFAULT_BOOKING_HORIZON_DAYS = 365;
  public static final int DEFAULT_FREE_CANCELLATION_HOURS = 72;

  @Column(name = "check_in_time", nullable = false)
  private LocalTime checkInTime;

  @Column(name = "check_out_time", nullable = false)
  private LocalTime checkOutTime;

  @Column(name = "max_nights", nullable = false)
  private int maxNights;

  @Column(name = "booking_horizon_days", nullable = false)
  private int bookingHorizonDays;

  @Column(name = "free_cancellation_hours", nullable = false)
  private int freeCancellationHours;

  protected StayRules() {
    // for JPA
  }

  public StayRules(
      LocalTime checkInTime,
      LocalTime checkOutTime,
      int maxNights,
      int bookingHorizonDays,
      int freeCancellationHours) {
    this.checkInTime = checkInTime;
    this.checkOutTime = checkOutTime;
    this.maxNights = maxNights;
    this.bookingHorizonDays = bookingHorizonDays;
    this.freeCancellationHours = freeCancellationHours;
  }

  public static StayRules defaults() {
    return new StayRules(
        DEFAULT_CHECK_IN,
        DEFAULT_CHECK_OUT,
        DEFAULT_MAX_NIGHTS,
        DEFAULT_BOOKING_HORIZON_DAYS,
        DEFAULT_FREE_CANCELLATION_HOURS);
  }

  public LocalTime checkInTime() {
    return checkInTime;
  }

  public LocalTime checkOutTime() {
    return checkOutTime;
  }

  public int maxNights() {
    return maxNights;
  }

  public int bookingHorizonDays() {
    return bookingHorizonDays;
  }

  public int freeCancellationHours() {
    return freeCancellationHours;
  }

  /**
   * Why the hotel does not take a stay booked today, or empty when it does: the stay must not start
   * in the past nor beyond the booking horizon, and lasts from one night to {@link #maxNights()}.
   * Checked by the booking service, and by the agent before it asks the reservation system.
   */
  public Optional<StayRuleBreach> breach(LocalDate checkIn, LocalDate checkOut, LocalDate today) {
    long nights = ChronoUnit.DAYS.between(checkIn, checkOut);
    if (checkIn.isBefore(today)) {
      return breach("checkIn", "is in the past (today is " + today + " at the hotel)");
    }
    if (checkIn.isAfter(today.plusDays(bookingHorizonDays))) {
      return breach("checkIn", "is more than " + bookingHorizonDays + " days ahead");
    }
    if (nights < 1) {
      return breach("checkOut", "must be after checkIn");
    }
    if (nights > maxNights) {
      return breach("checkOut", "makes " + nights + " nights; the longest stay is " + maxNights);
    }
    return Optional.empty();
  }

  private static Optional<StayRuleBreach> breach(String field, String reason) {
    return Optional.of(new StayRuleBreach(field, reason));
  }

  /** A rule a stay breaks: the request's field to blame and why. */
  public record StayRuleBreach(String field, String reason) {}
}
