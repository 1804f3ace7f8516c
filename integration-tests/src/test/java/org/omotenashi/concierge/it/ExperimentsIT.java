package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An A/B test of a guest message: guests split between the variants, each keeps theirs, bookings
 * made in a conversation count as conversions of the variant it read, and stopping declares the
 * winner, whose text becomes the one every guest reads.
 */
@ExtendWith(RunningSystem.class)
class ExperimentsIT {
  private static final String VARIANT_B = "Willkommen! Wie können wir Ihren Aufenthalt im {hotelName} planen?";

  @Test
  void guestsAreSplitConversionsCountedAndTheWinnerBecomesTheText(TestSystem system) {
    ApiClient admin = StaffAccountsIT.admin(system);
    assertThat(admin.put("/api/v1/templates/greeting.welcome/de?variant=B", "application/json",
        "{\"text\": \"" + VARIANT_B + "\", \"reason\": \"A question invites a reply\"}").status()).isEqualTo(200);
    String name = "welcome-" + UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Reply started = admin.post("/api/v1/experiments", Map.of("name", name,
        "templateKey", "greeting.welcome", "conversionWindow", "PT1H",
        "variants", List.of(Map.of("variant", "", "weight", 50), Map.of("variant", "B", "weight", 50))));
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    long id = started.json().path("id").asLong();

    String variantB = VARIANT_B.replace("{hotelName}", "Hotel Sakura Kyoto");
    List<String> conversationsOfB = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      JsonNode answer = system.api().post("/api/v1/webchat/messages",
          WebChatIT.message(null, WebChatIT.newGuestId(), "Hallo", "de-DE")).json();
      String text = answer.path("replies").get(0).path("text").asText();
      seen.merge(text.equals(variantB) ? "B" : "A", 1, Integer::sum);
      if (text.equals(variantB)) {
        conversationsOfB.add(answer.path("conversationId").asText());
      }
    }
    assertThat(seen.get("A")).isPositive();
    assertThat(seen.get("B")).isPositive();
    // Variant B has no Spanish text: Spanish guests read the standard Spanish text, and are not counted.
    for (int i = 0; i < 5; i++) {
      assertThat(system.api().post("/api/v1/webchat/messages",
              WebChatIT.message(null, WebChatIT.newGuestId(), "Hola", "es-ES")).json()
          .path("replies").get(0).path("text").asText()).startsWith("Hola. Le damos la bienvenida");
    }

    for (String conversationId : conversationsOfB.subList(0, 2)) {
      Map<String, Object> booking = new HashMap<>(BookingsIT.booking("STD-TWIN",
          LocalDate.now(BookingsIT.HOTEL_ZONE).plusDays(90), 1));
      booking.put("conversationId", conversationId);
      assertThat(admin.post("/api/v1/bookings", booking).status()).isEqualTo(201);
    }

    JsonNode results = admin.get("/api/v1/experiments/" + id).json();
    JsonNode b = variant(results, "B");
    assertThat(b.path("sent").asInt()).isEqualTo(seen.get("B"));
    assertThat(variant(results, "").path("sent").asInt()).isEqualTo(seen.get("A"));
    assertThat(b.path("converted").asInt()).isEqualTo(2);
    assertThat(b.path("delivered").asInt()).isEqualTo(seen.get("B"));
    assertThat(b.path("conversionLow").asDouble()).isLessThan(b.path("conversionRate").asDouble());
    assertThat(results.path("comparisons").get(0).path("pValue").asDouble()).isBetween(0.0, 1.0);
    assertThat(admin.post("/api/v1/experiments", Map.of("name", name + "-again",
        "templateKey", "greeting.welcome",
        "variants", List.of(Map.of("variant", "", "weight", 1), Map.of("variant", "B", "weight", 1))))
        .status()).as("one experiment per key at a time").isEqualTo(409);

    JsonNode stopped = admin.post("/api/v1/experiments/" + id + "/stop", Map.of()).json();
    assertThat(stopped.path("winner").asText()).isEqualTo("B");
    assertThat(stopped.path("status").asText()).isEqualTo("STOPPED");
    assertThat(admin.get("/api/v1/templates/greeting.welcome/de").json().path("preview").asText())
        .isEqualTo(variantB);
    assertThat(TemplatesIT.firstReplyOfANewGuest(system, "de-DE")).isEqualTo(variantB);
  }

  private static JsonNode variant(JsonNode results, String name) {
    for (JsonNode variant : results.path("variants")) {
      if (variant.path("variant").asText().equals(name)) {
        return variant;
      }
    }
    throw new AssertionError("No variant " + name + " in " + results);
  }
}
