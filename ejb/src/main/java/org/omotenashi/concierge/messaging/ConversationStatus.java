package org.omotenashi.concierge.messaging;

/**
 * Who answers a conversation: the concierge agent (BOT), nobody yet because it was handed to staff
 * (WAITING_FOR_STAFF), a staff member (STAFF), or nobody because it is over (CLOSED).
 */
public enum ConversationStatus {
  BOT,
  WAITING_FOR_STAFF,
  STAFF,
  CLOSED
}
