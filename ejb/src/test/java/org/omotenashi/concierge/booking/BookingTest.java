package org.omotenashi.concierge.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.hotel.RoomType;

class BookingTest {
  private static final LocalDate ARRIVAL = LocalDate.of(2027, 1, 15);
  private static final Instant BOOKED = Instant.parse("2026-12-01T00:00:00Z");
  private final CancellationPolicy policy =
      new CancellationPolicy(72, LocalTime.of(15, 0), ZoneId.of("Asia/Tokyo"));
  private final RoomType deluxe = DemoHotel.roomType("DLX-KING");

  private Booking threeNights() {
    BookingRequest request = new BookingRequest("DLX-KING",
        new StayPeriod(ARRIVAL, ARRIVAL.plusDays(3)), new Party(2, 0),
        new GuestContact("Ana García", "ana@example.com", null), null);
    return new Booking(BookingReference.parse("SKR-7K3Q9P"), deluxe, request,
        List.of(new BigDecimal("26000"), new BigDecimal("30000"), new BigDecimal("30000")), BOOKED);
  }

  @Test
  void aNewBookingIsConfirmedWithTheTotalOfItsNights() {
    Booking booking = threeNights();

    assertThat(booking.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(booking.getTotal()).isEqualByComparingTo("86000");
    assertThat(booking.snapshot().currency()).isEqualTo("JPY");
  }

  @Test
  void cancellingOneMinuteBeforeTheDeadlineCostsNothing() {
    Booking booking = threeNights();

    booking.cancel(policy, policy.freeUntil(ARRIVAL).minusSeconds(60));

    assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(booking.getCancellationFee()).isNull();
  }

  @Test
  void cancellingOneMinuteAfterTheDeadlineChargesTheFirstNight() {
    Booking booking = threeNights();

    booking.cancel(policy, policy.freeUntil(ARRIVAL).plusSeconds(60));

    assertThat(booking.getCancellationFee()).isEqualByComparingTo("26000");
  }

  @Test
  void aCancelledBookingCanNeitherBeCancelledAgainNorChanged() {
    Booking booking = threeNights();
    booking.cancel(policy, BOOKED);

    assertThatThrownBy(() -> booking.cancel(policy, BOOKED)).isInstanceOf(BookingStateException.class);
    assertThatThrownBy(() -> booking.checkOut(BOOKED)).isInstanceOf(BookingStateException.class);
  }

  @Test
  void checkingInAssignsTheRoomOnlyDuringTheStay() {
    Booking booking = threeNights();
    var room = deluxe.getRooms().get(2);

    assertThatThrownBy(() -> booking.checkIn(room, ARRIVAL.minusDays(1), BOOKED))
        .isInstanceOf(BookingStateException.class);
    booking.checkIn(room, ARRIVAL, BOOKED);

    assertThat(booking.getStatus()).isEqualTo(BookingStatus.CHECKED_IN);
    assertThat(booking.snapshot().room()).isEqualTo(room.getNumber());
    booking.checkOut(BOOKED);
    assertThat(booking.getStatus()).isEqualTo(BookingStatus.CHECKED_OUT);
  }

  @Test
  void aNoShowChargesTheFirstNightButNotBeforeTheArrivalDay() {
    Booking booking = threeNights();

    assertThatThrownBy(() -> booking.markNoShow(ARRIVAL.minusDays(1), BOOKED))
        .isInstanceOf(BookingStateException.class);
    booking.markNoShow(ARRIVAL, BOOKED);

    assertThat(booking.getStatus()).isEqualTo(BookingStatus.NO_SHOW);
    assertThat(booking.getCancellationFee()).isEqualByComparingTo("26000");
  }
}
