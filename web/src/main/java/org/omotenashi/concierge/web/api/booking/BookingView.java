package org.omotenashi.concierge.web.api.booking;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.web.api.Money;

/**
 * A booking as the API shows it (shared/API.md): {@code room} and {@code conversationId} may be
 * null; {@code cancellationFee} is what a late cancellation or a no-show charged, zero otherwise.
 */
@JsonbNillable
public record BookingView(
    String reference,
    BookingStatus status,
    LocalDate checkIn,
    LocalDate checkOut,
    int adults,
    int children,
    String roomType,
    String room,
    GuestView guest,
    Money total,
    Money cancellationFee,
    String conversationId,
    Instant createdAt,
    Instant updatedAt) {

  @JsonbNillable
  public record GuestView(String name, String email, String phone) {
    static GuestView of(GuestContact guest) {
      return new GuestView(guest.name(), guest.email(), guest.phone());
    }
  }

  public static BookingView of(PmsBooking booking) {
    return new BookingView(
        booking.reference().value(),
        booking.status(),
        booking.stay().checkIn(),
        booking.stay().checkOut(),
        booking.party().adults(),
        booking.party().children(),
        booking.roomType(),
        booking.room(),
        GuestView.of(booking.guest()),
        Money.of(booking.total(), booking.currency()),
        Money.of(
            booking.cancellationFee() == null ? BigDecimal.ZERO : booking.cancellationFee(),
            booking.currency()),
        booking.conversationId(),
        booking.createdAt(),
        booking.updatedAt());
  }
}
