package org.omotenashi.concierge.agent.dialogue;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omotenashi.concierge.agent.understanding.HotelTopic;
import org.omotenashi.concierge.agent.understanding.IntentGuess;
import org.omotenashi.concierge.agent.understanding.PartySize;
import org.omotenashi.concierge.agent.understanding.ServiceRequest;
import org.omotenashi.concierge.agent.understanding.StayDatesFound;

/** Everything the concierge read in one guest message, before deciding what to do with it. */
public record Reading(
    String text,
    String language,
    IntentGuess intent,
    Optional<StayDatesFound> dates,
    Optional<PartySize> party,
    Optional<String> roomType,
    Optional<String> reference,
    Optional<String> room,
    Optional<String> name,
    Optional<String> email,
    Optional<String> phone,
    Optional<Boolean> yesNo,
    Optional<LocalTime> time,
    List<HotelTopic> topics,
    Optional<ServiceRequest> request) {

  /** Whether the message says anything about a stay: dates, guests or a room type. */
  public boolean describesStay() {
    return dates.isPresent() || party.isPresent() || roomType.isPresent();
  }

  /** The slots as the conversation API shows them ({@code turns[].slots}). */
  public Map<String, Object> slots() {
    Map<String, Object> slots = new LinkedHashMap<>();
    dates.ifPresent(
        found -> {
          putIfPresent(slots, "checkIn", found.checkIn());
          putIfPresent(slots, "checkOut", found.checkOut());
          putIfPresent(slots, "nights", found.nights());
        });
    party.ifPresent(
        found -> {
          putIfPresent(slots, "adults", found.adults());
          putIfPresent(slots, "children", found.children());
        });
    roomType.ifPresent(code -> slots.put("roomType", code));
    reference.ifPresent(value -> slots.put("reference", value));
    room.ifPresent(value -> slots.put("room", value));
    name.ifPresent(value -> slots.put("name", value));
    email.ifPresent(value -> slots.put("email", value));
    phone.ifPresent(value -> slots.put("phone", value));
    time.ifPresent(value -> slots.put("time", value));
    if (!topics.isEmpty()) {
      slots.put("topics", topics.stream().map(Enum::name).toList());
    }
    request.ifPresent(found -> slots.put("department", found.department()));
    return slots;
  }

  private static void putIfPresent(Map<String, Object> slots, String name, Object value) {
    if (value != null) {
      slots.put(name, value.toString());
    }
  }
}
