package org.omotenashi.concierge.booking;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A booking as the property-management system holds it: what the API and the agent show. {@code
 * room} is null until check-in; {@code cancellationFee} is null unless a late cancellation or a
 * no-show was charged.
 */
public record PmsBooking(
    BookingReference reference,
    BookingStatus status,
    String roomType,
    String room,
    StayPeriod stay,
    Party party,
    GuestContact guest,
    BigDecimal total,
    BigDecimal cancellationFee,
    String currency,
    String conversationId,
    Instant createdAt,
    Instant updatedAt) {}
