package org.omotenashi.concierge.booking;

import java.util.List;
import java.util.Optional;

/**
 * What the concierge needs from a property-management system: availability and prices, and the
 * bookings it holds. The embedded PMS ({@link EmbeddedPms}) is the default; an external one is
 * chosen by {@code concierge.pms.provider}. Callers go through {@link BookingService}, which checks
 * the hotel's rules first, keeps the availability cache and records each change in the history.
 *
 * <p>Implementations answer a request they cannot satisfy with the named exceptions of this package
 * ({@link NoRoomAvailableException}, {@link BookingNotFoundException}, {@link
 * BookingStateException}, {@link PmsUnavailableException}).
 */
public interface PropertyManagementSystem {
  /** A short name for logs, metrics and health: {@code embedded}, {@code qloapps}. */
  String name();

  /** Every room type the hotel sells, with how many rooms are free on all nights and the prices. */
  List<RoomTypeAvailability> availability(StayRequest request);

  PmsBooking create(BookingRequest request);

  Optional<PmsBooking> find(BookingReference reference);

  /** Re-checks availability and re-prices; the booking keeps its reference. */
  PmsBooking modify(BookingReference reference, BookingRequest changed);

  /** Cancels under the hotel's cancellation policy; a late cancellation records the fee charged. */
  PmsBooking cancel(BookingReference reference);
}
