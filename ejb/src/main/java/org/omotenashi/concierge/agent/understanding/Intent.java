package org.omotenashi.concierge.agent.understanding;

/** What a guest wants from one message, as the agent acts on it. */
public enum Intent {
  GREETING,
  /** Thanks or goodbye. */
  GOODBYE,
  /** Whether rooms are free, and at what price, for a stay. */
  AVAILABILITY,
  BOOK,
  LOOKUP_BOOKING,
  MODIFY_BOOKING,
  CANCEL_BOOKING,
  /** A question the hotel's facts answer: wifi, breakfast, times, parking, pets, onsen, directions... */
  HOTEL_INFO,
  /** Something a department does: towels, repairs, room service, wake-up call, taxi, massage, luggage. */
  SERVICE_REQUEST,
  EARLY_CHECKIN,
  LATE_CHECKOUT,
  COMPLAINT,
  /** The guest asks for a person. */
  HUMAN,
  /** Nothing the hotel's concierge does (or nothing understood). */
  OUT_OF_SCOPE
}
