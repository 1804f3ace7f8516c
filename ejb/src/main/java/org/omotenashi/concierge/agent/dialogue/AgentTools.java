package org.omotenashi.concierge.agent.dialogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.omotenashi.concierge.booking.BookingChangeRequest;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayRequest;

/**
 * What the concierge can do in the hotel, one method per tool, for one conversation. The offline
 * dialogue and an LLM use the same tools; the implementation checks every argument again (a booking
 * rule, a department, a room) and throws the booking module's exceptions where the hotel says no
 * ({@code NoRoomAvailableException}, {@code PmsUnavailableException}, {@code
 * InvalidBookingRequestException}).
 */
public interface AgentTools {
  /** {@code check_availability}: each room type's free rooms and prices for a stay. */
  List<RoomTypeAvailability> checkAvailability(StayRequest stay);

  /** {@code create_booking}, in the name of the conversation's guest. */
  PmsBooking createBooking(BookingRequest request);

  /** {@code get_booking}; whether the guest may see it is the dialogue's to check. */
  Optional<PmsBooking> getBooking(BookingReference reference);

  /** Whether a booking was made in a conversation of this same guest (same channel address). */
  boolean madeByThisGuest(PmsBooking booking);

  /** The guest's one current booking made from this channel address, if there is exactly one. */
  Optional<PmsBooking> findOnlyBookingOfThisGuest();

  /** {@code modify_booking}: re-checks availability and re-prices. */
  PmsBooking modifyBooking(BookingReference reference, BookingChangeRequest change);

  /** What cancelling the booking now would cost under the hotel's policy (zero when free). */
  BigDecimal cancellationFee(PmsBooking booking);

  /** {@code cancel_booking}. */
  PmsBooking cancelBooking(BookingReference reference);

  /**
   * {@code create_service_request} (also late check-out and early check-in): returns the task id.
   */
  long createServiceRequest(ServiceTaskRequest request);

  /** Gives a task the room the guest named after it was created. */
  void assignRoomToTask(long taskId, String room);

  /** The room of the guest's booking that is checked in now, if any. */
  Optional<String> findCurrentRoomOfThisGuest();
}
