package org.omotenashi.concierge.it.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.omotenashi.concierge.it.ApiClient;

/**
 * Plays one journey as a new web-chat guest: creates the given booking through the staff API, sends
 * the guest's messages one by one (a new conversation with a fresh guest id, then its id), and keeps
 * every reply. Afterwards {@link #cleanUp} cancels what the journey booked, so that rooms stay free
 * for the journeys that follow.
 */
public final class JourneyRunner {
  private final ApiClient guest;
  private final ApiClient staff;
  private final RelativeDates dates;

  public JourneyRunner(ApiClient guest, ApiClient staff, RelativeDates dates) {
    this.guest = guest;
    this.staff = staff;
    this.dates = dates;
  }

  /** A reply of the concierge. */
  public record Reply(String text, String language) {}

  /** A guest message as sent (placeholders filled in) and the replies to it. */
  public record PlayedTurn(String said, List<Reply> replies) {}

  /**
   * What happened: the conversation (null when not even the first message got through), the given
   * booking as created, the turns, and the error that stopped the journey early, if any.
   */
  public record Played(
      Journey journey,
      String conversationId,
      Optional<JsonNode> given,
      List<PlayedTurn> turns,
      Optional<String> error) {}

  public Played play(Journey journey) {
    Optional<JsonNode> given = Optional.empty();
    if (journey.givenBooking().isPresent()) {
      ApiClient.Reply created = staff.post("/api/v1/bookings", givenBody(journey.givenBooking().get()));
      if (created.status() != 201) {
        return new Played(journey, null, Optional.empty(), List.of(),
            Optional.of("the given booking could not be made: " + created.status() + " " + created.text()));
      }
      given = Optional.of(created.json());
    }
    String reference = given.map(b -> b.path("reference").asText()).orElse("");
    String guestId = "eval-" + journey.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
    String conversationId = null;
    List<PlayedTurn> turns = new ArrayList<>();
    for (Journey.Turn turn : journey.turns()) {
      String text = turn.say().replace("{reference}", reference);
      Map<String, Object> body = new HashMap<>();
      body.put("conversationId", conversationId);
      body.put("guestId", guestId);
      body.put("text", text);
      ApiClient.Reply answer = guest.post("/api/v1/webchat/messages", body);
      if (answer.status() != 200) {
        return new Played(journey, conversationId, given, turns, Optional.of(
            "message " + (turns.size() + 1) + " answered " + answer.status() + ": " + answer.text()));
      }
      conversationId = answer.json().path("conversationId").asText();
      List<Reply> replies = new ArrayList<>();
      for (JsonNode reply : answer.json().path("replies")) {
        replies.add(new Reply(reply.path("text").asText(), reply.path("language").asText(null)));
      }
      turns.add(new PlayedTurn(text, replies));
    }
    return new Played(journey, conversationId, given, turns, Optional.empty());
  }

  /** Cancels every confirmed booking the journey made, and its given booking if still confirmed. */
  public void cleanUp(Played played) {
    Set<String> references = new LinkedHashSet<>();
    if (played.conversationId() != null) {
      Expectations.bookingsOf(staff, played.conversationId(), dates)
          .forEach(b -> references.add(b.path("reference").asText()));
    }
    played.given().ifPresent(b -> references.add(b.path("reference").asText()));
    for (String reference : references) {
      if ("CONFIRMED".equals(staff.get("/api/v1/bookings/" + reference).json().path("status").asText())) {
        staff.post("/api/v1/bookings/" + reference + "/cancel", Map.of());
      }
    }
  }

  private Map<String, Object> givenBody(Map<String, Object> given) {
    LocalDate checkIn = dates.resolve(String.valueOf(given.get("checkIn")));
    LocalDate checkOut = dates.resolveAfter(String.valueOf(given.get("checkOut")), checkIn);
    Map<String, Object> body = new HashMap<>();
    body.put("roomType", given.get("roomType"));
    body.put("checkIn", checkIn.toString());
    body.put("checkOut", checkOut.toString());
    body.put("adults", given.get("adults"));
    body.put("children", given.getOrDefault("children", 0));
    body.put("guest", given.get("guest"));
    return body;
  }
}
