package org.omotenashi.concierge.agent.understanding;

/**
 * What a guest asks about the hotel. Each topic is answered from the property's facts (the agent's
 * knowledge base maps a topic to fact keys such as {@code amenities.wifi}); the detector only says
 * what was asked.
 */
public enum HotelTopic {
  WIFI,
  BREAKFAST,
  RESTAURANT,
  ROOM_SERVICE,
  CHECK_IN_TIME,
  CHECK_OUT_TIME,
  EARLY_CHECK_IN,
  LATE_CHECK_OUT,
  CANCELLATION_POLICY,
  CHILDREN,
  PETS,
  SMOKING,
  PAYMENT,
  PARKING,
  ONSEN,
  SPA,
  LUGGAGE,
  LAUNDRY,
  BICYCLES,
  ACCESSIBILITY,
  /** The hotel's address and how to find it. */
  ADDRESS,
  /** The hotel's phone, email, front desk hours. */
  CONTACT,
  /** Getting to and from the station and airports. */
  TRANSPORT,
  /** Sights and places near the hotel. */
  NEARBY,
  /** The kinds of rooms the hotel has (not prices for dates: that is availability). */
  ROOMS
}
