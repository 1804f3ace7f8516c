package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hotel whose staff answer every guest: the agent only thanks the guest, then waits for staff. */
class AgentSwitchedOffIT {

  @Test
  void theFirstMessageIsAcknowledgedAndTheConversationWaitsForStaff() {
    try (TestSystem system = RunningSystem.startPrivate("agent-off", Map.of("CONCIERGE_AGENT_ENABLED", "false"))) {
      String guestId = WebChatIT.newGuestId();
      JsonNode first = system.api().post("/api/v1/webchat/messages",
          WebChatIT.message(null, guestId, "Hola, ¿tienen habitación para el 15 de enero?", "es-ES")).json();
      String conversationId = first.path("conversationId").asText();
      JsonNode second = system.api().post("/api/v1/webchat/messages",
          WebChatIT.message(conversationId, guestId, "Somos dos adultos", "es-ES")).json();

      assertThat(first.path("replies").get(0).path("text").asText()).startsWith("Gracias por su mensaje");
      assertThat(second.path("replies")).isEmpty();
      JsonNode forStaff = WebChatIT.staff(system).get("/api/v1/conversations/" + conversationId).json();
      assertThat(forStaff.path("status").asText()).isEqualTo("WAITING_FOR_STAFF");
      assertThat(forStaff.path("turns")).isEmpty();
    }
  }
}
