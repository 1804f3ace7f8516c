package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.agent.llm.FakeOpenAi;

/**
 * The application with an LLM provider configured (a fake OpenAI-compatible server on 127.0.0.1
 * that speaks Chat Completions with tool calls): the model chooses the concierge's tools and its
 * answer reaches the guest; when the provider fails, the offline concierge answers instead.
 */
class LlmProviderIT {
  /** A test value, not a secret. */
  private static final String API_KEY = "sk-it-0123456789";

  private static FakeOpenAi openAi;
  private static TestSystem system;

  @BeforeAll
  static void start() {
    openAi = new FakeOpenAi(API_KEY);
    system = RunningSystem.startPrivate("llm", Map.of(
        "CONCIERGE_AGENT_LLM_PROVIDER", "openai",
        "CONCIERGE_AGENT_LLM_BASE_URL", openAi.baseUrl(),
        "CONCIERGE_AGENT_LLM_API_KEY", API_KEY,
        "CONCIERGE_AGENT_LLM_MODEL", "gpt-test",
        "CONCIERGE_AGENT_LLM_TIMEOUT", "PT5S"));
  }

  @AfterAll
  static void stop() {
    if (system != null) {
      system.close();
    }
    if (openAi != null) {
      openAi.close();
    }
  }

  @Test
  void theModelChoosesAToolAndItsAnswerReachesTheGuestThenAFailingProviderFallsBackOffline() {
    openAi.thenCall("get_hotel_info", "{\"topic\": \"amenities.wifi\"}")
        .thenAnswer("The network is Sakura-Guest and the password is omotenashi2026.");

    JsonNode answered = system.api().post("/api/v1/webchat/messages",
        WebChatIT.message(null, WebChatIT.newGuestId(), "How do I get online in my room?", "en-GB")).json();

    assertThat(answered.path("replies").get(0).path("text").asText()).contains("omotenashi2026");
    assertThat(openAi.hits()).isEqualTo(2);
    JsonNode turn = WebChatIT.staff(system)
        .get("/api/v1/conversations/" + answered.path("conversationId").asText()).json().path("turns").get(0);
    assertThat(turn.path("tools").findValuesAsText("name")).contains("get_hotel_info");

    openAi.failWith(500);
    JsonNode offline = system.api().post("/api/v1/webchat/messages",
        WebChatIT.message(null, WebChatIT.newGuestId(), "What time is breakfast?", "en-GB")).json();

    assertThat(offline.path("replies").get(0).path("text").asText()).contains("07:00");
  }
}
