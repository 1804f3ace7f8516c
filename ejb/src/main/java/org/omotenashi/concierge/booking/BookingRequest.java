package org.omotenashi.concierge.booking;

import java.util.Objects;

/**
 * A booking as a guest or staff asks for it, validated in shape; whether the hotel can accept it
 * (capacity, horizon, a free room) is the service's to say.
 *
 * @param conversationId the guest conversation it was made in, or null when staff made it
 */
public record BookingRequest(
    String roomType, StayPeriod stay, Party party, GuestContact guest, String conversationId) {
  public BookingRequest {
    if (roomType == null || roomType.isBlank()) {
      throw new InvalidBookingRequestException("roomType", "is required");
    }
    Objects.requireNonNull(stay, "stay");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(guest, "guest");
  }

  public StayRequest stayRequest() {
    return new StayRequest(stay, party);
  }
}
