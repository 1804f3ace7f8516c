package org.omotenashi.concierge.agent.dialogue;

import org.omotenashi.concierge.agent.understanding.BookingActions;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.agent.understanding.RoomPreferences;

/**
 * What a message the classifier is unsure of (or took for a greeting) most likely wants, from what
 * it contains: stay dates mean availability ("hi! March 3 to 5 for two?"), a booking reference
 * alone means the guest wants that booking, a topic of the hotel's facts means a question, a
 * department's job means a request. Null when the message holds none of these.
 */
final class InferredIntent {
  private InferredIntent() {}

  static Intent of(Reading reading) {
    Intent stayOrReference = ofStayOrReference(reading);
    if (stayOrReference != null) {
      return stayOrReference;
    }
    if (reading.request().isPresent()) {
      return Intent.SERVICE_REQUEST;
    }
    if (!reading.topics().isEmpty()) {
      return Intent.HOTEL_INFO;
    }
    return null;
  }

  /** Only the unmistakable signs, for a message also taken for a greeting or thanks. */
  static Intent ofStayOrReference(Reading reading) {
    if (reading.dates().isPresent() && aboutAStay(reading)) {
      return Intent.AVAILABILITY;
    }
    if (reading.reference().isPresent()) {
      return Intent.LOOKUP_BOOKING;
    }
    return null;
  }

  /**
   * Dates make a message about a stay when it says more than one day ("tomorrow" alone may be the
   * weather's), or names guests, a room, or booking.
   */
  private static boolean aboutAStay(Reading reading) {
    var dates = reading.dates().orElseThrow();
    return dates.nights() != null
        || dates.checkOut() != null
        || reading.party().isPresent()
        || reading.roomType().isPresent()
        || RoomPreferences.asksForAFreeRoom(reading.text())
        || BookingActions.asksToBook(reading.text());
  }
}
