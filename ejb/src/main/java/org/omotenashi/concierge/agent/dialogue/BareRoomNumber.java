package org.omotenashi.concierge.agent.dialogue;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reply that is only a room number of the hotel ("203", "#203."), as guests answer "which room?".
 */
final class BareRoomNumber {
  private static final Pattern NUMBER = Pattern.compile("^\\s*#?\\s*(\\d{2,4})\\s*[.!。]?\\s*$");

  private BareRoomNumber() {}

  static Optional<String> find(String text, HotelProfile hotel) {
    var matcher = NUMBER.matcher(text);
    return matcher.matches() && hotel.rooms().contains(matcher.group(1))
        ? Optional.of(matcher.group(1))
        : Optional.empty();
  }
}
