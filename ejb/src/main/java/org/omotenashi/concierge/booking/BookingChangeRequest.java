package org.omotenashi.concierge.booking;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a guest or staff wants changed on a booking; an empty field keeps what the booking has, so
 * "one night more" is just a new check-out date.
 */
public record BookingChangeRequest(
    Optional<String> roomType,
    Optional<LocalDate> checkIn,
    Optional<LocalDate> checkOut,
    Optional<Integer> adults,
    Optional<Integer> children,
    Optional<GuestContact> guest) {

  public boolean isEmpty() {
    return roomType.isEmpty()
        && checkIn.isEmpty()
        && checkOut.isEmpty()
        && adults.isEmpty()
        && children.isEmpty()
        && guest.isEmpty();
  }

  public boolean changesDates() {
    return checkIn.isPresent() || checkOut.isPresent();
  }

  /** The booking as it would be after the change. */
  public BookingRequest applyTo(PmsBooking booking) {
    return new BookingRequest(
        roomType.orElse(booking.roomType()),
        new StayPeriod(
            checkIn.orElse(booking.stay().checkIn()), checkOut.orElse(booking.stay().checkOut())),
        new Party(
            adults.orElse(booking.party().adults()), children.orElse(booking.party().children())),
        guest.orElse(booking.guest()),
        booking.conversationId());
  }
}
