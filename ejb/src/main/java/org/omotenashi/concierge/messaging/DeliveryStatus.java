package org.omotenashi.concierge.messaging;

/**
 * Where an outgoing message is: waiting in the outbox, accepted by the provider, delivered to the
 * guest's phone, read, or given up on. Statuses only move forward (a late "delivered" after "read"
 * changes nothing).
 */
public enum DeliveryStatus {
  PENDING,
  SENT,
  DELIVERED,
  READ,
  FAILED;

  public boolean isAfter(DeliveryStatus other) {
    return ordinal() > other.ordinal();
  }
}
